import { NATURAL_EARTH_CLIP } from './extent';

/**
 * When the page reads a file: for the first view; once a view shows it (at the latest right after the first view
 * is drawn); when a panel first opens; when the reader downloads the data; only without WebGL; never, because the
 * basemap archive holds the same features (the file is for the data tests and the bench's plain pages); or never,
 * because the app's code bundles it.
 */
export type Loaded =
  'first view' | 'when shown' | 'first panel' | 'download' | 'without WebGL' | 'from the archive' | 'with the code';

/**
 * The data files the geo build writes. The site ships only what a page fetches (under `static/`); the others go to
 * `geo/output/` (committed too: the data tests, the bench and the app's build read them). Each entry carries its
 * byte budget (gzipped), checked by tests so the first view stays light.
 */
export interface DataFile {
  /** Path under its output folder; for a shipped file, also its URL path on the site. */
  path: string;
  loaded: Loaded;
  gzipBudgetBytes: number;
}

/** Where the geo build writes the files the site does not ship. */
export const UNSHIPPED_DIR = 'geo/output';

/** Whether the site ships a file (some page fetches it). */
export const isShipped = (file: DataFile): boolean =>
  file.loaded !== 'from the archive' && file.loaded !== 'with the code';

/** A data file's path in the project: `static/data/rail.json`, `geo/output/data/labels.json`. */
export const projectPath = (file: DataFile): string => `${isShipped(file) ? 'static' : UNSHIPPED_DIR}/${file.path}`;

export const DATA_FILES = {
  /** The map draws the countries and the landforms from the archive; the data download reads these two. */
  countries: { path: 'data/countries.json', loaded: 'download', gzipBudgetBytes: 100_000 },
  countriesDetail: { path: 'data/countries-detail.json', loaded: 'from the archive', gzipBudgetBytes: 220_000 },
  borders: { path: 'data/borders.json', loaded: 'from the archive', gzipBudgetBytes: 40_000 },
  bordersDetail: { path: 'data/borders-detail.json', loaded: 'from the archive', gzipBudgetBytes: 140_000 },
  water: { path: 'data/water.json', loaded: 'from the archive', gzipBudgetBytes: 50_000 },
  physical: { path: 'data/physical.json', loaded: 'download', gzipBudgetBytes: 10_000 },
  labels: { path: 'data/labels.json', loaded: 'from the archive', gzipBudgetBytes: 15_000 },
  pipeline: { path: 'data/pipeline.json', loaded: 'when shown', gzipBudgetBytes: 10_000 },
  /** Every route on its surveyed track, each drawn whole (routes sharing a corridor repeat it). */
  rail: { path: 'data/rail.json', loaded: 'when shown', gzipBudgetBytes: 35_000 },
  projects: { path: 'data/projects.json', loaded: 'first view', gzipBudgetBytes: 10_000 },
  /**
   * Not map data: everything the panels show (features, the six countries, sources), loaded when asked. Its notes
   * come in every language: one file, so a reader who switches language mid-panel waits for nothing. Each source
   * is a reference (publisher, title, date, the publisher's page and the copy read): about 4 KB more than bare
   * links. Russian added about 22 KB (Cyrillic takes two bytes a letter and shares no words with the others): a
   * fourth language would rather split the file by language than raise this again.
   */
  catalog: { path: 'data/catalog.json', loaded: 'first panel', gzipBudgetBytes: 85_000 },
  /** The region as one SVG, shown in place of the live map where a browser cannot draw it (no WebGL 2). */
  /** With the shaded relief inside, as a PNG at a quarter of its size (about 15 KB). */
  staticMap: { path: 'data/static-map.svg', loaded: 'without WebGL', gzipBudgetBytes: 70_000 },
  /** The chapters, the timeline's events, the 2013 journey and the headline figures: bundled into the app's code. */
  story: { path: 'data/story.json', loaded: 'with the code', gzipBudgetBytes: 20_000 }
} as const satisfies Record<string, DataFile>;

export type DataFileKey = keyof typeof DATA_FILES;

/**
 * The shaded relief (ETOPO5): raster tiles `z/x/y.png` under this folder of static/, zooms 1–5. Declared 1024 px
 * (each 256 px tile is drawn four times enlarged, MapLibre asking for tiles a zoom below its own, rounded), so
 * the story's opening view (zoom ≈ 3.2 at 1280 × 800) takes the two zoom-2 tiles over Central Asia (24 KB) rather
 * than a dozen zoom-3 or zoom-4 ones, and zoom 7 gets the full-detail zoom 5. ETOPO5's 9 km grid has no more to
 * give: the enlargement costs no detail the data has.
 */
export const RELIEF_DIR = 'data/relief';
export const RELIEF_TILES = {
  url: `${RELIEF_DIR}/{z}/{x}/{y}.png`,
  minzoom: 1,
  maxzoom: 5,
  tileSize: 1024,
  /** ETOPO5 was cut to the same box as the Natural Earth layers: no tile is asked for outside it. */
  bounds: NATURAL_EARTH_CLIP,
  /** PNG is compressed already: the tile's own bytes, the largest (the Pamir at zoom 5) about 27 KB. */
  gzipBudgetBytesPerTile: 34_000
};

/**
 * The context basemap (countries and borders at two levels of detail, lakes and rivers, landforms, labels) as
 * vector tiles in one PMTiles archive, read tile by tile with HTTP Range requests. Zoom 7 is its deepest level:
 * 75 m a tile unit, finer than the 1:10m data; the map overzooms it to 10. The GeoJSON files of the same layers
 * (above) are written too, to geo/output/: the data tests read them and the bench's plain pages draw them.
 */
export const BASEMAP_ARCHIVE = {
  path: 'data/basemap.pmtiles',
  maxzoom: 7,
  /** Its archive layers, which the style's `source-layer`s name. */
  layers: ['countries', 'borders', 'water', 'physical', 'labels'],
  /** Tiles are gzipped inside the archive (the largest, a zoom-7 tile over the Fergana Valley, about 30 KB). */
  gzipBudgetBytesPerTile: 60_000
} as const;

/** The basemap data loaded before the first map idle (relief included, network excluded), gzipped (≤ 200 KB). */
export const FIRST_VIEW_GZIP_BUDGET_BYTES = 200_000;

/** The story's network (routes, pipeline, projects, places, catalog) together, gzipped (≤ 125 KB; 100 KB before Russian). */
export const NETWORK_FILES = ['pipeline', 'rail', 'projects', 'catalog'] as const;
export const NETWORK_GZIP_BUDGET_BYTES = 125_000;
