// The ids of the map's style layers (MapLibre style spec: layers), one place for each: the style builders that make
// the layers, and the legend, the pointer, the filters and the tests that name them, all read them from here, so a
// renamed layer cannot leave a query or a filter pointing at nothing (MapLibre only logs an unknown layer id).
// Their values are kebab-case with the `lyr-` prefix; they are what the test handle and the e2e tests query.

/** Every layer id, grouped by what the layers draw, roughly bottom to top. */
export const LAYER = {
  /** The style's background: the sea, under everything. */
  sea: 'sea',
  /** The basemap archive's countries. */
  countries: {
    /** Every country in the same muted land. */
    fill: 'lyr-countries-fill',
    /** The six countries' own tints over it; the legend hides each, the timeline shows each once it has signed. */
    focus: 'lyr-countries-focus'
  },
  /** The shaded relief (ETOPO5) over the tints. */
  relief: 'lyr-relief',
  /** Landform outlines (ranges, deserts, valleys): a faint tint and a dashed edge. */
  physical: {
    fill: 'lyr-physical-fill',
    outline: 'lyr-physical-outline'
  },
  water: {
    rivers: 'lyr-rivers',
    lakes: 'lyr-lakes',
    /** A lake's shore as a line of its own. */
    lakeShores: 'lyr-lake-shores'
  },
  borders: {
    international: 'lyr-borders-international',
    disputed: 'lyr-borders-disputed',
    claim: 'lyr-borders-claim',
    /** The outline round the six countries. */
    focus: 'lyr-borders-focus'
  },
  /** Names on the basemap; the cities' layers, one per rank, are named by cityLabelLayer. */
  labels: {
    lakes: 'lyr-labels-lake',
    rivers: 'lyr-labels-river',
    seas: 'lyr-labels-sea',
    /** Every country but the six. */
    countries: 'lyr-labels-country',
    /** The six countries, in bold. */
    focusCountries: 'lyr-labels-focus-country',
    /** Ranges, deserts and valleys; also how a click picks a landform. */
    physical: 'lyr-labels-physical'
  },
  /** The gas pipeline (src-pipeline). */
  pipeline: {
    /** The West–East pipeline in China, for context: dashed. */
    context: 'lyr-pipeline-context',
    /** Lines A, B and C: a dark casing under each line. */
    casing: 'lyr-pipeline-casing',
    lines: 'lyr-pipeline-lines',
    /** Line D, under construction: dashed. */
    lineD: 'lyr-pipeline-line-d',
    labels: 'lyr-pipeline-labels'
  },
  /** The trains' routes, by rail and by ferry, and their stations (src-rail). */
  rail: {
    lines: 'lyr-rail-lines',
    /** The white hatching over the lines that makes a railway read as one. */
    hatching: 'lyr-rail-hatching',
    ferry: 'lyr-rail-ferry',
    stations: 'lyr-rail-stations',
    stationLabels: 'lyr-rail-station-labels',
    /** The routes' names along their lines. */
    labels: 'lyr-rail-labels'
  },
  /** The projects' own lines and points (src-projects). */
  projects: {
    road: 'lyr-project-road',
    railway: 'lyr-project-railway',
    tunnel: 'lyr-project-tunnel',
    /** Each project's icon with its name. */
    icons: 'lyr-projects'
  },
  /** The places the story visits (their points are in src-projects too). */
  places: {
    points: 'lyr-places',
    labels: 'lyr-places-labels'
  },
  /** The 2013 journey (src-journey). */
  journey: {
    path: 'lyr-journey-path',
    stops: 'lyr-journey-stops',
    moments: 'lyr-journey-moments',
    momentNumbers: 'lyr-journey-moment-numbers',
    labels: 'lyr-journey-labels'
  }
} as const;

/** The city labels, one layer per rank (1 the largest), each from its own zoom. */
export const cityLabelLayer = (rank: number) => `lyr-labels-city-${rank}`;

/**
 * The start of every highlight layer's id: highlight-layers.ts makes `<prefix>country`, `<prefix>point` and
 * `<prefix>line-<feature set>`, each drawing the selection, the hover and the story's emphasis by feature state.
 */
export const HIGHLIGHT_LAYER_PREFIX = 'lyr-highlight-';

/** The start of the id of each slot's empty marker layer, which keeps the drawing order (base-style.ts). */
export const SLOT_MARKER_PREFIX = 'slot-';
