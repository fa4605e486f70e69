// The story checked against the article, the map data and the world: chapters, the timeline's events, the
// 2013 journey, the headline figures, the translations, and the timeline's filters as MapLibre evaluates them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { booleanPointInPolygon, distance, pointToLineDistance, lineString, point } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { PROJECT_ROOT } from '../../geo/build';
import { iso3OfCountryId, type Catalog } from '../../src/lib/data/catalog';
import type { PointSource } from '../../geo/scripts/build-network';
import type { Story } from '../../src/lib/data/story';
import { parseArticle } from '../../src/lib/data/article';
import { listItems } from '../../src/lib/content/catalog';
import { addMonths, featureSince, isoMonth, monthOf, monthsBetween } from '../../src/lib/data/months';
import { translationsOf } from '../../src/lib/data/translations';
import type { Translations } from '../../src/lib/data/langs';
import { PAN_EXTENT } from '../../src/lib/data/extent';
import { DATA_FILES, projectPath } from '../../src/lib/data/files';
import { timelineFilter } from '../../src/lib/map/filters';
import { LAYER } from '../../src/lib/map/style/layer-ids';
import { SOURCE } from '../../src/lib/map/style/source-ids';
import { allMembers, legendGroups } from '../../src/lib/map/legend';
import { buildChapters, type ChaptersSource } from '../../geo/scripts/build-chapters';

const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), 'utf8');
const data = <T>(key: keyof typeof DATA_FILES) => JSON.parse(read(projectPath(DATA_FILES[key]))) as T;
const story = data<Story>('story');
const catalog = data<Catalog>('catalog');
const CHAPTERS = story.chapters;
const countries = data<FeatureCollection<Polygon | MultiPolygon, { iso3: string | null }>>('countriesDetail');
const paragraphs = new Map(parseArticle(read('src/lib/data/article/article.zh.txt')).map((p) => [p.id, p.text]));
const items = listItems(catalog);
const groups = legendGroups(items);
const points = new Map(
  (JSON.parse(read('geo/sources/authored/network/points.json')) as { points: PointSource[] }).points.map((p) => [
    p.id,
    p
  ])
);

/** Every `{paragraph, text}` below a value. */
function quotesIn(value: unknown, into: { paragraph: string; text: string; translation?: Translations }[] = []) {
  if (Array.isArray(value)) for (const v of value) quotesIn(v, into);
  else if (value && typeof value === 'object') {
    const q = value as { paragraph?: unknown; text?: unknown };
    if (typeof q.paragraph === 'string' && typeof q.text === 'string') into.push(value as never);
    for (const v of Object.values(value)) quotesIn(v, into);
  }
  return into;
}

function countryAt(coord: [number, number]): string | null {
  const hit = countries.features.find((f: Feature<Polygon | MultiPolygon, { iso3: string | null }>) =>
    booleanPointInPolygon(point(coord), f)
  );
  return hit?.properties.iso3 ?? null;
}

describe('quotes and translations', () => {
  const all = [...quotesIn(CHAPTERS), ...quotesIn(story), ...quotesIn(catalog)];

  it('quotes the article word for word everywhere: chapters, events, journey, figures, panels', () => {
    expect(all.length).toBeGreaterThan(80);
    for (const q of all) expect(paragraphs.get(q.paragraph), `${q.paragraph}: ${q.text}`).toContain(q.text);
  });

  it('has our translation into every other reader language for every quote, written into the data files', () => {
    for (const q of all) expect(translationsOf(q.text), q.text).toBeTruthy();
    for (const q of [...quotesIn(story), ...quotesIn(catalog)])
      expect(q.translation, q.text).toEqual(translationsOf(q.text));
  });
});

