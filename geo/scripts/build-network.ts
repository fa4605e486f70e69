// The story's network: the gas pipeline, the Chang'an rail routes, the projects and places. Authored points
// and segments (geo/sources/authored/network) become map features; turf measures them at build time.
import { bbox, booleanPointInPolygon, distance, length, lineString } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { featureCollection, kmToOutline, roundGeometry } from '../lib/geometry';
import { featureSince } from './build-story';

export type Confidence = 'high' | 'medium' | 'low';

export interface PointSource {
  id: string;
  name_zh: string;
  name_en: string;
  iso3: string;
  /** Natural Earth populated-place NAME to take the coordinate from. */
  ne?: string;
  coord?: [number, number];
  coord_source?: string;
  confidence?: Confidence;
  sources?: string[];
}

export interface ResolvedPoint extends Omit<PointSource, 'ne' | 'coord'> {
  coord: [number, number];
  coord_source: string;
  confidence: Confidence;
}

export type SegmentMode = 'rail' | 'ferry' | 'pipeline' | 'road' | 'tunnel';

export interface Segment {
  id: string;
  mode: SegmentMode;
  points: string[];
  sources: string[];
}

export interface Figure {
  label_en: string;
  label_zh: string;
  value: number;
  unit: string;
  sources: string[];
}

export interface PublishedLength {
  km: number;
  from: string;
  to: string;
  sources: string[];
  /** Why the drawn length may differ from the published one by more than 15%. */
  exception?: string;
}

/** Words of the article: a paragraph id (src/lib/content/article.ts) and the exact text, verbatim. */
export interface Quote {
  paragraph: string;
  text: string;
  /** The English translation, added by the build from src/lib/content/article/quotes.en.json. */
  en?: string;
}

export interface NetworkFeatureSource {
  id: string;
  kind: 'pipeline-line' | 'pipeline-context' | 'rail-route' | 'project' | 'place';
  layer: 'pipeline' | 'changan' | 'other-trains' | 'projects' | 'places';
  group?: string;
  project?: string;
  name_zh: string;
  name_en: string;
  status?: string;
  status_note_en?: string;
  status_note_zh?: string;
  dates?: Record<string, string>;
  events?: { date: string; text_zh: string; text_en: string; sources: string[]; paragraphs: string[] }[];
  figures: Figure[];
  segments?: string[];
  point?: string;
  /** For the bundled pipeline lines: -1, 0, 1 = left, middle, right of the shared corridor. */
  bundle?: number;
  /** The countries the feature lies in or crosses, in order. Checked against the drawing. */
  countries: string[];
  published_length?: PublishedLength;
  accuracy: string;
  sources: string[];
  /** Where the article speaks of the feature; empty where it does not (the panel then says so). */
  quotes: Quote[];
}

export interface NetworkSources {
  points: PointSource[];
  segments: Segment[];
  features: NetworkFeatureSource[];
}

interface NaturalEarthPlace {
  NAME: string;
  ADM0_A3: string;
}

const DECIMALS = 4;

/** Gives every point its coordinate: its own, or its Natural Earth town's. Fails on unknown or duplicate ids. */
export function resolvePoints(
  points: PointSource[],
  places: FeatureCollection<Point, NaturalEarthPlace>
): Map<string, ResolvedPoint> {
  const resolved = new Map<string, ResolvedPoint>();
  for (const { ne, coord, ...point } of points) {
    if (resolved.has(point.id)) throw new Error(`Point id "${point.id}" is used twice`);
    if (ne) {
      const place = places.features.find((f) => f.properties.NAME === ne && f.properties.ADM0_A3 === point.iso3);
      if (!place) throw new Error(`Point ${point.id}: no Natural Earth place "${ne}" in ${point.iso3}`);
      const [lon, lat] = place.geometry.coordinates;
      resolved.set(point.id, {
        ...point,
        coord: [lon, lat],
        coord_source: `Natural Earth 1:10m populated places (${ne})`,
        confidence: 'high'
      });
    } else {
      if (!coord || !point.coord_source || !point.confidence) {
        throw new Error(`Point ${point.id} needs a coordinate with its source and confidence, or a Natural Earth name`);
      }
      resolved.set(point.id, { ...point, coord, coord_source: point.coord_source, confidence: point.confidence });
    }
  }
  return resolved;
}

