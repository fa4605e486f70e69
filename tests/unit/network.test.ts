// The story's network (pipeline, rail routes, projects, places) checked against the world and its sources.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distance, lineString, pointToLineDistance } from '@turf/turf';
import { ROUTE_TOLERANCE, withinTolerance } from '../../geo/lib/length-table';
import { countriesAt, kmToCountry } from '../support/countries';
import type { Feature, FeatureCollection, Geometry, Point, Polygon, Position } from 'geojson';
import { PROJECT_ROOT, loadSources } from '../../geo/build';
import { linesOf } from '../../geo/lib/geometry';
import {
  countriesAlong,
  joinSegments,
  lengthBetween,
  resolvePoints,
  type Segment
} from '../../geo/scripts/build-network';
import type { CatalogEntry } from '../../src/lib/data/network';
import { DATA_FILES, NETWORK_FILES, NETWORK_GZIP_BUDGET_BYTES, projectPath } from '../../src/lib/data/files';
import { parseArticle } from '../../src/lib/data/article';

const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), 'utf8');
const { network, populatedPlaces } = loadSources();
const points = resolvePoints(network.points, populatedPlaces as FeatureCollection<Point, never>);
const segments = new Map(network.segments.map((s) => [s.id, s]));
const catalog = (JSON.parse(read(projectPath(DATA_FILES.catalog))) as { features: Record<string, CatalogEntry> })
  .features;
const sources = JSON.parse(read('geo/sources/authored/network/sources.json')).sources as Record<string, unknown>;
const paragraphs = new Map(parseArticle(read('src/lib/data/article/article.zh.txt')).map((p) => [p.id, p.text]));

function countryOf(point: Position): string | null {
  return countriesAt(point)[0] ?? null;
}

