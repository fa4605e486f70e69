// The committed 1:10m countries, for tests that ask which country a point lies in, or how far from one.
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { kmToOutline } from '../../geo/lib/geometry';
import { DATA_FILES, projectPath } from '../../src/lib/data/files';

export const countries = JSON.parse(
  readFileSync(new URL(`../../${projectPath(DATA_FILES.countriesDetail)}`, import.meta.url), 'utf8')
) as FeatureCollection<
  Polygon | MultiPolygon,
  { iso3: string | null; name_zh: string | null; name_en: string; focus: boolean }
>;

/** ISO codes of the countries containing the point (`context` for unnamed land); usually one, or none at sea. */
export function countriesAt(point: Position): string[] {
  return countries.features.filter((f) => booleanPointInPolygon(point, f)).map((f) => f.properties.iso3 ?? 'context');
}

/** Distance in km from a point to the outline of a country. */
export function kmToCountry(point: Position, iso3: string): number {
  return kmToOutline(point, countries.features.find((f) => f.properties.iso3 === iso3)!.geometry);
}
