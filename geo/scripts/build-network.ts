// The story's network: the gas pipeline, the Chang'an rail routes, the projects and places. Authored points
// and segments (geo/sources/authored/network) become map features, drawn along surveyed geometry where the data
// has it (lib/segment-geometry.ts); turf measures them at build time against their published lengths.
import {
  bbox,
  booleanPointInPolygon,
  distance,
  length,
  lineString,
  nearestPointOnLine,
  point,
  simplify
} from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { featureCollection, kmToOutline, roundGeometry } from '../lib/geometry';
import type { NaturalEarthPlace } from '../lib/natural-earth';
import {
  drawSegments,
  isSurveyed,
  type DrawnSegment,
  type SegmentGeometry,
  type Surveyed
} from '../lib/segment-geometry';
import { DETAIL_REGION, containsPoint } from '../../src/lib/data/extent';
import { featureSince } from '../../src/lib/data/months';
import type {
  CatalogEntry,
  Confidence,
  DrawingQuality,
  FeatureDescription,
  LengthCheck,
  PublishedLength,
  NetworkFile,
  NetworkLineProperties,
  NetworkPointProperties,
  PipelineFile,
  SegmentMode
} from '../../src/lib/data/network';
import type { Localized } from '../../src/lib/data/langs';
import { toColumns } from '../../src/lib/data/langs';

export interface PointSource {
  id: string;
  name: Localized;
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

export interface Segment {
  id: string;
  mode: SegmentMode;
  points: string[];
  /** Where the drawing comes from; absent: through the points in order (traced from named places). */
  geometry?: SegmentGeometry;
  sources: string[];
}

const qualityOf = (segment: Segment): DrawingQuality => (isSurveyed(segment.geometry) ? 'surveyed' : 'traced');

/** A feature as authored: its description (the contract's) and how it is drawn. */
export interface NetworkFeatureSource extends FeatureDescription {
  segments?: string[];
  point?: string;
  /** Places the sources say the line passes, each within `km` of the drawing (checked by tests). */
  passes?: { point: string; km: number; sources: string[] }[];
  /** Places a reader might expect it to pass that it does not, each farther than `km` (checked by tests). */
  avoids?: { point: string; km: number; sources: string[] }[];
}

export interface NetworkSources {
  points: PointSource[];
  segments: Segment[];
  features: NetworkFeatureSource[];
}

const DECIMALS = 4;

/**
 * How far (degrees) the map's drawing may stray from the surveyed line: about 150 m over Central Asia, where the
 * reader zooms to the valleys, about 1.5 km elsewhere, where the routes are seen from afar. Lengths are measured
 * on the full line.
 */
const MAP_TOLERANCE = { detail: 0.003, elsewhere: 0.03 };

/** A segment's drawing thinned for the map, each segment once, so that routes sharing it still overlay exactly. */
function thinnedForMap(drawn: Map<string, DrawnSegment>): Map<string, DrawnSegment> {
  return new Map(
    [...drawn].map(([id, segment]) => {
      const { coordinates } = segment;
      if (coordinates.length < 3) return [id, segment];
      const middle = coordinates[Math.floor(coordinates.length / 2)] as [number, number];
      const tolerance = containsPoint(DETAIL_REGION, middle) ? MAP_TOLERANCE.detail : MAP_TOLERANCE.elsewhere;
      const thinned = simplify(lineString(coordinates), { tolerance }).geometry.coordinates;
      return [id, { ...segment, coordinates: thinned }];
    })
  );
}

/** Gives every point its coordinate: its own, or its Natural Earth town's. Fails on unknown or duplicate ids. */
export function resolvePoints(
  points: PointSource[],
  places: FeatureCollection<Point, Pick<NaturalEarthPlace, 'NAME' | 'ADM0_A3'>>
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

/** Length in km along `line` between the points on it nearest to `from` and to `to`. */
export function lengthBetween(line: Position[], from: Position, to: Position): number {
  const along = (p: Position) => nearestPointOnLine(lineString(line), point(p), { units: 'kilometers' });
  const [a, b] = [along(from), along(to)];
  if (b.properties.location <= a.properties.location) {
    throw new Error('lengthBetween: the line does not pass the two points in order');
  }
  return b.properties.location - a.properties.location;
}

type CountryFeature = Feature<Polygon | MultiPolygon, { iso3: string | null }>;

/** The country each short step along a line lies in ('sea' off land), with the step's length in km. */
function stepsAlong(line: Position[], countries: CountryFeature[], stepKm: number) {
  const boxes = countries.map((c) => ({ country: c, box: bbox(c) }));
  const countryAt = (p: Position) =>
    boxes.find(
      ({ country, box }) =>
        p[0] >= box[0] && p[0] <= box[2] && p[1] >= box[1] && p[1] <= box[3] && booleanPointInPolygon(p, country)
    )?.country.properties.iso3 ?? 'sea';
  const steps: { iso3: string; km: number }[] = [];
  for (let i = 1; i < line.length; i++) {
    const km = distance(line[i - 1], line[i]);
    const count = Math.max(1, Math.ceil(km / stepKm));
    for (let s = 0; s < count; s++) {
      const t = (s + 0.5) / count;
      const at = [
        line[i - 1][0] + t * (line[i][0] - line[i - 1][0]),
        line[i - 1][1] + t * (line[i][1] - line[i - 1][1])
      ];
      steps.push({ iso3: countryAt(at), km: km / count });
    }
  }
  return { steps, countryAt, boxes };
}

type Steps = ReturnType<typeof stepsAlong>;

/** How lines are walked to find their countries: step, shortest run that counts, reach of a port off the coast. */
const ALONG = { stepKm: 2, minRunKm: 20, endSnapKm: 3 };

/** Kilometres of the line in each country (rounded to 0.1 km). */
function kmOfSteps({ steps }: Steps): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const { iso3, km } of steps) totals[iso3] = (totals[iso3] ?? 0) + km;
  return Object.fromEntries(Object.entries(totals).map(([iso3, km]) => [iso3, round(km)]));
}

