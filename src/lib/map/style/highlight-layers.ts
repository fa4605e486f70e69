// The selection, hover and emphasis highlights (MapLibre: feature state on the features that carry the chosen
// `id`, read by one line or circle layer per feature set): a yellow halo under a route or around a point, a heavy
// outline round a country. Choosing something sets a state on its features (`highlightTargets`); no filter
// changes, so no tile is parsed again: a setFilter on the basemap's highlight used to re-tile the whole archive
// source (labels and all) in the worker for every hover.
// A highlight layer with no state to show is hidden, not just transparent: MapLibre skips a hidden layer
// altogether, where a visible line layer costs every frame its features' drawing and a redraw of the tile
// clipping masks of its source (a full-screen stencil pass in software WebGL; see docs/performance.md).
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { fromBasemap } from './basemap-layers';
import { HIGHLIGHT_LAYER_PREFIX } from './layer-ids';
import { NETWORK_SOURCE_IDS } from './source-ids';
import { iso3OfCountryId } from '$lib/data/catalog';
import { HIGHLIGHT } from '$lib/data/palette';

/** The reader's selection, what the pointer is over, and what the story or the timeline lights; first wins. */
export const HIGHLIGHT_KINDS = ['selected', 'hover', 'emphasis'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

const OPACITY: Record<HighlightKind, number> = { selected: 0.85, hover: 0.6, emphasis: 0.75 };

/**
 * Where the features that carry the `id` a selection names are: the network's sources, and the landforms and named
 * rivers in the basemap archive. Each is a feature set by name (the source's id, or the archive layer's name).
 */
const FEATURE_SETS = {
  [NETWORK_SOURCE_IDS.pipeline]: { source: NETWORK_SOURCE_IDS.pipeline },
  [NETWORK_SOURCE_IDS.rail]: { source: NETWORK_SOURCE_IDS.rail },
  [NETWORK_SOURCE_IDS.projects]: { source: NETWORK_SOURCE_IDS.projects },
  physical: fromBasemap('physical'),
  water: fromBasemap('water')
} as const;
type FeatureSet = keyof typeof FEATURE_SETS;
const COUNTRIES = fromBasemap('countries');

/**
 * The property each basemap layer's features are known by (MapLibre `promoteId`): a feature's `id`, a country's
 * ISO code. The network's GeoJSON sources promote `id` (mount.ts).
 */
export const BASEMAP_PROMOTE_ID = { physical: 'id', water: 'id', countries: 'iso3' } as const;

/** A value by the highlight a feature has (selected over hover over emphasis), `none` without one. */
function byState<T>(values: Record<HighlightKind, T>, none: T): ExpressionSpecification {
  const cases = HIGHLIGHT_KINDS.flatMap((kind) => [['boolean', ['feature-state', kind], false], values[kind]]);
  return ['case', ...cases, none] as unknown as ExpressionSpecification;
}
const colour = byState(HIGHLIGHT, HIGHLIGHT.selected);
const opacity = (scale = 1) =>
  byState(Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, OPACITY[k] * scale])) as Record<HighlightKind, number>, 0);

export interface HighlightLayer {
  layer: LayerSpecification;
  /** The feature set it draws from (none for the country outline, which draws countries by ISO code). */
  set?: FeatureSet;
}