function pointOf(points: Map<string, ResolvedPoint>, id: string, user: string): ResolvedPoint {
  const point = points.get(id);
  if (!point) throw new Error(`${user} names an unknown point "${id}"`);
  return point;
}

/**
 * A feature's segments joined end to end; each segment must start where the last ended. A segment named with a
 * leading "-" is run backwards, so a stretch travelled both ways is still drawn once.
 */
export function joinSegments(ids: string[], segments: Map<string, Segment>, user: string): Segment[] {
  const chain = ids.map((name) => {
    const reversed = name.startsWith('-');
    const segment = segments.get(reversed ? name.slice(1) : name);
    if (!segment) throw new Error(`${user} names an unknown segment "${name}"`);
    return reversed ? { ...segment, points: [...segment.points].reverse() } : segment;
  });
  for (let i = 1; i < chain.length; i++) {
    if (chain[i - 1].points.at(-1) !== chain[i].points[0]) {
      throw new Error(`${user}: segment ${chain[i].id} does not start where ${chain[i - 1].id} ends`);
    }
  }
  return chain;
}

/** Length in km along `line` between the first vertex at `from` and the first vertex at `to` after it. */
export function lengthBetween(line: Position[], from: Position, to: Position): number {
  const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];
  const start = line.findIndex((p) => same(p, from));
  const end = line.findIndex((p, i) => i > start && same(p, to));
  if (start < 0 || end < 0) throw new Error('lengthBetween: the line does not pass both points in order');
  return length(lineString(line.slice(start, end + 1)), { units: 'kilometers' });
}

type CountryFeature = Feature<Polygon | MultiPolygon, { iso3: string | null }>;

/**
 * The countries a line runs through, in order: sampled every `stepKm` along it, with runs shorter than
 * `minRunKm` left out, so that a line drawn along a border does not flicker between the two countries. The
 * line's two ends always count (a route may end at a port a ferry reaches), snapped to a country within
 * `endSnapKm` where the point falls just off the coast.
 */
export function countriesAlong(
  line: Position[],
  countries: CountryFeature[],
  stepKm = 2,
  minRunKm = 6,
  endSnapKm = 3
): string[] {
  const boxes = countries.map((c) => ({ country: c, box: bbox(c) }));
  const countryAt = (p: Position) =>
    boxes.find(
      ({ country, box }) =>
        p[0] >= box[0] && p[0] <= box[2] && p[1] >= box[1] && p[1] <= box[3] && booleanPointInPolygon(p, country)
    )?.country.properties.iso3 ?? 'sea';
  const samples: string[] = [];
  for (let i = 1; i < line.length; i++) {
    const km = distance(line[i - 1], line[i]);
    const steps = Math.max(1, Math.ceil(km / stepKm));
    for (let s = 0; s < steps; s++) {
      const t = s / steps;
      samples.push(
        countryAt([
          line[i - 1][0] + t * (line[i][0] - line[i - 1][0]),
          line[i - 1][1] + t * (line[i][1] - line[i - 1][1])
        ])
      );
    }
  }
  samples.push(countryAt(line[line.length - 1]));
  const runs: { iso3: string; count: number }[] = [];
  for (const iso3 of samples) {
    if (runs.at(-1)?.iso3 === iso3) runs[runs.length - 1].count++;
    else runs.push({ iso3, count: 1 });
  }
  const kept = runs.filter((r) => r.count * stepKm >= minRunKm && r.iso3 !== 'sea').map((r) => r.iso3);
  const snapped = (p: Position) => {
    const inside = countryAt(p);
    if (inside !== 'sea') return inside;
    const near = boxes.find(
      ({ country, box }) =>
        p[0] >= box[0] - 0.1 &&
        p[0] <= box[2] + 0.1 &&
        p[1] >= box[1] - 0.1 &&
        p[1] <= box[3] + 0.1 &&
        kmToOutline(p, country.geometry) <= endSnapKm
    );
    return near?.country.properties.iso3 ?? 'sea';
  };
  const first = snapped(line[0]);
  const last = snapped(line[line.length - 1]);
  if (first !== 'sea' && kept[0] !== first) kept.unshift(first);
  if (last !== 'sea' && kept.at(-1) !== last) kept.push(last);
  return kept.filter((iso3, i) => kept[i - 1] !== iso3);
}

