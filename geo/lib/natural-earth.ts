// The attributes of the Natural Earth layers the build reads (geo/sources/naturalearth), as far as it reads
// them: one declaration per layer, so every step that takes a layer agrees on its shape.
import type { FeatureCollection, Geometry, Point } from 'geojson';

/** ne_10m_populated_places (its names in each language, `NAME_<LANG>`, are read by build-labels.ts). */
export interface NaturalEarthPlace {
  NAME: string;
  NAME_EN: string;
  NAME_ZH: string | null;
  NAME_RU: string | null;
  ADM0_A3: string;
  FEATURECLA: string;
  SCALERANK: number;
}

/** ne_10m_lakes and ne_10m_rivers_lake_centerlines. */
export interface NaturalEarthWater {
  name: string | null;
  scalerank: number;
  featurecla: string;
}

/** ne_50m_admin_0_countries. */
export interface NaturalEarthCountry {
  NAME: string;
  ADM0_A3: string;
}

/** ne_10m_geography_regions_polys. */
export interface NaturalEarthRegion {
  name: string;
}

/** ne_10m_admin_0_boundary_lines_land and ne_10m_admin_0_boundary_lines_disputed_areas. */
export interface NaturalEarthBoundary {
  featurecla: string;
}

export type Places = FeatureCollection<Point, NaturalEarthPlace>;
export type WaterLayer = FeatureCollection<Geometry, NaturalEarthWater>;
