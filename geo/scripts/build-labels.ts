// Point labels: the countries, the cities the story needs, the physical features and the seas.
import { area } from '@turf/turf';
import polylabel from 'polylabel';
import type { Feature, FeatureCollection, Geometry, Point, Polygon, Position } from 'geojson';
import { DATA_EXTENT, containsPoint } from '../../src/lib/data/extent';
import { featureCollection, roundGeometry } from '../lib/geometry';
import type { Places } from '../lib/natural-earth';
import type { CountryProperties, LabelProperties } from '../../src/lib/data/basemap';
import type { PhysicalFeatureSource } from './build-physical';
import { LANGS, fromNullableColumns, toColumns, type Lang, type Localized } from '../../src/lib/data/langs';

export interface PlacesConfig {
  story: { name: string; adm0: string; rank: number }[];
  /** Places missing from Natural Earth, by the id of their network point (geo/sources/authored/network). */
  extra: { point: string; rank: number }[];
  /** Per language, names that replace Natural Earth's (its `NAME_<LANG>`), by Natural Earth's NAME. */
  overrides: Record<Lang, Record<string, string>>;
}

/** A place's name in one language as Natural Earth writes it (`NAME_ZH`, `NAME_EN`, `NAME_RU` …), if it has one. */
const naturalEarthName = (place: Places['features'][number]['properties'], lang: Lang): string | null =>
  (place as unknown as Record<string, string | null>)[`NAME_${lang.toUpperCase()}`] ?? null;

export interface SeaLabel extends Localized {
  point: [number, number];
}

const DECIMALS = 4;
/** Countries larger than this (km²) get their label a zoom level earlier. */
const LARGE_COUNTRY_KM2 = 400_000;
/** Smaller territories (Siachen, Vatican, Monaco …) get no label: at this map's scale it would only clutter. */
const LABELLED_COUNTRY_MIN_KM2 = 5_000;

function pointFeature(coordinates: Position, properties: LabelProperties): Feature<Point, LabelProperties> {
  return { type: 'Feature', properties, geometry: roundGeometry({ type: 'Point', coordinates }, DECIMALS) as Point };
}

function largestPolygon(geometry: Geometry): Polygon {
  if (geometry.type === 'Polygon') return geometry;
  if (geometry.type !== 'MultiPolygon') throw new Error(`expected a polygon, got ${geometry.type}`);
  const polygons: Polygon[] = geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  return polygons.reduce((a, b) => (area(a) >= area(b) ? a : b));
}

/**
 * The label point of a country: the pole of inaccessibility of its largest polygon (the inside point farthest
 * from any edge), so that the label of a narrow or bent country (Vietnam, Chile-like shapes) sits well inside it.
 */
export function countryLabelPoint(geometry: Geometry): Position {
  const polygon = largestPolygon(geometry);
  // Precision in degrees: a tenth of a degree is finer than a label.
  return polylabel(polygon.coordinates as [number, number][][], 0.1);
}

export function buildCountryLabels(
  countries: FeatureCollection<Geometry, CountryProperties>,
  focusLabelPoints: Record<string, [number, number]>
): Feature<Point, LabelProperties>[] {
  return countries.features.flatMap((country) => {
    const { iso3, focus } = country.properties;
    const name = fromNullableColumns('name', country.properties);
    if (!iso3 || !name) return [];
    const km2 = area(country) / 1e6;
    if (!focus && km2 < LABELLED_COUNTRY_MIN_KM2) return [];
    const large = km2 > LARGE_COUNTRY_KM2;
    const point = focusLabelPoints[iso3] ?? countryLabelPoint(country.geometry);
    const rank = focus ? 1 : large ? 2 : 3;
    return pointFeature(point, { kind: 'country', ...toColumns('name', name), rank, iso3, focus });
  });
}

/**
 * The story's cities and every national capital, named in each language by Natural Earth or an override;
 * `normalize` fixes a language's Natural Earth names (Chinese into simplified characters).
 */
export function buildCityLabels(
  places: Places,
  config: PlacesConfig,
  normalize: Partial<Record<Lang, (text: string) => string>>,
  pointById: (id: string) => { name: Localized; iso3: string; coord: Position } | undefined
): Feature<Point, LabelProperties>[] {
  const storyRank = new Map(config.story.map((s) => [`${s.name}|${s.adm0}`, s.rank]));
  const found = new Set<string>();
  const labels: Feature<Point, LabelProperties>[] = [];
  for (const place of places.features) {
    const p = place.properties;
    const key = `${p.NAME}|${p.ADM0_A3}`;
    const capital = p.FEATURECLA.startsWith('Admin-0 capital');
    const rank = storyRank.get(key) ?? (capital ? (p.SCALERANK <= 1 ? 2 : 3) : undefined);
    if (rank === undefined || !containsPoint(DATA_EXTENT, place.geometry.coordinates as [number, number])) continue;
    const name = Object.fromEntries(
      LANGS.map((lang) => {
        const own = naturalEarthName(p, lang);
        const text = config.overrides[lang][p.NAME] ?? (own ? (normalize[lang]?.(own) ?? own) : null);
        if (!text) throw new Error(`No ${lang} name for ${p.NAME} (${p.ADM0_A3}): add an override in places.json`);
        return [lang, text];
      })
    ) as Localized;
    found.add(key);
    const properties = { kind: 'city', ...toColumns('name', name), rank, iso3: p.ADM0_A3, capital } as const;
    labels.push(pointFeature(place.geometry.coordinates, properties));
  }
  const missing = config.story.filter((s) => !found.has(`${s.name}|${s.adm0}`)).map((s) => s.name);
  if (missing.length) throw new Error(`Story places not found in Natural Earth: ${missing.join(', ')}`);
  for (const extra of config.extra) {
    const point = pointById(extra.point);
    if (!point) throw new Error(`places.json names an unknown network point "${extra.point}"`);
    const { name, iso3: adm0, coord } = point;
    const { rank } = extra;
    labels.push(pointFeature(coord, { kind: 'city', ...toColumns('name', name), rank, iso3: adm0, capital: false }));
  }
  return labels;
}

/** The article's named features, rivers included: a point label shows at every zoom, a line label may not. */
export function buildPhysicalLabels(sources: PhysicalFeatureSource[]): Feature<Point, LabelProperties>[] {
  return sources.map((s) =>
    pointFeature(s.labelPoint, {
      kind: 'physical',
      id: s.id,
      ...toColumns('name', s.name),
      rank: 2,
      physical: s.kind
    })
  );
}

export function buildSeaLabels(seas: SeaLabel[]): Feature<Point, LabelProperties>[] {
  return seas.map((sea) => pointFeature(sea.point, { kind: 'sea', ...toColumns('name', sea), rank: 2 }));
}

/** All point labels, most important first (MapLibre places earlier features first when sort keys tie). */
export function buildLabels(groups: Feature<Point, LabelProperties>[][]): FeatureCollection<Point, LabelProperties> {
  const all = groups.flat();
  return featureCollection(all.sort((a, b) => a.properties.rank - b.properties.rank));
}