describe('the chapters', () => {
  const ids = CHAPTERS.map((c) => c.id);
  const members = new Set(allMembers(groups).map((m) => m.id));
  const groupIds = new Set(groups.map((g) => g.id));
  const itemIds = new Set(items.map((i) => i.id));

  it('tell the lead and each of the three sections, in the article’s order', () => {
    expect(new Set(ids).size).toBe(ids.length);
    const sections = CHAPTERS.map((c) => c.section);
    expect(sections[0]).toBe('lead');
    expect([...new Set(sections)]).toEqual(['lead', 'h1', 'h2', 'h3']);
    const firstParagraph = (c: (typeof CHAPTERS)[number]) => {
      const order = [...paragraphs.keys()];
      return Math.min(...c.quotes.map((q) => order.indexOf(q.paragraph)));
    };
    // Within a section the chapters follow the article, except the projects, which p40 names together.
    for (const section of ['h1', 'h3'] as const) {
      const firsts = CHAPTERS.filter((c) => c.section === section).map(firstParagraph);
      expect(firsts, section).toEqual([...firsts].sort((a, b) => a - b));
    }
  });

  it('cover the journey, its moments, the Chang’an trains, the pipeline, every project, the documents and the summit', () => {
    expect(CHAPTERS.find((c) => c.journey === 'path')).toBeDefined();
    expect(CHAPTERS.find((c) => c.journey === 'moments')).toBeDefined();
    expect(CHAPTERS.some((c) => c.layers !== 'all' && c.layers.includes('changan'))).toBe(true);
    expect(CHAPTERS.some((c) => c.quotes.some((q) => q.paragraph === 'p34'))).toBe(true);
    expect(CHAPTERS.some((c) => c.highlight.includes('place-xian') && c.section === 'h3')).toBe(true);
    const highlighted = new Set(CHAPTERS.flatMap((c) => c.highlight));
    for (const project of items.filter((i) => i.kind === 'project')) {
      expect(highlighted.has(project.id), project.id).toBe(true);
    }
  });

  it('name only layers, features and frames that exist, with alt text in both languages', () => {
    const [west, south, east, north] = PAN_EXTENT;
    for (const c of CHAPTERS) {
      if (c.layers !== 'all')
        for (const id of c.layers) expect(groupIds.has(id) || members.has(id), `${c.id}: ${id}`).toBe(true);
      for (const id of c.highlight) expect(itemIds.has(id), `${c.id}: ${id}`).toBe(true);
      const [w, s, e, n] = c.bounds;
      expect(w < e && s < n && w >= west && e <= east && s >= south && n <= north, c.id).toBe(true);
      expect(c.alt.zh.length > 8 && c.alt.en.length > 20, c.id).toBe(true);
      expect(c.title.zh && c.title.en, c.id).toBeTruthy();
    }
  });

  it('frame what they highlight: each highlighted feature lies in its chapter’s frame', () => {
    for (const c of CHAPTERS) {
      const [w, s, e, n] = c.bounds;
      for (const id of c.highlight.filter((h) => iso3OfCountryId(h) === null)) {
        const [iw, is, ie, inn] = items.find((i) => i.id === id)!.bbox;
        const cx = (iw + ie) / 2;
        const cy = (is + inn) / 2;
        expect(cx >= w && cx <= e && cy >= s && cy <= n, `${c.id}: ${id}`).toBe(true);
      }
    }
  });
});

/** The researched sources the data may cite, by key. */
const SOURCE_KEYS = new Set(
  Object.keys(
    (JSON.parse(read('geo/sources/authored/network/sources.json')) as { sources: Record<string, unknown> }).sources
  )
);

describe('the timeline’s events', () => {
  it('are in date order inside or before the timeline, each sourced and quoted', () => {
    const dates = story.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    for (const e of story.events) {
      expect(e.month, e.id).toBe(monthOf(e.date));
      expect(e.month <= story.range.end, e.id).toBe(true);
      if (e.month < story.range.start) expect(e.context, `${e.id} is before the timeline`).toBe(true);
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) expect(SOURCE_KEYS.has(s), `${e.id}: ${s}`).toBe(true);
      expect(e.quote, e.id).not.toBeNull();
      for (const id of e.highlight)
        expect(
          items.some((i) => i.id === id),
          `${e.id}: ${id}`
        ).toBe(true);
    }
  });

  it('hold every event the article dates: the visits, documents, lines, trains, projects, meetings, summit', () => {
    const byId = new Map(story.events.map((e) => [e.id, e]));
    expect(byId.get('first-changan-train')?.date).toBe('2013-11-28');
    expect(byId.get('line-c')?.date).toBe('2014-05-31');
    expect(byId.get('qamchiq-tunnel')?.date).toBe('2016-06-22');
    expect(byId.get('zhanatas-wind')?.month).toBe(202106);
    expect(byId.get('video-summit')?.month).toBe(202201);
    expect(byId.get('train-to-tashkent')?.date).toBe('2023-04-26');
    expect(byId.get('foreign-ministers')?.date).toBe('2023-04-27');
    expect(byId.get('summit')).toMatchObject({ date: '2023-05-18', date_end: '2023-05-19' });
    expect(story.events.filter((e) => e.kind === 'visit' && e.month === 201309)).toHaveLength(4);
    expect(Object.fromEntries(story.bri.map((b) => [b.iso3, b.month]))).toEqual({
      TJK: 201409,
      KAZ: 201412,
      KGZ: 201412,
      UZB: 201506,
      TKM: 202301
    });
  });

  it('happen where they say: every placed event lies in the country of its place', () => {
    for (const e of story.events.filter((e) => e.place)) {
      expect(countryAt(e.place!.coord), e.id).toBe(points.get(e.place!.id)!.iso3);
    }
  });
});

