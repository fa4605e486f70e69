// Sources as a standards desk would print them (geo/README.md, Sources policy): every record complete, every link
// the reader sees on its publisher's own site, copies kept apart, weak and reference-only sources marked, and the
// reference written in the reader's language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { citedSources as citedKeys, onHosts, sourceProblems, type SourceTable } from '../../geo/lib/sources';
import { AUTHORED_FILES, parseAuthored } from '../../geo/schemas';
import { ARTICLE, articleCredit } from '../../src/lib/content/site';
import type { Catalog, SourceEntry } from '../../src/lib/data/catalog';
import { LANGS } from '../../src/lib/data/langs';
import { citeSources, copyText, referenceText, sourceLine, titleText } from '../../src/lib/ui/panel/sources';
import { PROJECT_ROOT } from '../../geo/build';

const authoredPath = (name: string) => join(PROJECT_ROOT, 'geo/sources/authored', `${name}.json`);
const readAuthored = (name: string): unknown => JSON.parse(readFileSync(authoredPath(name), 'utf8'));
const table: SourceTable = {
  sources: parseAuthored('sources', AUTHORED_FILES['network/sources'], readAuthored('network/sources')).sources,
  publishers: parseAuthored('publishers', AUTHORED_FILES.publishers, readAuthored('publishers')).publishers
};
const catalog = JSON.parse(readFileSync(join(PROJECT_ROOT, 'static/data/catalog.json'), 'utf8')) as Catalog;

/** What names an item of a list: its id, or the point it is about. */
const nameOf = (item: unknown): string | undefined =>
  item && typeof item === 'object' ? ((item as { id?: string }).id ?? (item as { point?: string }).point) : undefined;

