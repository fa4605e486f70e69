// Every figure's unit reads in Chinese too (src/lib/i18n/units.ts), with the value scaled where Chinese counts
// in other steps, so that the number a Chinese reader sees is the same quantity.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../geo/build';
import { parseBuilt } from '../../src/lib/data/built';
import { LOCAL_UNITS, figureIn } from '../../src/lib/i18n/units';
import { CREDITS, creditText } from '../../src/lib/content/site';
import { LANGS } from '../../src/lib/data/langs';

const catalog = parseBuilt('catalog', readFileSync(join(PROJECT_ROOT, 'static/data/catalog.json'), 'utf8'));
const figures = Object.values(catalog.features).flatMap((f) => f.figures);

describe('the figures’ units', () => {
  it('has a unit in every language for every unit the catalog uses', () => {
    expect(figures.length).toBeGreaterThan(30);
    for (const [lang, units] of Object.entries(LOCAL_UNITS))
      for (const figure of figures) expect(units[figure.unit], `${lang} ${figure.unit}`).toBeDefined();
  });

  it('scales the value with the unit: the same quantity in both languages', () => {
    expect(figureIn({ value: 55, unit: 'bcm/yr' }, 'zh')).toEqual({ value: 550, unit: '亿立方米/年' });
    expect(figureIn({ value: 455, unit: 'million USD' }, 'zh')).toEqual({ value: 4.55, unit: '亿美元' });
    expect(figureIn({ value: 1833, unit: 'km' }, 'zh')).toEqual({ value: 1833, unit: '公里' });
    expect(figureIn({ value: 455, unit: 'million USD' }, 'en')).toEqual({ value: 455, unit: 'million USD' });
    expect(figureIn({ value: 55, unit: 'bcm/yr' }, 'ru')).toEqual({ value: 55, unit: 'млрд кубометров в год' });
  });

  it('writes no English unit into the Chinese figures, and no Chinese into the English ones', () => {
    for (const figure of figures) {
      expect(figureIn(figure, 'zh').unit, figure.unit).not.toMatch(/[a-z]{2,}/i);
      expect(figureIn(figure, 'en').unit, figure.unit).not.toMatch(/\p{Script=Han}/u);
      expect(figureIn(figure, 'ru').unit, figure.unit).not.toMatch(/[a-z]{2,}|\p{Script=Han}/iu);
    }
  });
});

describe('the credits', () => {
  it('are in each language, and credit OpenStreetMap’s contributors in the words its licence asks for', () => {
    for (const lang of LANGS) {
      expect(creditText(CREDITS[lang][0]), lang).toMatch(/© OpenStreetMap contributors/);
      expect(CREDITS[lang][0]).toContainEqual({
        link: 'OpenStreetMap',
        href: 'https://www.openstreetmap.org/copyright'
      });
      expect(CREDITS[lang].map(creditText).join(' '), lang).toMatch(/Natural Earth/);
    }
    expect(CREDITS.zh.slice(2).map(creditText).join(' ')).toMatch(/地形.*新华社/);
    expect(CREDITS.en.slice(2).map(creditText).join(' ')).not.toMatch(/\p{Script=Han}/u);
    expect(CREDITS.ru.slice(2).map(creditText).join(' ')).toMatch(/Рельеф.*Синьхуа/);
  });
});