/** What the map draws for a line feature: one feature per run of segments of one mode. */
export interface NetworkLineProperties {
  id: string;
  kind: NetworkFeatureSource['kind'];
  layer: NetworkFeatureSource['layer'];
  group: string | null;
  name_zh: string;
  name_en: string;
  status: string | null;
  mode: SegmentMode;
  bundle: number;
  /** The month (YYYYMM) from which the timeline draws the feature; see build-story's featureSince. */
  since?: number;
}

export interface NetworkPointProperties {
  id: string;
  /** A feature of features.json, or a station of a rail route (drawn when zoomed in). */
  kind: NetworkFeatureSource['kind'] | 'station';
  layer: NetworkFeatureSource['layer'];
  project: string | null;
  name_zh: string;
  name_en: string;
  status: string | null;
  /** A site rather than a town: the basemap labels towns, so only sites get a label of their own. */
  site: boolean;
  /** As for lines: the month from which the timeline draws it (absent: always drawn). */
  since?: number;
  /**
   * For a station, the route groups that call there, as `|group|group|` (a string, so a map filter can test it
   * with `in`): the station shows while any of them is shown.
   */
  groups?: string;
}

/** Everything about a feature that a panel shows, with what the build measured. */
export interface CatalogEntry extends Omit<NetworkFeatureSource, 'segments' | 'point'> {
  stations: { id: string; name_zh: string; name_en: string }[];
  drawn_length_km: number | null;
  published_vs_drawn: { published_km: number; drawn_km: number; ratio: number } | null;
  countries_drawn: string[];
  bbox: [number, number, number, number];
  coordinates: { id: string; coord: [number, number]; coord_source: string; confidence: Confidence }[];
}

export interface NetworkOutputs {
  pipeline: FeatureCollection<Geometry, NetworkLineProperties>;
  rail: FeatureCollection<Geometry, NetworkLineProperties | NetworkPointProperties>;
  projects: FeatureCollection<Geometry, NetworkLineProperties | NetworkPointProperties>;
  catalog: Record<string, CatalogEntry>;
}

const round = (km: number) => Math.round(km * 10) / 10;

/** The point ids of a chain of segments, each shared end counted once. */
function chainPoints(chain: Segment[]): string[] {
  return chain.flatMap((segment, i) => (i === 0 ? segment.points : segment.points.slice(1)));
}

/** Splits a chain into runs of one mode: a tunnel or a ferry is drawn apart from the railway around it. */
function runsByMode(chain: Segment[]): Segment[][] {
  const runs: Segment[][] = [];
  for (const segment of chain) {
    const run = runs.at(-1);
    if (run && run[0].mode === segment.mode) run.push(segment);
    else runs.push([segment]);
  }
  return runs;
}

/** The `since` property, left out for features the timeline always shows. */
function sinceOf(source: NetworkFeatureSource): { since?: number } {
  const since = featureSince(source);
  return since === null ? {} : { since };
}

function lineFeature(
  source: NetworkFeatureSource,
  run: Segment[],
  coordOf: (id: string) => Position
): Feature<Geometry, NetworkLineProperties> {
  const coordinates = chainPoints(run).map(coordOf);
  return {
    type: 'Feature',
    properties: {
      id: source.id,
      kind: source.kind,
      layer: source.layer,
      group: source.group ?? null,
      name_zh: source.name_zh,
      name_en: source.name_en,
      status: source.status ?? null,
      mode: run[0].mode,
      bundle: source.bundle ?? 0,
      ...sinceOf(source)
    },
    geometry: roundGeometry({ type: 'LineString', coordinates }, DECIMALS)!
  };
}

function pointFeature(
  properties: NetworkPointProperties,
  coordinates: Position
): Feature<Geometry, NetworkPointProperties> {
  return { type: 'Feature', properties, geometry: roundGeometry({ type: 'Point', coordinates }, DECIMALS)! };
}

