// Countries and borders from one simplified topology (Natural Earth 1:10m via world-atlas), so that fills,
// borders and the focus outline coincide exactly at every zoom.
import { merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Position } from 'geojson';
import { DATA_EXTENT, NATURAL_EARTH_CLIP, type Bounds } from '../../src/lib/data/extent';
import type { BorderKind, CountryProperties } from '../../src/lib/data/basemap';
import { featureCollection, finishGeometry, linesOf, type Precision } from '../lib/geometry';
import { simplifyTopology, type SimplifyOptions } from '../lib/topology';
import { toColumns, toNullableColumns, type Lang, type Localized } from '../../src/lib/data/langs';

/** The language Natural Earth names every country in (its NAME); the others are authored. */
export const NATURAL_EARTH_LANG = 'en' satisfies Lang;

/** A country's names in every language but Natural Earth's own. */
export type AuthoredCountryName = Omit<Localized, typeof NATURAL_EARTH_LANG>;

export interface CountryNames {
  focus: string[];
  /** world-atlas polygons without a country of their own, mapped to the country they are drawn with. */
  aliases: Record<string, string>;
  /** ISO alpha-3 (Natural Earth ADM0_A3) → its names (simplified Chinese as Xinhua writes them, Russian …). */
  names: Record<string, AuthoredCountryName>;
}

export interface LevelOfDetail {
  simplify: SimplifyOptions;
  /** Decimal places kept in the output coordinates (2 ≈ 1 km, 4 ≈ 10 m), possibly by position. */
  decimals: Precision;
}

/** `key` groups polygons into one country: its ISO code, or `context:<name>` for context land. */
type CountryGeometry = GeometryObject<{ name: string; key?: string }>;
type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string; key?: string }> }>;

const CONTEXT_PREFIX = 'context:';

interface NaturalEarthCountry {
  NAME: string;
  ADM0_A3: string;
}

/**
 * Gives every world-atlas country polygon its ISO alpha-3 code (joined on the Natural Earth name) and drops
 * what lies outside the map. Polygons beyond the area the story's Natural Earth layers cover (Africa south of
 * 18°N, the Arctic, Indonesia) are kept as unnamed context land, so a phone held upright never sees the land
 * end in a straight line. Inside that area it fails loudly on a polygon it cannot place, rather than leave a hole.
 */
export function assignCountryCodes(
  topology: CountriesTopology,
  naturalEarth: FeatureCollection<Geometry, NaturalEarthCountry>,
  names: CountryNames
): CountriesTopology {
  const codeByName = new Map(naturalEarth.features.map((f) => [f.properties.NAME, f.properties.ADM0_A3]));
  const inExtent = new Set(naturalEarth.features.map((f) => f.properties.ADM0_A3));
  const geometries: CountryGeometry[] = [];
  const unknown: string[] = [];
  for (const geometry of topology.objects.countries.geometries) {
    const name = (geometry.properties as { name?: string } | undefined)?.name ?? '';
    const iso3 = names.aliases[name] ?? codeByName.get(name);
    if (iso3 && inExtent.has(iso3)) {
      if (!names.names[iso3]) throw new Error(`No names for ${iso3} (${name}) in country-names.json`);
      geometries.push({ ...geometry, properties: { name, key: iso3 } });
    } else if (overlaps(topology, geometry, NATURAL_EARTH_CLIP)) {
      unknown.push(name);
    } else if (overlaps(topology, geometry, DATA_EXTENT)) {
      geometries.push({ ...geometry, properties: { name, key: `${CONTEXT_PREFIX}${name}` } });
    }
  }
  if (unknown.length) {
    throw new Error(`Country polygons inside the map with no ISO code: ${unknown.join(', ')}. Add an alias.`);
  }
  return { ...topology, objects: { countries: { type: 'GeometryCollection', geometries } } };
}

function overlaps(topology: CountriesTopology, geometry: CountryGeometry, [west, south, east, north]: Bounds): boolean {
  const shape = merge(topology, [geometry as never]);
  return shape.coordinates.some((polygon) =>
    polygon[0].some(([lon, lat]) => lon > west && lon < east && lat > south && lat < north)
  );
}

function keyOf(geometry: GeometryObject): string {
  const key = (geometry.properties as { key?: string } | undefined)?.key;
  if (!key) throw new Error('geometry without a country key: run assignCountryCodes first');
  return key;
}