describe('points', () => {
  it('lie inside the country they claim (ports and border posts within 3 km of it)', () => {
    for (const point of points.values()) {
      const inside = countryOf(point.coord);
      if (inside === point.iso3) continue;
      expect(kmToCountry(point.coord, point.iso3), `${point.id} is in ${inside}, not ${point.iso3}`).toBeLessThan(3);
    }
  });

  it('each say where their coordinate comes from and how sure it is', () => {
    for (const point of points.values()) {
      expect(point.coord_source.length, point.id).toBeGreaterThan(10);
      expect(['high', 'medium', 'low']).toContain(point.confidence);
    }
  });

  it('have unique kebab-case ids', () => {
    const ids = network.points.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('lines', () => {
  const lineFeatures = network.features.filter((f) => f.segments);

  it('cross exactly the countries they claim, in that order', () => {
    for (const feature of lineFeatures) {
      expect(catalog[feature.id].countries_drawn, feature.id).toEqual(feature.countries);
    }
  });

  it('start and end at their named stations and run continuously', () => {
    for (const feature of lineFeatures) {
      const chain = joinSegments(feature.segments!, segments, feature.id);
      const stations = catalog[feature.id].stations.map((s) => s.id);
      expect(stations[0]).toBe(chain[0].points[0]);
      expect(stations.at(-1)).toBe(chain.at(-1)!.points.at(-1));
    }
  });

  it('never jump more than 200 km between vertices, except across the sea by ferry', () => {
    // Segments drawn along surveyed geometry name only their ends (and stations); the track is between them.
    for (const segment of network.segments.filter((s: Segment) => s.mode !== 'ferry' && !s.geometry)) {
      for (let i = 1; i < segment.points.length; i++) {
        const km = distance(points.get(segment.points[i - 1])!.coord, points.get(segment.points[i])!.coord);
        expect(km, `${segment.id}: ${segment.points[i - 1]} → ${segment.points[i]}`).toBeLessThan(200);
      }
    }
  });

  it('match every published length: a rail route within 8%, a country’s part or a section within 10%', () => {
    for (const feature of lineFeatures) {
      const entry = catalog[feature.id];
      expect(entry.lengths.length, feature.id).toBe(feature.published_lengths?.length ?? 0);
      for (const check of entry.lengths) {
        const what = `${feature.id} ${check.label.en}: drawn ${check.drawn_km} km for ${check.published_km} km`;
        if (check.exception) {
          // Only a line with no surveyed geometry may miss, it must say why, and it must really miss.
          expect(entry.drawn_by_quality.surveyed, `${what} has an exception but is surveyed`).toBe(0);
          expect(check.exception.en.length).toBeGreaterThan(80);
          expect(withinTolerance(entry, check), `${what} has an exception it does not need`).toBe(false);
        } else {
          expect(withinTolerance(entry, check), what).toBe(true);
        }
      }
    }
  });

  it('hold every rail route with a published rail distance to 8% of it', () => {
    const routes = lineFeatures.filter((f) => f.kind === 'rail-route');
    const whole = routes.flatMap((f) => catalog[f.id].lengths.filter((l) => !l.countries && !l.from));
    expect(whole.length).toBeGreaterThanOrEqual(8);
    for (const check of whole) expect(Math.abs(check.ratio - 1), check.label.en).toBeLessThanOrEqual(ROUTE_TOLERANCE);
  });

  it('draw Lines A–C on the mapped route: 1,833 km from the Turkmen–Uzbek border to Khorgos, each country’s part as published', () => {
    const lineA = catalog['pipeline-line-a'];
    const official = lineA.lengths.find((l) => l.published_km === 1833)!;
    expect(official.countries).toEqual(['UZB', 'KAZ', 'CHN']);
    expect(Math.abs(official.ratio - 1)).toBeLessThanOrEqual(0.05);
    const inUzbekistan = lineA.drawn_by_country.find((c) => c.iso3 === 'UZB')!.km;
    expect(Math.abs(inUzbekistan - 529) / 529).toBeLessThanOrEqual(0.05);
    expect(lineA.drawn_by_quality.surveyed).toBeGreaterThan(1800);
    expect(lineA.countries_drawn).toEqual(['TKM', 'UZB', 'KAZ', 'CHN']);
  });

  it('pass the places their sources say they pass, and keep away from those they do not', () => {
    const drawn = new Map<string, Position[][]>();
    for (const file of ['pipeline', 'rail', 'projects'] as const) {
      const collection = JSON.parse(read(projectPath(DATA_FILES[file]))) as FeatureCollection<Geometry>;
      for (const f of collection.features.filter((x) => x.geometry.type !== 'Point')) {
        const id = f.properties!.id as string;
        drawn.set(id, [...(drawn.get(id) ?? []), ...linesOf(f.geometry)]);
      }
    }
    const kmFrom = (id: string, place: string) =>
      Math.min(
        ...drawn
          .get(id)!
          .filter((l) => l.length > 1)
          .map((l) => pointToLineDistance(points.get(place)!.coord, lineString(l)))
      );
    let checked = 0;
    for (const feature of lineFeatures) {
      for (const { point, km } of feature.passes ?? []) {
        expect(kmFrom(feature.id, point), `${feature.id} passes ${point} within ${km} km`).toBeLessThanOrEqual(km);
        checked++;
      }
      for (const { point, km } of feature.avoids ?? []) {
        expect(kmFrom(feature.id, point), `${feature.id} keeps ${km} km from ${point}`).toBeGreaterThan(km);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it('run the Angren–Pap railway through the Qamchiq tunnel between the portals OpenStreetMap maps', () => {
    const projects = JSON.parse(read(projectPath(DATA_FILES.projects))) as FeatureCollection<Geometry>;
    const tunnel = projects.features.find(
      (f) => f.properties!.id === 'project-angren-pap' && f.properties!.mode === 'tunnel'
    )!;
    const [west, east] = [tunnel.geometry, tunnel.geometry]
      .map((g) => linesOf(g)[0])
      .map((l, i) => (i ? l.at(-1)! : l[0]));
    // OSM way 385539420 (Qamchiq tunneli) runs from 70.47349, 41.15747 to 70.67745, 41.07919.
    expect(distance(west, [70.47349, 41.15747])).toBeLessThan(0.05);
    expect(distance(east, [70.67745, 41.07919])).toBeLessThan(0.05);
    const tunnelCheck = catalog['project-angren-pap'].lengths.find((l) => l.from === 'qamchiq-west')!;
    expect(Math.abs(tunnelCheck.drawn_km - 19.2)).toBeLessThan(0.5);
    expect(tunnel.properties!.quality).toBe('surveyed');
  });

  it('share corridor segments, so routes that run together overlay exactly', () => {
    const rail = JSON.parse(read(projectPath(DATA_FILES.rail))) as FeatureCollection<Geometry>;
    const lineOf = (id: string) => linesOf(rail.features.find((f) => f.properties!.id === id)!.geometry)[0];
    const warsaw = lineOf('changan-xian-warsaw');
    const duisburg = lineOf('changan-xian-duisburg');
    expect(duisburg.slice(0, warsaw.length)).toEqual(warsaw);
    // The Zhengzhou train runs the Xi'an–Weinan stretch backwards: the same vertices, not a second drawing.
    const zhengzhou = lineOf('train-zhengxinou');
    const fromXian = zhengzhou.findIndex((p) => p[0] === warsaw[0][0] && p[1] === warsaw[0][1]);
    expect(zhengzhou.slice(fromXian, fromXian + warsaw.length)).toEqual(warsaw);
  });

  it('draw sea crossings as ferry segments, apart from the railway', () => {
    const rail = JSON.parse(read(projectPath(DATA_FILES.rail))) as FeatureCollection<Geometry>;
    const caspian = rail.features.filter((f) => f.properties!.id === 'changan-trans-caspian');
    const modes = caspian.map((f) => f.properties!.mode as string);
    // Consecutive rail runs differ only in how they are drawn (surveyed or traced): one railway between ferries.
    expect(modes.filter((mode, i) => mode !== modes[i - 1])).toEqual(['rail', 'ferry', 'rail', 'ferry']);
    expect(catalog['changan-trans-caspian'].stations.map((s) => s.id)).toEqual(
      expect.arrayContaining(['aktau', 'alat', 'tbilisi', 'poti'])
    );
  });

  it('draws Lines A, B and C as a bundle of three offsets and Line D apart', () => {
    const bundles = ['a', 'b', 'c'].map((l) => network.features.find((f) => f.id === `pipeline-line-${l}`)!.bundle);
    expect(bundles).toEqual([-1, 0, 1]);
    const pipeline = JSON.parse(read(projectPath(DATA_FILES.pipeline))) as FeatureCollection;
    const lineD = pipeline.features.find((f) => f.properties!.id === 'pipeline-line-d')!;
    expect(lineD.properties!.status).toBe('under-construction');
  });
});

describe('every feature', () => {
  it('has a unique kebab-case id, names in both languages, a kind and an accuracy', () => {
    const ids = network.features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of network.features) {
      expect(f.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(f.name.zh && f.name.en && f.kind, f.id).toBeTruthy();
      expect(f.accuracy.en, f.id).toMatch(/^(surveyed|(surveyed|traced|planned route, traced|schematic): .+)$/);
    }
  });

  it('says where its drawing comes from in Chinese too, in the same category, and why a length cannot match', () => {
    const CATEGORY_ZH: Record<string, string> = {
      surveyed: '实测',
      traced: '推绘',
      'planned route, traced': '规划线路，推绘',
      schematic: '示意'
    };
    for (const f of network.features) {
      const [category] = f.accuracy.en.split(': ');
      const [categoryZh, rest] = f.accuracy.zh.split('：');
      expect(categoryZh, f.id).toBe(CATEGORY_ZH[category]);
      // Said in full where the English says more than its category.
      expect(rest === undefined, f.id).toBe(f.accuracy.en === category);
      for (const length of f.published_lengths ?? []) {
        if (!length.exception) continue;
        expect(length.exception.zh, `${f.id}: ${length.label.en}`).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('names sources that exist, for itself and for every figure and event', () => {
    for (const f of network.features) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      const cited = [
        ...f.sources,
        ...f.figures.flatMap((x) => x.sources),
        ...(f.events ?? []).flatMap((e) => e.sources)
      ];
      for (const figure of f.figures) expect(figure.sources.length, `${f.id}: ${figure.label.en}`).toBeGreaterThan(0);
      for (const key of cited) expect(sources[key], `${f.id} cites ${key}`).toBeDefined();
    }
    for (const s of network.segments) for (const key of s.sources) expect(sources[key], s.id).toBeDefined();
  });

  it('quotes the article verbatim: each quote is an exact substring of the paragraph it names', () => {
    for (const f of network.features) {
      for (const quote of f.quotes) {
        const text = paragraphs.get(quote.paragraph);
        expect(text, `${f.id}: paragraph ${quote.paragraph}`).toBeDefined();
        expect(quote.text.length, f.id).toBeGreaterThan(4);
        expect(text!.includes(quote.text), `${f.id}: "${quote.text}" is not in ${quote.paragraph}`).toBe(true);
      }
    }
  });

  it('every project and every Chang’an route is spoken of by the article', () => {
    for (const f of network.features.filter((x) => x.kind === 'project' || x.layer === 'changan')) {
      expect(f.quotes.length, f.id).toBeGreaterThan(0);
    }
  });

  it('has no quote for the routes the article does not mention (Line D, the West–East pipeline)', () => {
    for (const id of ['pipeline-line-d', 'pipeline-west-east']) {
      expect(network.features.find((f) => f.id === id)!.quotes).toEqual([]);
    }
  });
});

describe('network data files', () => {
  it('stay within 100 KB gzipped together, each within its own budget', () => {
    let total = 0;
    for (const key of NETWORK_FILES) {
      const bytes = gzipSync(read(projectPath(DATA_FILES[key])), { level: 9 }).length;
      expect(bytes, key).toBeLessThanOrEqual(DATA_FILES[key].gzipBudgetBytes);
      total += bytes;
    }
    expect(total).toBeLessThanOrEqual(NETWORK_GZIP_BUDGET_BYTES);
  });

  it('draw the 26 April 2023 special train as a dated event on the Tashkent route', () => {
    const route = catalog['changan-xian-tashkent'];
    expect(route.events?.[0]).toMatchObject({ date: '2023-04-26', paragraphs: ['p29'] });
    expect(paragraphs.get('p29')).toContain('260多辆');
    expect(route.stations.at(-1)!.id).toBe('tashkent');
  });
});

describe('build-network functions', () => {
  const square = (iso3: string, west: number): Feature<Polygon, { iso3: string }> => ({
    type: 'Feature',
    properties: { iso3 },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [west, 0],
          [west + 1, 0],
          [west + 1, 1],
          [west, 1],
          [west, 0]
        ]
      ]
    }
  });

  it('countriesAlong lists the countries a line crosses in order, ignoring slivers', () => {
    const line: Position[] = [
      [0.5, 0.5],
      [2.5, 0.5]
    ];
    const fixture = [square('AAA', 0), square('BBB', 1), square('CCC', 2)];
    expect(countriesAlong(line, fixture)).toEqual(['AAA', 'BBB', 'CCC']);
    const grazing: Position[] = [
      [0.5, 0.5],
      [1.01, 0.5],
      [0.5, 0.6]
    ];
    expect(countriesAlong(grazing, fixture)).toEqual(['AAA']);
  });

  it('countriesAlong counts the port a ferry ends at, even just off the drawn coast', () => {
    const ferry: Position[] = [
      [0.5, 0.5],
      [1.5, 2.5],
      [2.5, 1.005]
    ];
    // Ends 0.5 km north of CCC's coast: the end is snapped to it; the open sea in between counts for nothing.
    expect(countriesAlong(ferry, [square('AAA', 0), square('CCC', 2)])).toEqual(['AAA', 'CCC']);
  });

  it('lengthBetween measures only the stretch between two vertices', () => {
    const line: Position[] = [
      [0, 0],
      [1, 0],
      [2, 0]
    ];
    expect(lengthBetween(line, [1, 0], [2, 0])).toBeCloseTo(111.2, 0);
  });

  it('resolvePoints refuses a point without a coordinate source', () => {
    const empty = { type: 'FeatureCollection', features: [] } as unknown as FeatureCollection<Point, never>;
    expect(() =>
      resolvePoints([{ id: 'x', name: { zh: 'x', en: 'x', ru: 'x' }, iso3: 'KAZ', coord: [70, 45] }], empty)
    ).toThrow(/source and confidence/);
  });

  it('joinSegments refuses segments that do not meet', () => {
    const map = new Map<string, Segment>([
      ['a', { id: 'a', mode: 'rail', points: ['p', 'q'], sources: [] }],
      ['b', { id: 'b', mode: 'rail', points: ['r', 's'], sources: [] }]
    ]);
    expect(() => joinSegments(['a', 'b'], map, 'test')).toThrow(/does not start where/);
  });

  it('labels places that are sites, and leaves towns to the basemap city labels', () => {
    const projects = JSON.parse(read(projectPath(DATA_FILES.projects))) as FeatureCollection<Geometry>;
    const site = (id: string) => projects.features.find((f) => f.properties!.id === id)!.properties!.site;
    expect(site('place-changan-tower')).toBe(true);
    expect(site('place-bukhara-old-city')).toBe(true);
    expect(site('place-xian')).toBe(false);
    const labels = JSON.parse(read(projectPath(DATA_FILES.labels))) as FeatureCollection<Geometry>;
    expect(labels.features.some((f) => f.properties!.name_en === "Xi'an")).toBe(true);
  });

  it('draws a tunnel as its own piece of its railway', () => {
    const projects = JSON.parse(read(projectPath(DATA_FILES.projects))) as FeatureCollection<Geometry>;
    const pieces = projects.features.filter((f) => f.properties!.id === 'project-angren-pap');
    expect(pieces.map((f) => f.properties!.mode)).toEqual(['rail', 'tunnel', 'rail']);
    expect(linesOf(pieces[1].geometry).flat()).toHaveLength(2);
  });
});