/** The countries of a line's steps in order, leaving out runs shorter than `minRunKm`; see countriesAlong. */
function countriesOfSteps({ steps, countryAt, boxes }: Steps, line: Position[], minRunKm: number, endSnapKm: number) {
  const runs: { iso3: string; km: number }[] = [];
  for (const { iso3, km } of steps) {
    if (runs.at(-1)?.iso3 === iso3) runs[runs.length - 1].km += km;
    else runs.push({ iso3, km });
  }
  const kept = runs.filter((r) => r.km >= minRunKm && r.iso3 !== 'sea').map((r) => r.iso3);
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

/**
 * The countries a line runs through, in order: sampled every `stepKm` along it, with runs shorter than
 * `minRunKm` left out, so that a line drawn along a border does not flicker between the two countries (the
 * 1:10m track and the 1:10m border disagree by up to 17 km of run where the Taraz–Shymkent railway follows the
 * Kyrgyz frontier). The line's two ends always count (a route may end at a port a ferry reaches), snapped to a
 * country within `endSnapKm` where the point falls just off the coast.
 */
export function countriesAlong(
  line: Position[],
  countries: CountryFeature[],
  stepKm = ALONG.stepKm,
  minRunKm = ALONG.minRunKm,
  endSnapKm = ALONG.endSnapKm
): string[] {
  return countriesOfSteps(stepsAlong(line, countries, stepKm), line, minRunKm, endSnapKm);
}

export interface NetworkOutputs {
  pipeline: PipelineFile;
  rail: NetworkFile;
  projects: NetworkFile;
  catalog: Record<string, CatalogEntry>;
}

const round = (km: number) => Math.round(km * 10) / 10;

/** The point ids of a chain of segments, each shared end counted once. */
function chainPoints(chain: Segment[]): string[] {
  return chain.flatMap((segment, i) => (i === 0 ? segment.points : segment.points.slice(1)));
}

/** A chain's drawing: its segments' drawings end to end, a reversed segment's backwards. */
function chainCoordinates(chain: Segment[], drawn: Map<string, DrawnSegment>, reversed: boolean[]): Position[] {
  return chain.flatMap((segment, i) => {
    const coordinates = drawn.get(segment.id)!.coordinates;
    const oriented = reversed[i] ? [...coordinates].reverse() : coordinates;
    return i === 0 ? oriented : oriented.slice(1);
  });
}

/** Splits a chain into runs of one mode and quality: a tunnel, a ferry or a traced stretch is drawn apart. */
function runsOf(chain: Segment[]): number[][] {
  const runs: number[][] = [];
  chain.forEach((segment, i) => {
    const run = runs.at(-1);
    const last = run && chain[run[0]];
    if (last && last.mode === segment.mode && qualityOf(last) === qualityOf(segment)) run.push(i);
    else runs.push([i]);
  });
  return runs;
}

/** The `since` property, left out for features the timeline always shows. */
function sinceOf(source: NetworkFeatureSource): { since?: number } {
  const since = featureSince(source);
  return since === null ? {} : { since };
}

function lineFeature(
  source: NetworkFeatureSource,
  segment: Segment,
  coordinates: Position[]
): Feature<Geometry, NetworkLineProperties> {
  return {
    type: 'Feature',
    properties: {
      id: source.id,
      kind: source.kind,
      layer: source.layer,
      group: source.group ?? null,
      ...toColumns('name', source.name),
      status: source.status ?? null,
      mode: segment.mode,
      quality: qualityOf(segment),
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

/** Measures each published length on the drawing: whole, in some countries, or between two points. */
function checkLengths(
  published: PublishedLength[],
  line: Position[],
  byCountry: Record<string, number>,
  coordOf: (id: string) => Position
): LengthCheck[] {
  return published.map(({ km, ...rest }) => {
    const drawn = rest.countries
      ? rest.countries.reduce((sum, iso3) => sum + (byCountry[iso3] ?? 0), 0)
      : rest.from && rest.to
        ? lengthBetween(line, coordOf(rest.from), coordOf(rest.to))
        : length(lineString(line), { units: 'kilometers' });
    return { ...rest, published_km: km, drawn_km: round(drawn), ratio: Math.round((drawn / km) * 1000) / 1000 };
  });
}

/** What a panel shows about a feature, with what turf measured on its drawing. */
function catalogEntry(
  source: NetworkFeatureSource,
  used: ResolvedPoint[],
  drawing: { line: Position[]; quality: Record<DrawingQuality, number> } | null,
  countries: CountryFeature[],
  coordOf: (id: string) => Position
): CatalogEntry {
  const { segments: _segments, point: _point, passes: _passes, avoids: _avoids, ...rest } = source;
  const line = drawing?.line ?? null;
  // One walk along the line (2 km steps) gives both the countries crossed and the kilometres in each.
  const steps = line ? stepsAlong(line, countries, ALONG.stepKm) : null;
  const byCountry = steps ? kmOfSteps(steps) : {};
  const crossed = steps && line ? countriesOfSteps(steps, line, ALONG.minRunKm, ALONG.endSnapKm) : [];
  const [w, s, e, n] = bbox({ type: 'MultiPoint', coordinates: used.map((p) => p.coord) });
  return {
    ...rest,
    stations: used.map(({ id, name }) => ({ id, name })),
    drawn_length_km: line ? round(length(lineString(line), { units: 'kilometers' })) : null,
    lengths: line ? checkLengths(source.published_lengths ?? [], line, byCountry, coordOf) : [],
    drawn_by_country: crossed.map((iso3) => ({ iso3, km: byCountry[iso3] ?? 0 })),
    drawn_by_quality: drawing?.quality ?? { surveyed: 0, traced: 0 },
    countries_drawn: crossed,
    bbox: [w, s, e, n],
    coordinates: used.map(({ id, coord, coord_source, confidence }) => ({ id, coord, coord_source, confidence }))
  };
}

/** `points` are the network's points resolved once (resolvePoints), shared with the basemap labels. */
export function buildNetwork(
  sources: NetworkSources,
  points: Map<string, ResolvedPoint>,
  countries: CountryFeature[],
  surveyed: Surveyed
): NetworkOutputs {
  const segments = new Map(sources.segments.map((s) => [s.id, s]));
  const coordOf = (id: string) => pointOf(points, id, 'network').coord;
  const drawn = drawSegments(sources.segments, surveyed, coordOf);
  const mapped = thinnedForMap(drawn);
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
    const target = outputs[fileOf(source.layer)];
    let drawing: { line: Position[]; quality: Record<DrawingQuality, number> } | null = null;
    let used: string[];
    if (source.segments) {
      const chain = joinSegments(source.segments, segments, source.id);
      const reversed = source.segments.map((name) => name.startsWith('-'));
      used = chainPoints(chain);
      const quality: Record<DrawingQuality, number> = { surveyed: 0, traced: 0 };
      for (const run of runsOf(chain)) {
        const [part, backwards] = [run.map((i) => chain[i]), run.map((i) => reversed[i])];
        const full = chainCoordinates(part, drawn, backwards);
        quality[qualityOf(chain[run[0]])] += length(lineString(full), { units: 'kilometers' });
        target.push(lineFeature(source, chain[run[0]], chainCoordinates(part, mapped, backwards)));
      }
      drawing = {
        line: chainCoordinates(chain, drawn, reversed),
        quality: { surveyed: round(quality.surveyed), traced: round(quality.traced) }
      };
    } else if (source.point) {
      used = [source.point];
      const { id, kind, layer, name } = source;
      const site = !sources.points.find((p) => p.id === source.point)?.ne;
      const properties = {
        id,
        kind,
        layer,
        project: source.project ?? null,
        ...toColumns('name', name),
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
      drawing,
      countries,
      coordOf
    );
  }

  // The stations of the rail routes, drawn as the reader zooms in, each with the route groups that call there,
  // on the track where the route passes them (a town's point can lie kilometres from its station).
  const stations = new Map<string, { groups: Set<string>; on: Position }>();
  for (const route of sources.features.filter((f) => f.kind === 'rail-route')) {
    const chain = joinSegments(route.segments ?? [], segments, route.id);
    for (const segment of chain) {
      for (const id of segment.points) {
        const station = stations.get(id) ?? {
          groups: new Set<string>(),
          on: nearestPointOnLine(lineString(drawn.get(segment.id)!.coordinates), point(coordOf(id))).geometry
            .coordinates
        };
        station.groups.add(route.group ?? route.layer);
        stations.set(id, station);
      }
    }
  }
  for (const [id, { groups, on }] of stations) {
    const { name } = pointOf(points, id, 'stations');
    const properties = {
      id: `station-${id}`,
      kind: 'station' as const,
      layer: 'changan' as const,
      project: null,
      ...toColumns('name', name),
      status: null,
      site: false,
      groups: `|${[...groups].sort().join('|')}|`
    };
    outputs.rail.push(pointFeature(properties, on));
  }

  return {
    pipeline: featureCollection(outputs.pipeline as Feature<Geometry, NetworkLineProperties>[]),
    rail: featureCollection(outputs.rail),
    projects: featureCollection(outputs.projects),
    catalog
  };
}
