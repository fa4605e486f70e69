// The ids of the map's sources (MapLibre style spec: sources), one place for each: the style builders, the layer
// components and the tests read them from here. Their values are kebab-case with the `src-` prefix.

/** The story's network: one GeoJSON file each, under the same key in DATA_FILES (files.ts). */
export const NETWORK_SOURCE_IDS = {
  pipeline: 'src-pipeline',
  rail: 'src-rail',
  projects: 'src-projects'
} as const;

export const SOURCE = {
  /** The basemap archive's vector tiles (BASEMAP_ARCHIVE): countries, borders, water, landforms, labels. */
  basemap: 'src-basemap',
  /** The shaded relief's raster tiles (RELIEF_TILES). */
  relief: 'src-relief',
  ...NETWORK_SOURCE_IDS,
  /** The 2013 journey, set by the story. */
  journey: 'src-journey'
} as const;
