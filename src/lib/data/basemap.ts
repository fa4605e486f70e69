// The schema of the basemap's built files (countries, borders, water, physical, labels; the GeoJSON files and
// the archive's layers of the same names): what the geo build writes and the map's style reads.
import type { FeatureCollection, Geometry, Point } from 'geojson';
import type { LocalizedColumns, NullableLocalizedColumns } from './langs';

/** Names in every language (`name_zh`, `name_en` …); null for context land, which is drawn but not labelled. */
export type CountryProperties = NullableLocalizedColumns<'name'> & {
  /** ISO alpha-3 (Natural Earth ADM0_A3); null for context land outside the story's area. */
  iso3: string | null;
  focus: boolean;
};

export type BorderKind = 'international' | 'disputed' | 'claim' | 'focus-outline';

export interface BorderProperties {
  kind: BorderKind;
}

export type PhysicalKind = 'range' | 'desert' | 'valley' | 'river';

export type PhysicalProperties = LocalizedColumns<'name'> & {
  id: string;
  kind: PhysicalKind;
};

export type WaterProperties = NullableLocalizedColumns<'name'> & {
  kind: 'lake' | 'river';
  /** Natural Earth scalerank: lower is more important (drawn earlier, wider). */
  rank: number;
  /** Named along the line; false where the river is labelled once by a point instead (labels.json). */
  line_label: boolean;
  /** For a river the article names, its id among the physical features (a reader can select it). */
  id?: string;
};

export type LabelKind = 'country' | 'city' | 'physical' | 'sea';

export type LabelProperties = LocalizedColumns<'name'> & {
  kind: LabelKind;
  /** 1 is shown first and from the widest view; higher ranks appear as the reader zooms in. */
  rank: number;
  iso3?: string;
  focus?: boolean;
  capital?: boolean;
  physical?: PhysicalKind;
  /** A physical feature's id (physical.json), so a reader can select it by its label. */
  id?: string;
};

export type CountriesFile = FeatureCollection<Geometry, CountryProperties>;
export type BordersFile = FeatureCollection<Geometry, BorderProperties>;
export type WaterFile = FeatureCollection<Geometry, WaterProperties>;
export type PhysicalFile = FeatureCollection<Geometry, PhysicalProperties>;
export type LabelsFile = FeatureCollection<Point, LabelProperties>;