describe('the 2013 journey', () => {
  const { journey } = story;

  it('goes from Beijing through the four state visits in date order', () => {
    expect(journey.stops.map((s) => s.id)).toEqual(['beijing', 'ashgabat', 'mary', 'astana', 'tashkent', 'bishkek']);
    const dated = journey.stops.filter((s) => s.date).map((s) => s.date!);
    expect(dated).toEqual([...dated].sort());
    expect(journey.stops.map((s) => s.along_km)).toEqual(
      [...journey.stops.map((s) => s.along_km)].sort((a, b) => a - b)
    );
    expect(journey.path[0]).toEqual(journey.stops[0].coord.map((v) => Math.round(v * 1000) / 1000));
  });

  it('is as long as its great-circle legs, and passes the landforms the article names', () => {
    let legs = 0;
    for (let i = 1; i < journey.stops.length; i++) {
      legs += distance(journey.stops[i - 1].coord, journey.stops[i].coord, { units: 'kilometers' });
    }
    expect(Math.abs(journey.length_km - legs) / legs).toBeLessThan(0.01);
    const line = lineString(journey.path);
    const physical = JSON.parse(read('geo/sources/authored/physical.json')) as {
      features: { id: string; labelPoint: [number, number] }[];
    };
    for (const l of journey.landforms) {
      const label = physical.features.find((f) => f.id === l.id)!.labelPoint;
      // The Tian Shan and the Alatau lie beside the first leg, the others on the way between the visits.
      expect(pointToLineDistance(point(label), line, { units: 'kilometers' }), l.id).toBeLessThan(450);
      expect(l.along_km > 0 && l.along_km < journey.length_km, l.id).toBe(true);
    }
  });

  it('places the six moments in the countries the article names, dated only where a source dates them', () => {
    const expected: Record<string, string> = {
      'moment-speech-kazakhstan': 'KAZ',
      'moment-banquet-kyrgyzstan': 'KGZ',
      'moment-article-tajikistan': 'TJK',
      'moment-mary': 'TKM',
      'moment-bukhara': 'UZB',
      'moment-letter-students': 'CHN'
    };
    expect(journey.moments.map((m) => m.id).sort()).toEqual(Object.keys(expected).sort());
    for (const m of journey.moments) {
      expect(countryAt(m.place.coord), m.id).toBe(expected[m.id]);
      expect(m.sources.length, m.id).toBeGreaterThan(0);
      if (m.date)
        expect(
          m.sources.some((s) => s !== 'article'),
          `${m.id} has a date from a source`
        ).toBe(true);
    }
  });
});

describe('the headline figures', () => {
  it('are the article’s four numbers, each in the sentence it quotes', () => {
    expect(story.headlines.map((h) => h.value)).toEqual([700, 62, 1100, 17]);
    for (const h of story.headlines) {
      expect(h.quote.text, h.id).toContain(String(h.value));
      expect(h.sources.length, h.id).toBeGreaterThan(0);
    }
  });
});

