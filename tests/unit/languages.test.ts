// Nothing left untranslated: every text the reader can see is in every reader language, in the built data (the
// Localized objects of the catalog and the story, the name_<lang> columns of the map) and in the interface; and
// each translation is one (a Russian text in Cyrillic, not a copy of the English or the Chinese left in place).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../geo/build';
import { LANGS, ORIGINAL_LANG, type Lang } from '../../src/lib/data/langs';
import { MESSAGES } from '../../src/lib/i18n/messages';
import { LOCAL_UNITS } from '../../src/lib/i18n/units';
import { ARTICLE, CREDITS, SITE, creditText } from '../../src/lib/content/site';
import { LICENCE_NOTE } from '../../src/lib/takeaway/export-data';

const BUILT = [
  'static/data/catalog.json',
  'geo/output/data/story.json',
  'geo/output/data/labels.json',
  'geo/output/data/water.json',
  'static/data/countries.json',
  'static/data/physical.json',
  'static/data/projects.json',
  'static/data/pipeline.json',
  'static/data/rail.json'
];

const read = (path: string): unknown => JSON.parse(readFileSync(join(PROJECT_ROOT, path), 'utf8'));

/** What each language's text must be written in (a language missing here fails the test: say what it is). */
const SCRIPTS: Record<Lang, RegExp> = { zh: /\p{Script=Han}/u, en: /[a-z]/i, ru: /\p{Script=Cyrillic}/u };

/** Every text in several languages in a built value: `{ zh, en, … }` objects and `<name>_<lang>` columns. */
function localizedIn(value: unknown, path: string, found: { path: string; text: Record<string, unknown> }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => localizedIn(v, `${path}[${i}]`, found));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record[ORIGINAL_LANG] === 'string' && typeof record.en === 'string') found.push({ path, text: record });
    for (const key of Object.keys(record)) {
      const column = key.match(new RegExp(`^(.+)_${ORIGINAL_LANG}$`));
      if (column && typeof record[key] === 'string')
        found.push({
          path: `${path}.${column[1]}_*`,
          text: Object.fromEntries(LANGS.map((lang) => [lang, record[`${column[1]}_${lang}`]]))
        });
      localizedIn(record[key], `${path}.${key}`, found);
    }
  }
  return found;
}

/** Texts that are in no language's script on purpose, by where they are and their language. */
const KNOWN: string[] = [
  // The English note of this source is the source's own Chinese words, quoted alone (the Russian says what it is).
  'static/data/catalog.json.sources.yuxinou_route.note en'
];

/** Why a text is not a translation into `lang`, or null when it is one. */
function untranslated(text: Record<string, unknown>, lang: Lang): string | null {
  const own = text[lang];
  if (typeof own !== 'string' || own.trim() === '') return 'missing';
  // Placeholders (`{name}`) are no words.
  if (!/\p{L}/u.test(own.replace(/\{\w+\}/g, ''))) return null;
  if (!SCRIPTS[lang].test(own)) return `not in its script: "${own}"`;
  for (const other of LANGS) {
    if (other === lang || typeof text[other] !== 'string') continue;
    // Chinese inside another language's text only where the English quotes it too (a source's Chinese words).
    if (other === ORIGINAL_LANG && lang !== 'en' && SCRIPTS.zh.test(own) && !SCRIPTS.zh.test(String(text.en)))
      return `holds Chinese: "${own}"`;
    if (lang !== ORIGINAL_LANG && own === text[other] && SCRIPTS[other].test(own)) return `a copy of ${other}`;
  }
  return null;
}

describe('every text in every reader language', () => {
  it('is in every language in the built data, and translated', () => {
    const problems: string[] = [];
    let count = 0;
    for (const file of BUILT)
      for (const { path, text } of localizedIn(read(file), file)) {
        count++;
        // A publisher's name is a name: in any script (OpenStreetMap, Reuters), so long as it is there.
        const name = /\.publishers\.[^.]+\.name$/.test(path);
        for (const lang of LANGS) {
          const why = untranslated(text, lang);
          if (why && !(name && why !== 'missing') && !KNOWN.includes(`${path} ${lang}`))
            problems.push(`${path} ${lang}: ${why}`);
        }
      }
    expect(count).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });

  it('is in every language in the interface, the page’s words, the credits, the licence and the units', () => {
    const problems: string[] = [];
    const keys = Object.keys(MESSAGES[ORIGINAL_LANG]) as (keyof (typeof MESSAGES)['zh'])[];
    const texts: [string, Record<string, unknown>][] = [
      ...keys.map((key): [string, Record<string, unknown>] => [
        key,
        Object.fromEntries(LANGS.map((lang) => [lang, MESSAGES[lang][key]]))
      ]),
      ...Object.entries(SITE).map(([key, text]): [string, Record<string, unknown>] => [`SITE.${key}`, text]),
      ['ARTICLE.titleIn', ARTICLE.titleIn],
      ['LICENCE_NOTE', LICENCE_NOTE],
      ...CREDITS.zh
        .slice(2)
        .map((_, i): [string, Record<string, unknown>] => [
          `CREDITS[${i + 2}]`,
          Object.fromEntries(LANGS.map((lang) => [lang, creditText(CREDITS[lang][i + 2])]))
        ])
    ];
    for (const [name, text] of texts)
      for (const lang of LANGS) {
        const why = untranslated(text, lang);
        if (why) problems.push(`${name} ${lang}: ${why}`);
      }
    for (const [lang, units] of Object.entries(LOCAL_UNITS))
      for (const [unit, local] of Object.entries(units))
        if (!SCRIPTS[lang as Lang].test(local.unit)) problems.push(`unit ${unit} ${lang}: "${local.unit}"`);
    expect(problems).toEqual([]);
  });

  it('fails on a Russian text left out, left in English or left in Chinese', () => {
    expect(untranslated({ zh: '中国', en: 'China' }, 'ru')).toBe('missing');
    expect(untranslated({ zh: '中国', en: 'China', ru: 'China' }, 'ru')).toMatch(/script/);
    expect(untranslated({ zh: '中国', en: 'China', ru: 'Китай 中国' }, 'ru')).toMatch(/Chinese/);
    expect(untranslated({ zh: '中国', en: 'China', ru: 'Китай' }, 'ru')).toBeNull();
  });
});
