// The link preview's words and tags, made from the story data (src/lib/share/): what each card says, which tags
// a page carries with and without the site's public origin, and that its JSON-LD uses only schema.org's terms.
// The built pages and pictures themselves are tested after the build (tests/e2e/link-preview.e2e.ts).
import { describe, expect, test } from 'vitest';
import { STORY } from '$lib/content/story';
import { REGION_FRAME } from '$lib/data/extent';
import { LANGS, ROOT_LANG } from '$lib/i18n/langs';
import { cardOf, firstLine } from '$lib/share/card';
import { cardHead } from '$lib/share/head';
import { allCards, sharedChapters, type CardSubject } from '$lib/share/pages';
import { structuredData } from '$lib/share/structured-data';
import { wrap } from '$lib/server/card-image';
import { one, previewTags, schemaOrgProblems } from '../support/link-preview';

const gas = STORY.chapters.find((c) => c.id === 'gas-pipeline')!;
const subject: CardSubject = { kind: 'chapter', chapter: gas };

function head(origin: string | null, lang = 'en' as const) {
  return cardHead({
    card: cardOf(lang, subject),
    versions: LANGS.map((l) => cardOf(l, subject)),
    fallback: cardOf(ROOT_LANG, subject),
    origin,
    base: '/interactive/silk-road',
    modified: '2026-01-02',
    bounds: gas.bounds,
    chapterOf: cardOf(lang, { kind: 'atlas' }).title
  });
}

describe('a chapter’s card', () => {
  test('says the chapter’s title and the first line of its words in each language, the English marked as ours', () => {
    const zh = cardOf('zh', subject);
    const en = cardOf('en', subject);
    expect(zh.title).toBe('中国—中亚天然气管道');
    expect(zh.description).toContain(firstLine(gas.quotes[0].text));
    expect(en.title).toBe('The China–Central Asia gas pipeline');
    expect(en.description).toContain('our translation');
    expect(en.imagePath).toBe('cards/en/gas-pipeline.png');
    expect(en.pagePath).toBe('en/chapter/gas-pipeline/');
    expect(zh.pagePath).toBe('chapter/gas-pipeline/');
  });

  test('a first line stops at the sentence’s end and is cut with an ellipsis when long', () => {
    expect(firstLine('灞河之滨，长安塔下。初夏的古都西安')).toBe('灞河之滨，长安塔下。');
    expect(firstLine('On the banks of the river. Then more.')).toBe('On the banks of the river.');
    expect(firstLine('x'.repeat(300))).toMatch(/…$/);
    expect(firstLine('x'.repeat(300)).length).toBeLessThanOrEqual(120);
  });

  test('every chapter but the lead has a card in every language, and each title and description is written', () => {
    const cards = allCards(STORY.chapters);
    expect(cards).toHaveLength(LANGS.length * STORY.chapters.length);
    for (const { lang, subject } of cards) {
      const card = cardOf(lang, subject);
      expect(card.title.trim(), `${lang} ${card.pagePath}`).not.toBe('');
      expect(card.description.trim(), `${lang} ${card.pagePath}`).not.toBe('');
    }
    expect(sharedChapters(STORY.chapters).map((c) => c.id)).not.toContain(STORY.chapters[0].id);
  });
});