describe('the timeline on the map', () => {
  const network = [
    ...data<FeatureCollection>('pipeline').features,
    ...data<FeatureCollection>('rail').features,
    ...data<FeatureCollection>('projects').features
  ];
  const GEOMETRY: Record<string, 1 | 2 | 3> = { Point: 1, LineString: 2, MultiLineString: 2 };
  const asMapLibre = (f: Feature) => ({ type: GEOMETRY[f.geometry.type], properties: f.properties ?? {} });
  const signedBy = (month: number) => story.bri.filter((b) => b.month <= month).map((b) => b.iso3);
  /** The ids MapLibre's own filter engine keeps at a month. */
  const shownAt = (month: number) => {
    const filter = featureFilter(
      timelineFilter('lyr-x', SOURCE.pipeline, month, [SOURCE.pipeline], signedBy(month))!,
      'layers.lyr-x.filter'
    );
    return new Set(
      network.filter((f) => filter.filter({ zoom: 5 }, asMapLibre(f) as never)).map((f) => f.properties!.id)
    );
  };
  const countriesAt = (month: number) => {
    const filter = featureFilter(
      timelineFilter(LAYER.countries.focus, SOURCE.basemap, month, [], signedBy(month))!,
      `layers.${LAYER.countries.focus}.filter`
    );
    const focus = ['CHN', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];
    return focus.filter((iso3) => filter.filter({ zoom: 5 }, { type: 3, properties: { iso3 } } as never));
  };

  it('in March 2014 shows Lines A and B but not Line C, and no country with a Belt and Road document', () => {
    const shown = shownAt(201403);
    expect(shown.has('pipeline-line-a') && shown.has('pipeline-line-b')).toBe(true);
    expect(shown.has('pipeline-line-c')).toBe(false);
    expect(shown.has('place-xian'), 'places are always there').toBe(true);
    expect(countriesAt(201403)).toEqual(['CHN']);
  });

  it('in July 2015 colours Tajikistan, Kazakhstan, Kyrgyzstan and Uzbekistan, not Turkmenistan', () => {
    expect(countriesAt(201507).sort()).toEqual(['CHN', 'KAZ', 'KGZ', 'TJK', 'UZB']);
    expect(shownAt(201507).has('pipeline-line-c')).toBe(true);
    expect(shownAt(201507).has('project-zhanatas-wind')).toBe(false);
    expect(countriesAt(202305)).toHaveLength(6);
  });

  it('dates each feature from when it opened', () => {
    const dates = (id: string) =>
      JSON.parse(read('geo/sources/authored/network/features.json')).features.find((f: { id: string }) => f.id === id);
    expect(featureSince(dates('pipeline-line-c'))).toBe(201405);
    expect(featureSince(dates('project-angren-pap'))).toBe(201606);
    expect(featureSince(dates('place-xian'))).toBeNull();
  });

  it('counts months across years', () => {
    expect(addMonths(201312, 1)).toBe(201401);
    expect(addMonths(201401, -1)).toBe(201312);
    expect(monthsBetween(201301, 202305)).toBe(124);
    expect(isoMonth(201409)).toBe('2014-09');
  });
});

describe('a broken chapter stops the build, naming the chapter and the rule', () => {
  const source = JSON.parse(read('geo/sources/authored/story/chapters.json')) as ChaptersSource;
  const article = parseArticle(read('src/lib/data/article/article.zh.txt'));
  /** The authored chapters with one chapter changed. */
  const withChapter = (id: string, change: Partial<ChaptersSource['chapters'][number]>): ChaptersSource => ({
    ...source,
    chapters: source.chapters.map((c) => (c.id === id ? { ...c, ...change } : c))
  });

  it('builds the authored chapters into the story file as they are', () => {
    expect(buildChapters(source, article, catalog).map((c) => c.id)).toEqual(CHAPTERS.map((c) => c.id));
  });

  it('a quote that is not the article word for word', () => {
    const quotes = [{ paragraph: 'p14', text: '复兴号驶向中亚' }];
    expect(() => buildChapters(withChapter('galkynysh', { quotes }), article, catalog)).toThrow(
      /Chapter "galkynysh": quote "复兴号驶向中亚" is not in paragraph p14 verbatim/
    );
  });

  it('an id that does not exist', () => {
    expect(() => buildChapters(withChapter('zhanatas', { highlight: ['project-nowhere'] }), article, catalog)).toThrow(
      /Chapter "zhanatas": highlight "project-nowhere" is not in the catalog/
    );
    expect(() =>
      buildChapters(withChapter('zhanatas', { layers: ['countries', 'ferries'] }), article, catalog)
    ).toThrow(/Chapter "zhanatas": layer "ferries" does not exist/);
  });

  it('a frame that leaves the map’s extent, or does not hold what it highlights', () => {
    // A frame whose west end lies 10° beyond the map's extent.
    const beyond = PAN_EXTENT[0] - 10;
    expect(() =>
      buildChapters(withChapter('angren-pap', { frame: [beyond, 40, 72.6, 41.8] }), article, catalog)
    ).toThrow(`Chapter "angren-pap": frame [${beyond},40,72.6,41.8] leaves the map's extent`);
    expect(() => buildChapters(withChapter('angren-pap', { frame: [100, 30, 110, 40] }), article, catalog)).toThrow(
      /Chapter "angren-pap": highlight "project-angren-pap" lies outside the frame/
    );
  });
});
