// The story's network: the gas pipeline, the Chang'an rail routes, the projects and places. Authored points
// and segments (geo/sources/authored/network) become map features; turf measures them at build time.
import { bbox, booleanPointInPolygon, distance, length, lineString, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { featureCollection, roundGeometry } from '../lib/geometry';

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
  paragraphs: string[];
  article_terms: string[];
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
    const near = boxes.find(({ country, box }) => {
      if (p[0] < box[0] - 0.1 || p[0] > box[2] + 0.1 || p[1] < box[1] - 0.1 || p[1] > box[3] + 0.1) return false;
      const polygons =
        country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
      return polygons.flat().some((ring) => pointToLineDistance(p, lineString(ring)) <= endSnapKm);
    });
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

export function buildNetwork(
  sources: NetworkSources,
  places: FeatureCollection<Point, NaturalEarthPlace>,
  countries: CountryFeature[]
): NetworkOutputs {
  const points = resolvePoints(sources.points, places);
  const segments = new Map(sources.segments.map((s) => [s.id, s]));
  const pipeline: Feature<Geometry, NetworkLineProperties>[] = [];
  const rail: Feature<Geometry, NetworkLineProperties | NetworkPointProperties>[] = [];
  const projects: Feature<Geometry, NetworkLineProperties | NetworkPointProperties>[] = [];
  const catalog: Record<string, CatalogEntry> = {};
  const coordOf = (id: string, user: string) => pointOf(points, id, user).coord;
  const ids = new Set<string>();

  for (const source of sources.features) {
    if (ids.has(source.id)) throw new Error(`Feature id "${source.id}" is used twice`);
    ids.add(source.id);
    const target =
      source.layer === 'pipeline'
        ? pipeline
        : source.layer === 'projects' || source.layer === 'places'
          ? projects
          : rail;
    const { segments: segmentIds, point: pointId, ...rest } = source;
    let line: Position[] | null = null;
    let usedPoints: string[];

    if (segmentIds) {
      const chain = joinSegments(segmentIds, segments, source.id);
      usedPoints = chain.flatMap((s, i) => (i === 0 ? s.points : s.points.slice(1)));
      line = usedPoints.map((id) => coordOf(id, source.id));
      // One drawn feature per run of segments of the same mode (a tunnel or a ferry is drawn differently).
      let run: Segment[] = [];
      const flush = () => {
        if (run.length === 0) return;
        const coords = run
          .flatMap((s, i) => (i === 0 ? s.points : s.points.slice(1)))
          .map((id) => coordOf(id, source.id));
        target.push({
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
            bundle: source.bundle ?? 0
          },
          geometry: roundGeometry({ type: 'LineString', coordinates: coords }, DECIMALS)!
        });
        run = [];
      };
      for (const segment of chain) {
        if (run.length && run[0].mode !== segment.mode) flush();
        run.push(segment);
      }
      flush();
    } else if (pointId) {
      usedPoints = [pointId];
      target.push({
        type: 'Feature',
        properties: {
          id: source.id,
          kind: source.kind,
          layer: source.layer,
          project: source.project ?? null,
          name_zh: source.name_zh,
          name_en: source.name_en,
          status: source.status ?? null
        },
        geometry: roundGeometry({ type: 'Point', coordinates: coordOf(pointId, source.id) }, DECIMALS)!
      });
    } else {
      throw new Error(`Feature ${source.id} has neither segments nor a point`);
    }

    const drawnKm = line ? round(length(lineString(line), { units: 'kilometers' })) : null;
    const published = source.published_length;
    const measured =
      published && line
        ? round(lengthBetween(line, coordOf(published.from, source.id), coordOf(published.to, source.id)))
        : null;
    const allCoords = usedPoints.map((id) => coordOf(id, source.id));
    const [w, s, e, n] = bbox({ type: 'MultiPoint', coordinates: allCoords });
    catalog[source.id] = {
      ...rest,
      stations: usedPoints.map((id) => {
        const p = pointOf(points, id, source.id);
        return { id, name_zh: p.name_zh, name_en: p.name_en };
      }),
      drawn_length_km: drawnKm,
      published_vs_drawn:
        published && measured !== null
          ? {
              published_km: published.km,
              drawn_km: measured,
              ratio: Math.round((measured / published.km) * 1000) / 1000
            }
          : null,
      countries_drawn: line ? countriesAlong(line, countries) : [],
      bbox: [w, s, e, n],
      coordinates: usedPoints.map((id) => {
        const p = pointOf(points, id, source.id);
        return { id, coord: p.coord, coord_source: p.coord_source, confidence: p.confidence };
      })
    };
  }

  // The stations of the rail routes, for labels when zoomed in.
  const stationIds = new Set(
    sources.features
      .filter((f) => f.kind === 'rail-route')
      .flatMap((f) => joinSegments(f.segments ?? [], segments, f.id).flatMap((s) => s.points))
  );
  for (const id of stationIds) {
    const p = pointOf(points, id, 'stations');
    rail.push({
      type: 'Feature',
      properties: {
        id: `station-${id}`,
        kind: 'station',
        layer: 'changan',
        project: null,
        name_zh: p.name_zh,
        name_en: p.name_en,
        status: null
      },
      geometry: roundGeometry({ type: 'Point', coordinates: p.coord }, DECIMALS)!
    });
  }

  return {
    pipeline: featureCollection(pipeline),
    rail: featureCollection(rail),
    projects: featureCollection(projects),
    catalog
  };
}