describe('the head tags', () => {
  test('with a public origin: absolute og:url, og:image, canonical and every language’s alternate', () => {
    const tags = previewTags(head('https://news.example.com'));
    const root = 'https://news.example.com/interactive/silk-road/';
    expect(one(tags, 'og:url')).toBe(`${root}en/chapter/gas-pipeline/`);
    expect(one(tags, 'og:image')).toBe(`${root}cards/en/gas-pipeline.png`);
    expect(one(tags, 'twitter:card')).toBe('summary_large_image');
    expect(tags.canonical).toBe(`${root}en/chapter/gas-pipeline/`);
    expect(Object.fromEntries(tags.alternates)).toEqual({
      'zh-Hans': `${root}chapter/gas-pipeline/`,
      en: `${root}en/chapter/gas-pipeline/`,
      ru: `${root}ru/chapter/gas-pipeline/`,
      'x-default': `${root}chapter/gas-pipeline/`
    });
    expect(one(tags, 'og:locale')).toBe('en_GB');
    expect(tags.meta.get('og:locale:alternate')).toEqual(['zh_CN', 'ru_RU']);
  });

  test('without one: the card’s words, and no address at all rather than a wrong one', () => {
    const tags = previewTags(head(null));
    expect(one(tags, 'og:title')).toBe('The China–Central Asia gas pipeline');
    for (const name of ['og:url', 'og:image', 'og:image:width', 'og:image:alt'])
      expect(tags.meta.has(name)).toBe(false);
    expect(tags.canonical).toBeNull();
    expect(tags.alternates.size).toBe(0);
    const data = tags.jsonLd[0] as Record<string, unknown>;
    expect([data.url, data.image, (data.isPartOf as Record<string, unknown>).url]).toEqual([
      undefined,
      undefined,
      undefined
    ]);
  });

  test('a text with markup in it stays text', () => {
    const tags = previewTags(
      cardHead({
        card: { ...cardOf('en', subject), title: '"><script>alert(1)</script>', description: '</script><b>' },
        versions: [],
        fallback: cardOf('zh', subject),
        origin: null,
        base: '',
        modified: '2026-01-02',
        bounds: REGION_FRAME,
        chapterOf: null
      })
    );
    expect(one(tags, 'og:title')).toBe('"><script>alert(1)</script>');
    expect(tags.jsonLd).toHaveLength(1);
  });
});

describe('the structured data', () => {
  test('is a Map based on the Xinhua article of 16 May 2023 and the credited map data, with their publishers', () => {
    const data = structuredData(cardOf('zh', subject), {
      addresses: { page: 'https://x/p/', image: 'https://x/i.png', atlas: 'https://x/' },
      modified: '2026-01-02',
      bounds: gas.bounds,
      chapterOf: '擘画中国—中亚关系新蓝图'
    }) as unknown as Record<string, unknown>;
    expect(data['@type']).toBe('Map');
    expect(data.inLanguage).toBe('zh-Hans');
    const basedOn = data.isBasedOn as Record<string, unknown>[];
    expect(basedOn[0]).toMatchObject({
      '@type': 'NewsArticle',
      headline: '擘画中国—中亚关系新蓝图',
      datePublished: '2023-05-16',
      publisher: { name: '新华社' }
    });
    expect(basedOn.map((d) => (d.publisher as { name: string }).name)).toEqual(
      expect.arrayContaining(['OpenStreetMap Foundation', 'Natural Earth'])
    );
    expect(schemaOrgProblems(data)).toEqual([]);
  });

  test('the schema.org check fails on a property the type does not have and on a made-up type', () => {
    expect(schemaOrgProblems({ '@type': 'Map', headline: 'x', colour: 'red' })).toEqual([
      '$.colour: not a property of Map'
    ]);
    expect(schemaOrgProblems({ '@type': 'Mapp' })).toEqual(['$: @type Mapp is not a schema.org type']);
    expect(schemaOrgProblems({ '@type': 'Map', isBasedOn: { '@type': 'NewsArticle', mapType: 'x' } })).toEqual([
      '$.isBasedOn.mapType: not a property of NewsArticle'
    ]);
  });
});

describe('the picture’s words', () => {
  test('wrap at spaces in English and between characters in Chinese, never starting a line with a stop', () => {
    expect(wrap('The China–Central Asia gas pipeline', 50, 340).length).toBeGreaterThan(1);
    const zh = wrap('从中国首条跨国输气管道中国—中亚天然气管道，到中亚第一长隧道。', 26, 200);
    expect(zh.length).toBeGreaterThan(1);
    for (const line of zh.slice(1)) expect(line).not.toMatch(/^[，。]/);
    expect(zh.join('')).toBe('从中国首条跨国输气管道中国—中亚天然气管道，到中亚第一长隧道。');
  });
});