/** One feature per country (polygons of aliases merged in), clipped to the extent and rounded. */
export function buildCountryPolygons(
  simplified: CountriesTopology,
  names: CountryNames,
  englishNames: Map<string, string>,
  decimals: Precision
): FeatureCollection<Geometry, CountryProperties> {
  const groups = new Map<string, CountryGeometry[]>();
  for (const geometry of simplified.objects.countries.geometries) {
    const key = keyOf(geometry);
    groups.set(key, [...(groups.get(key) ?? []), geometry]);
  }
  const features: Feature<Geometry, CountryProperties>[] = [];
  for (const [key, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const geometry = finishGeometry(merge(simplified, group as never[]), DATA_EXTENT, decimals);
    if (!geometry) continue;
    const context = key.startsWith(CONTEXT_PREFIX);
    features.push({
      type: 'Feature',
      properties: context
        ? { iso3: null, ...toNullableColumns('name', null), focus: false }
        : {
            iso3: key,
            ...toColumns('name', {
              ...names.names[key],
              [NATURAL_EARTH_LANG]: englishNames.get(key) ?? key
            } as Localized),
            focus: names.focus.includes(key)
          },
      geometry
    });
  }
  return featureCollection(features);
}

/** A point-to-segment distance in degrees, with longitude scaled by cos(latitude): good to ~1% at 2 km. */
function distanceToSegment([x, y]: Position, [ax, ay]: Position, [bx, by]: Position): number {
  const k = Math.cos((y * Math.PI) / 180);
  const dx = (bx - ax) * k;
  const dy = by - ay;
  const px = (x - ax) * k;
  const py = y - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / lengthSquared));
  return Math.hypot(px - t * dx, py - t * dy);
}

/** Is a point within `tolerance` degrees of any of the lines? */
export function nearAnyLine(point: Position, lines: Position[][], tolerance: number): boolean {
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1];
      const b = line[i];
      if (
        point[0] < Math.min(a[0], b[0]) - tolerance * 2 ||
        point[0] > Math.max(a[0], b[0]) + tolerance * 2 ||
        point[1] < Math.min(a[1], b[1]) - tolerance ||
        point[1] > Math.max(a[1], b[1]) + tolerance
      ) {
        continue;
      }
      if (distanceToSegment(point, a, b) <= tolerance) return true;
    }
  }
  return false;
}

/**
 * Splits border lines into runs that lie along a disputed line (both ends of a segment within `tolerance`
 * degrees of it) and runs that do not.
 */
export function splitByDispute(
  lines: Position[][],
  disputedLines: Position[][],
  tolerance: number
): { international: Position[][]; disputed: Position[][] } {
  const result = { international: [] as Position[][], disputed: [] as Position[][] };
  for (const line of lines) {
    const near = line.map((p) => nearAnyLine(p, disputedLines, tolerance));
    let run: Position[] = [line[0]];
    let runDisputed = near[0] && near[1];
    for (let i = 1; i < line.length; i++) {
      const segmentDisputed = near[i - 1] && near[i];
      if (segmentDisputed !== runDisputed) {
        (runDisputed ? result.disputed : result.international).push(run);
        run = [line[i - 1]];
        runDisputed = segmentDisputed;
      }
      run.push(line[i]);
    }
    (runDisputed ? result.disputed : result.international).push(run);
  }
  return result;
}

function borderFeature(
  kind: BorderKind,
  lines: Position[][],
  decimals: Precision
): Feature<Geometry, { kind: BorderKind }>[] {
  if (lines.length === 0) return [];
  const geometry = finishGeometry({ type: 'MultiLineString', coordinates: lines }, DATA_EXTENT, decimals);
  return geometry ? [{ type: 'Feature', properties: { kind }, geometry }] : [];
}

export interface BorderInputs {
  /** Natural Earth land boundary lines classed disputed, line of control or indefinite. */
  disputedBoundaries: Position[][];
  /** Natural Earth claim lines (the disputed-areas boundary layer), drawn as they are. */
  claims: Position[][];
}

/**
 * Land borders from the topology's shared arcs (no double strokes), split into international and disputed
 * runs; claim lines; and the outline of the six focus countries.
 */
export function buildBorders(
  simplified: CountriesTopology,
  names: CountryNames,
  inputs: BorderInputs,
  decimals: Precision
): FeatureCollection<Geometry, { kind: BorderKind }> {
  const collection = simplified.objects.countries;
  const landBorders: MultiLineString = mesh(simplified, collection as never, (a, b) => keyOf(a) !== keyOf(b));
  const focusOutline: MultiLineString = mesh(
    simplified,
    collection as never,
    (a, b) => (a === b || keyOf(a) !== keyOf(b)) && (names.focus.includes(keyOf(a)) || names.focus.includes(keyOf(b)))
  );
  // Within 0.02° (about 2 km): the border arcs and Natural Earth's lines are the same 1:10m source.
  const { international, disputed } = splitByDispute(linesOf(landBorders), inputs.disputedBoundaries, 0.02);
  return featureCollection([
    ...borderFeature('international', international, decimals),
    ...borderFeature('disputed', disputed, decimals),
    ...borderFeature('claim', inputs.claims, decimals),
    ...borderFeature('focus-outline', linesOf(focusOutline), decimals)
  ]);
}

/** Simplifies once and builds both the countries and the borders of one level of detail. */
export function buildCountryLevel(
  topology: CountriesTopology,
  names: CountryNames,
  englishNames: Map<string, string>,
  borderInputs: BorderInputs,
  level: LevelOfDetail
) {
  const simplified = simplifyTopology(topology, level.simplify);
  return {
    countries: buildCountryPolygons(simplified, names, englishNames, level.decimals),
    borders: buildBorders(simplified, names, borderInputs, level.decimals)
  };
}