/** Every `sources` list in the authored data, with where it is (list items named by their id). */
function citations(): { where: string; keys: string[] }[] {
  const found: { where: string; keys: string[] }[] = [];
  const walk = (value: unknown, where: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${where}[${nameOf(item) ?? i}]`));
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'sources' && Array.isArray(inner) && inner.every((s) => typeof s === 'string'))
          found.push({ where: `${where}.sources`, keys: inner as string[] });
        else walk(inner, `${where}.${key}`);
      }
  };
  for (const name of Object.keys(AUTHORED_FILES).filter((n) => n !== 'network/sources')) walk(readAuthored(name), name);
  return found;
}

describe('the source records', () => {
  it('name a publisher, a title (or our description of it) and a date (or why there is none), each of them', () => {
    for (const [key, source] of Object.entries(table.sources)) {
      expect(table.publishers[source.publisher], key).toBeDefined();
      expect(source.title ?? source.title_supplied?.en, key).toMatch(/\S/);
      expect(source.date ?? source.undated?.en, key).toMatch(/\S/);
    }
  });

  it('link only to the publisher’s own site, the copy read elsewhere kept apart (the checks the build runs)', () => {
    expect(sourceProblems(table)).toEqual([]);
    for (const [key, source] of Object.entries(table.sources))
      if (source.url) expect(onHosts(source.url, table.publishers[source.publisher].hosts), key).toBe(true);
  });

  it('would refuse a copy on an aggregator given as the publisher’s page, and a copy that is the publisher’s', () => {
    const people = table.sources.people_newnsroad;
    const copyAsUrl = { ...people, url: people.read_at!.url };
    const ownAsCopy = {
      ...table.sources.xinhua2020,
      read_at: { url: table.sources.xinhua2020.url!, checked: '2026-12-05' }
    };
    const problems = sourceProblems({ ...table, sources: { copyAsUrl, ownAsCopy } });
    expect(problems).toEqual([
      expect.stringMatching(/^copyAsUrl: url http:\/\/www\.njpanjin\.com\/.* is not on peoples-daily's hosts/),
      expect.stringMatching(/^ownAsCopy: read_at .* is the publisher's own page/)
    ]);
  });

  it('refuse a date that does not exist, a check in the future, a reference work not marked weak', () => {
    const parse = (source: Partial<SourceEntry>) =>
      v.safeParse(AUTHORED_FILES['network/sources'], { sources: { x: { ...table.sources.xinhua2020, ...source } } })
        .success;
    expect(parse({})).toBe(true);
    expect(parse({ date: '2023-06-31' })).toBe(false);
    expect(parse({ date: null })).toBe(false);
    expect(parse({ read_at: { url: 'https://example.org/copy', checked: '2999-01-01' } })).toBe(false);
    expect(parse({ kind: 'reference' })).toBe(false);
    expect(parse({ publisher: 'unknown' })).toBe(false);
    expect(parse({ title_supplied: undefined })).toBe(false);
    expect(parse({ title: 'A headline' })).toBe(false);
  });

  it('are every one that the data cites', () => {
    for (const { where, keys } of citations())
      for (const key of keys) expect(table.sources[key], `${where} cites "${key}"`).toBeDefined();
    expect(citedKeys(catalog).size).toBeGreaterThan(80);
  });

  it('let a reference work stand alone behind a fact only where no primary source was found, and mark it weak', () => {
    const isReference = (key: string) => table.sources[key].kind === 'reference';
    const alone = citations()
      .filter(({ keys }) => keys.length > 0 && keys.every(isReference))
      .map(({ where, keys }) => `${where} ${keys.join(',')}`);
    // Each reviewed: no primary source gives these (Alashankou's 456 km and its coordinate, the Yiwu point, the
    // Galkynysh coordinate, the Shymkent pass); a new one fails here until it gets a primary source beside it.
    expect(alone).toEqual([
      'network/points.points[alashankou].sources alashankou_stn',
      'network/points.points[galkynysh].sources wikimili_galk',
      'network/points.points[yiwu].sources yiwu_wiki',
      'network/features.segments[rail-urumqi-jinghe].sources alashankou_stn',
      'network/features.segments[rail-jinghe-alashankou].sources alashankou_stn',
      'network/features.features[pipeline-line-a].passes[shymkent].sources piglix',
      'network/features.features[changan-xian-almaty].published_lengths[1].sources alashankou_stn'
    ]);
    for (const [key, source] of Object.entries(table.sources))
      if (source.kind === 'reference') expect(source.weak, key).toBeDefined();
  });
});

describe('a source as the reader sees it', () => {
  const cite = (key: string) => citeSources([key], catalog)[0];

  it('reads as publisher and date in the reader’s language, its title as published', () => {
    const people = cite('people_newnsroad');
    expect(referenceText(people, 'zh')).toBe('人民日报，2023年5月22日');
    expect(referenceText(people, 'en')).toBe('People’s Daily, 22 May 2023');
    expect(titleText(people, 'en')).toBe('朝着共同发展繁荣的方向继续前进（国际论坛）');
    expect(people.titleLang).toBe('zh');
  });

  it('is linked to the publisher’s page, a copy offered apart and named by the outlet that carried it', () => {
    const galkynysh = cite('chinaorg_galk');
    expect(referenceText(galkynysh, 'en')).toBe('Xinhua, 4 September 2013');
    expect(galkynysh.href).toBeNull();
    expect(galkynysh.copy?.href).toMatch(/china\.org\.cn/);
    expect(copyText(galkynysh, 'en')).toBe('copy (China.org.cn)');
    expect(copyText(cite('kyiv2020'), 'zh')).toBe('副本');
  });

  it('never shows a copy’s host as its name: no reference or title holds a host of a copy', () => {
    for (const key of Object.keys(catalog.sources)) {
      const source = cite(key);
      // A copy a reputable outlet carried is named by that outlet (24.kg's name is its host, and that is fine).
      if (!source.copy || source.copy.carrier) continue;
      const host = new URL(source.copy.href).hostname.replace(/^www\./, '');
      for (const lang of LANGS) {
        expect(referenceText(source, lang), key).not.toContain(host);
        expect(copyText(source, lang), key).not.toContain(host);
      }
    }
  });

  it('says why a source has no date, and brackets a title that is ours', () => {
    const wiki = cite('yiwu_wiki');
    expect(referenceText(wiki, 'en')).toBe('Wikipedia, an encyclopedia article revised continuously');
    expect(titleText(cite('xinhua2020'), 'en')).toBe(
      '[Central Asia–China gas pipeline delivers over 19 bcm in the first half]'
    );
    expect(titleText(cite('xinhua2020'), 'zh')).toBe('［中国—中亚天然气管道上半年输气逾190亿立方米］');
  });

  it('marks a weak source, with its reason, in the data download too', () => {
    const stats = cite('xian_stats');
    expect(stats.weak?.en).toMatch(/not confirmed/);
    expect(sourceLine(stats, 'en')).toMatch(/^xian_stats: Publisher unknown, an undated repost.*\[weakly sourced\]$/);
    expect(sourceLine(stats, 'zh')).toMatch(/\[来源较弱\]$/);
  });
});

describe('the article’s credit', () => {
  it('is the article’s source record: Xinhua, 16 May 2023, the Xi’an dateline, the copy read', () => {
    const record = table.sources.article;
    expect(record.publisher).toBe('xinhua');
    expect(table.publishers.xinhua.name).toEqual(ARTICLE.publisher);
    expect(record.date).toBe(ARTICLE.date);
    expect(record.dateline).toBe(ARTICLE.dateline);
    expect(record.read_at?.url).toBe(ARTICLE.copy);
    expect(record.title).toBe(`${ARTICLE.title}${ARTICLE.subtitle}`);
    expect(articleCredit('zh')).toBe('新华社，2023年5月16日，电头：新华社西安5月16日电');
    expect(articleCredit('en')).toBe('Xinhua, 16 May 2023, dateline 新华社西安5月16日电');
  });
});
