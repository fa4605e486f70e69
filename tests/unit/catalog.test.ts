// The catalog the panels and the list read: the six countries' story facts, checked against the article.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../geo/build';
import { buildCatalog } from '../../geo/scripts/build-catalog';
import { countryId, iso3OfCountryId, type Catalog } from '../../src/lib/data/catalog';
import { DATA_FILES, projectPath } from '../../src/lib/data/files';
import { FOCUS_COUNTRIES } from '../../src/lib/data/extent';
import { parseArticle } from '../../src/lib/data/article';

const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), 'utf8');
const catalog = JSON.parse(read(projectPath(DATA_FILES.catalog))) as Catalog;
const paragraphs = new Map(parseArticle(read('src/lib/data/article/article.zh.txt')).map((p) => [p.id, p.text]));

describe('catalog landforms', () => {
  it('holds the ranges, desert, valley and river the 2013 journey crosses, each quoting its sentence', () => {
    const landforms = Object.values(catalog.landforms);
    expect(landforms.map((l) => l.name.zh).sort()).toEqual(
      ['克孜勒库姆沙漠', '天山', '费尔干纳谷地', '阿姆河', '阿拉套山'].sort()
    );
    for (const l of landforms) {
      for (const q of l.quotes) expect(paragraphs.get(q.paragraph), l.id).toContain(q.text);
      expect(l.quotes.some((q) => q.text.includes(l.name.zh.replace('沙漠', '')))).toBe(true);
      expect(l.sources.length, l.id).toBeGreaterThan(0);
      // Where its outline comes from, said to a reader in either language.
      expect(l.accuracy.zh, l.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('catalog countries', () => {
  const countries = Object.values(catalog.countries);

  it('holds the six countries with their Chinese and English names', () => {
    expect(countries.map((c) => c.iso3).sort()).toEqual([...FOCUS_COUNTRIES].sort());
    expect(catalog.countries[countryId('KAZ')]).toMatchObject({ name: { zh: '哈萨克斯坦', en: 'Kazakhstan' } });
  });

  it('names each country by an id that gives its code back, and no other thing by such an id', () => {
    for (const c of countries) expect(iso3OfCountryId(c.id), c.id).toBe(c.iso3);
    expect(countryId('KAZ')).toBe('country-kaz');
    const others = [...Object.keys(catalog.features), ...Object.keys(catalog.landforms)];
    expect(others.length).toBeGreaterThan(30);
    for (const id of others) expect(iso3OfCountryId(id), id).toBeNull();
  });

  it('quotes the article verbatim, for the country, its partnerships and its Belt and Road document', () => {
    for (const c of countries) {
      const quotes = [
        ...c.quotes,
        ...c.partnerships.map((p) => p.quote),
        ...(c.bri_document ? [c.bri_document.quote] : [])
      ];
      expect(quotes.length, c.iso3).toBeGreaterThan(0);
      for (const q of quotes) expect(paragraphs.get(q.paragraph), `${c.iso3}: ${q.text}`).toContain(q.text);
    }
  });

  it('explains a Belt and Road document’s date in both languages wherever it explains it', () => {
    for (const c of countries) {
      const document = c.bri_document;
      if (!document?.note) continue;
      expect(document.note.zh, c.iso3).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('dates the Belt and Road documents as paragraph p34 does (Tajikistan first, Turkmenistan last)', () => {
    const dates = Object.fromEntries(countries.map((c) => [c.iso3, c.bri_document?.date ?? null]));
    expect(dates).toEqual({
      CHN: null,
      TJK: '2014-09',
      KAZ: '2014-12',
      KGZ: '2014-12',
      UZB: '2015-06',
      TKM: '2023-01'
    });
  });

  it('lists the projects in each country from the network data', () => {
    expect(catalog.countries[countryId('UZB')].features).toContain('project-angren-pap');
    expect(catalog.countries[countryId('KGZ')].features).toContain('project-north-south-road');
    expect(catalog.countries[countryId('TKM')].features).toContain('project-galkynysh');
    expect(catalog.countries[countryId('KAZ')].features).not.toContain('project-galkynysh');
  });

  it('carries every source it cites, and the name of each one’s publisher', () => {
    const json = JSON.stringify([catalog.features, catalog.countries]);
    for (const [, key] of json.matchAll(/"sources":\[([^\]]*)\]/g)) {
      for (const k of key.split(',').filter(Boolean)) {
        const source = catalog.sources[JSON.parse(k) as string];
        expect(source, k).toBeDefined();
        expect(catalog.publishers[source.publisher]?.name.en, k).toMatch(/\S/);
      }
    }
  });

  it('refuses a country the map does not have, and a source nobody wrote down', () => {
    const NO_SOURCES = { sources: {}, publishers: {} };
    const story = { iso3: 'XXX', bri_document: null, partnerships: [], quotes: [], sources: [] };
    expect(() => buildCatalog({}, [story], [], () => [0, 0, 0, 0], NO_SOURCES)).toThrow(/no country XXX/);
    const shape = {
      type: 'Feature' as const,
      properties: { iso3: 'XXX', name_zh: 'X', name_en: 'X', name_ru: 'X', focus: false },
      geometry: { type: 'Point' as const, coordinates: [0, 0] }
    };
    expect(() =>
      buildCatalog({}, [{ ...story, sources: ['nowhere'] }], [shape], () => [0, 0, 0, 0], NO_SOURCES)
    ).toThrow(/unknown source "nowhere"/);
  });
});

describe('catalog sources', () => {
  const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  /** The numbers in a text, thousands separators dropped (1,833 → 1833). */
  const numbersIn = (text: string) => new Set(text.replace(/(?<=\d),(?=\d{3})/g, '').match(/\d+(\.\d+)?/g) ?? []);
  /** How the Chinese may write a figure: as is, in 亿 or 万 (×10, ×100, ÷100: bcm, "1:10m", USD m), or in words. */
  const ways = (n: string) => {
    const value = Number(n);
    const words = value >= 1 && value <= 10 ? [CHINESE_NUMERALS[value - 1]] : value === 20 ? ['二十'] : [];
    return [n, String(value * 10), String(value * 100), String(Math.round(value) / 100), ...words];
  };

  it('explains each source in Chinese too, keeping every figure of the English', () => {
    for (const [key, source] of Object.entries(catalog.sources)) {
      expect(source.note.zh, key).toMatch(/[\u4e00-\u9fff]/);
      const chinese = source.note.zh.replace(/(?<=\d),(?=\d{3})/g, '');
      const kept = numbersIn(chinese);
      for (const n of numbersIn(source.note.en)) {
        const found = ways(n).some((w) => kept.has(w) || (!/^\d/.test(w) && chinese.includes(w)));
        expect(found, `${key}: ${n} of "${source.note.en}"`).toBe(true);
      }
    }
  });
});