/** One layer per feature set (and the country outline and the points' ring), hidden until something is chosen. */
export function highlightLayers(): HighlightLayer[] {
  const lines = (Object.keys(FEATURE_SETS) as FeatureSet[]).map((set): HighlightLayer => ({
    set,
    layer: {
      id: `${HIGHLIGHT_LAYER_PREFIX}line-${set}`,
      type: 'line',
      ...FEATURE_SETS[set],
      // Only what can be chosen: the features without an id are never lit, so they are not drawn at all.
      filter: ['has', 'id'],
      layout: { 'line-join': 'round', 'line-cap': 'round', visibility: 'none' },
      paint: {
        'line-color': colour,
        'line-opacity': opacity(),
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 7, 9, 16]
      }
    }
  }));
  return [
    {
      layer: {
        id: `${HIGHLIGHT_LAYER_PREFIX}country`,
        type: 'line',
        ...COUNTRIES,
        filter: ['has', 'iso3'],
        layout: { 'line-join': 'round', visibility: 'none' },
        paint: { 'line-color': colour, 'line-opacity': opacity(), 'line-width': 4 }
      }
    },
    ...lines,
    {
      set: NETWORK_SOURCE_IDS.projects,
      layer: {
        id: `${HIGHLIGHT_LAYER_PREFIX}point`,
        type: 'circle',
        source: NETWORK_SOURCE_IDS.projects,
        filter: ['all', ['==', ['geometry-type'], 'Point'], ['has', 'id']],
        layout: { visibility: 'none' },
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 12, 9, 20],
          'circle-color': colour,
          'circle-opacity': opacity(0.7),
          'circle-stroke-color': colour,
          'circle-stroke-opacity': byState({ selected: 1, hover: 1, emphasis: 1 }, 0),
          'circle-stroke-width': 2
        }
      }
    }
  ];
}

/** A chosen thing's key in its layers: a country's ISO code (id `country-kaz` is KAZ), a feature's id otherwise. */
function keyOf(id: string): { country: boolean; key: string } {
  const iso3 = iso3OfCountryId(id);
  return iso3 ? { country: true, key: iso3 } : { country: false, key: id };
}

/**
 * The feature sets that draw a thing, by the layer its list item names (`pipeline`, `changan`, … `physical`); null
 * when not known, and then every set is asked. Landforms are outlines, except the Amu Darya, a river.
 */
const SOURCES_OF_ITEM_LAYER: Record<string, readonly FeatureSet[]> = {
  pipeline: [NETWORK_SOURCE_IDS.pipeline],
  changan: [NETWORK_SOURCE_IDS.rail],
  'other-trains': [NETWORK_SOURCE_IDS.rail],
  projects: [NETWORK_SOURCE_IDS.projects],
  places: [NETWORK_SOURCE_IDS.projects],
  physical: ['physical', 'water']
};

export function sourcesOfItemLayer(itemLayer: string | undefined): readonly FeatureSet[] | null {
  return (itemLayer && SOURCES_OF_ITEM_LAYER[itemLayer]) || null;
}

type SourcesOf = (id: string) => readonly FeatureSet[] | null;
const ANY_SOURCE: SourcesOf = () => null;
const asList = (chosen: string | readonly string[] | null): readonly string[] =>
  chosen === null ? [] : typeof chosen === 'string' ? [chosen] : chosen;

/**
 * Whether a highlight layer has anything to show for these chosen things (hidden otherwise): the country outline
 * for a country, a feature layer for a feature its source may hold (`sourcesOf` says which sources do).
 */
export function highlightShows(
  highlight: HighlightLayer,
  chosen: string | readonly string[] | null,
  sourcesOf: SourcesOf = ANY_SOURCE
): boolean {
  return asList(chosen).some((id) => {
    const { country } = keyOf(id);
    if (highlight.set === undefined) return country;
    if (country) return false;
    const sets = sourcesOf(id);
    return sets === null || sets.includes(highlight.set);
  });
}

/** A feature (or every feature sharing its id) as MapLibre's setFeatureState names it. */
export interface FeatureTarget {
  source: string;
  sourceLayer?: string;
  id: string;
}

/** The features whose state lights these chosen things: each in every feature set that may draw it. */
export function highlightTargets(
  chosen: string | readonly string[] | null,
  sourcesOf: SourcesOf = ANY_SOURCE
): FeatureTarget[] {
  const target = (where: { source: string; 'source-layer'?: string }, id: string): FeatureTarget => ({
    source: where.source,
    ...(where['source-layer'] ? { sourceLayer: where['source-layer'] } : {}),
    id
  });
  return asList(chosen).flatMap((id) => {
    const { country, key } = keyOf(id);
    if (country) return [target(COUNTRIES, key)];
    const sets = sourcesOf(id) ?? (Object.keys(FEATURE_SETS) as FeatureSet[]);
    return sets.map((set) => target(FEATURE_SETS[set], key));
  });
}