/** What a panel shows about a feature, with what turf measured on its drawing. */
function catalogEntry(
  source: NetworkFeatureSource,
  used: ResolvedPoint[],
  line: Position[] | null,
  countries: CountryFeature[]
): CatalogEntry {
  const { segments: _segments, point: _point, ...rest } = source;
  const published = source.published_length;
  const at = (id: string) => used.find((p) => p.id === id)?.coord;
  const measured = published && line ? round(lengthBetween(line, at(published.from)!, at(published.to)!)) : null;
  const [w, s, e, n] = bbox({ type: 'MultiPoint', coordinates: used.map((p) => p.coord) });
  return {
    ...rest,
    stations: used.map(({ id, name_zh, name_en }) => ({ id, name_zh, name_en })),
    drawn_length_km: line ? round(length(lineString(line), { units: 'kilometers' })) : null,
    published_vs_drawn:
      published && measured !== null
        ? { published_km: published.km, drawn_km: measured, ratio: Math.round((measured / published.km) * 1000) / 1000 }
        : null,
    countries_drawn: line ? countriesAlong(line, countries) : [],
    bbox: [w, s, e, n],
    coordinates: used.map(({ id, coord, coord_source, confidence }) => ({ id, coord, coord_source, confidence }))
  };
}

/** `points` are the network's points resolved once (resolvePoints), shared with the basemap labels. */
export function buildNetwork(
  sources: NetworkSources,
  points: Map<string, ResolvedPoint>,
  countries: CountryFeature[]
): NetworkOutputs {
  const segments = new Map(sources.segments.map((s) => [s.id, s]));
  const outputs: Record<
    'pipeline' | 'rail' | 'projects',
    Feature<Geometry, NetworkLineProperties | NetworkPointProperties>[]
  > = {
    pipeline: [],
    rail: [],
    projects: []
  };
  const fileOf = (layer: NetworkFeatureSource['layer']) =>
    layer === 'pipeline' ? 'pipeline' : layer === 'projects' || layer === 'places' ? 'projects' : 'rail';
  const catalog: Record<string, CatalogEntry> = {};

  for (const source of sources.features) {
    if (catalog[source.id]) throw new Error(`Feature id "${source.id}" is used twice`);
    const coordOf = (id: string) => pointOf(points, id, source.id).coord;
    const target = outputs[fileOf(source.layer)];
    let line: Position[] | null = null;
    let used: string[];
    if (source.segments) {
      const chain = joinSegments(source.segments, segments, source.id);
      used = chainPoints(chain);
      line = used.map(coordOf);
      for (const run of runsByMode(chain)) target.push(lineFeature(source, run, coordOf));
    } else if (source.point) {
      used = [source.point];
      const { id, kind, layer, name_zh, name_en } = source;
      const site = !sources.points.find((p) => p.id === source.point)?.ne;
      const properties = {
        id,
        kind,
        layer,
        project: source.project ?? null,
        name_zh,
        name_en,
        status: source.status ?? null,
        site,
        ...sinceOf(source)
      };
      target.push(pointFeature(properties, coordOf(source.point)));
    } else {
      throw new Error(`Feature ${source.id} has neither segments nor a point`);
    }
    catalog[source.id] = catalogEntry(
      source,
      used.map((id) => pointOf(points, id, source.id)),
      line,
      countries
    );
  }

  // The stations of the rail routes, drawn as the reader zooms in, each with the route groups that call there.
  const stationGroups = new Map<string, Set<string>>();
  for (const route of sources.features.filter((f) => f.kind === 'rail-route')) {
    for (const id of chainPoints(joinSegments(route.segments ?? [], segments, route.id))) {
      const groups = stationGroups.get(id) ?? new Set<string>();
      groups.add(route.group ?? route.layer);
      stationGroups.set(id, groups);
    }
  }
  for (const [id, groups] of stationGroups) {
    const { name_zh, name_en, coord } = pointOf(points, id, 'stations');
    const properties = {
      id: `station-${id}`,
      kind: 'station' as const,
      layer: 'changan' as const,
      project: null,
      name_zh,
      name_en,
      status: null,
      site: false,
      groups: `|${[...groups].sort().join('|')}|`
    };
    outputs.rail.push(pointFeature(properties, coord));
  }

  return {
    pipeline: featureCollection(outputs.pipeline as Feature<Geometry, NetworkLineProperties>[]),
    rail: featureCollection(outputs.rail),
    projects: featureCollection(outputs.projects),
    catalog
  };
}
