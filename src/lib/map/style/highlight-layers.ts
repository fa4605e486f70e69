// The selection and hover highlights (MapLibre: line and circle layers filtered by feature id): a yellow halo
// under a route or around a point, a heavy outline round a country. Their filters change with the selection.
// A highlight layer with nothing to show is hidden, not just filtered empty: MapLibre skips a hidden layer
// altogether, where an empty line layer still costs every frame a redraw of the tile clipping masks of its
// source (a full-screen stencil pass in software WebGL; see the Performance notes in the README).
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { fromBasemap } from './basemap-layers';
import { NETWORK_SOURCE_IDS } from './network-layers';
import { HIGHLIGHT } from '$lib/data/palette';

/** The reader's selection, what the pointer is over, and what the story or the timeline lights. */
export type HighlightKind = 'selected' | 'hover' | 'emphasis';

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

/** Matches nothing until a feature is chosen. */
export const byId = (id: string | null): ExpressionSpecification => ['==', ['get', 'id'], id ?? ''];
export const byIso3 = (iso3: string | null): ExpressionSpecification => [
  '==',
  ['coalesce', ['get', 'iso3'], ''],
  iso3 ?? '-'
];

export interface HighlightLayer {
  layer: LayerSpecification;
  /** How the layer's filter names the chosen thing: by feature id, or by country code. */
  key: 'id' | 'iso3';
  /** The feature set it draws from (none for the country outline). */
  set?: FeatureSet;
}

export function highlightLayers(kind: HighlightKind): HighlightLayer[] {
  const colour = HIGHLIGHT[kind];
  const opacity = kind === 'selected' ? 0.85 : kind === 'emphasis' ? 0.75 : 0.6;
  const lines = (Object.keys(FEATURE_SETS) as FeatureSet[]).map((set): HighlightLayer => ({
    key: 'id',
    set,
    layer: {
      id: `lyr-${kind}-line-${set}`,
      type: 'line',
      ...FEATURE_SETS[set],
      filter: byId(null),
      layout: { 'line-join': 'round', 'line-cap': 'round', visibility: 'none' },
      paint: {
        'line-color': colour,
        'line-opacity': opacity,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 7, 9, 16]
      }
    }
  }));
  return [
    {
      key: 'iso3',
      layer: {
        id: `lyr-${kind}-country`,
        type: 'line',
        ...fromBasemap('countries'),
        filter: byIso3(null),
        layout: { 'line-join': 'round', visibility: 'none' },
        paint: { 'line-color': colour, 'line-opacity': opacity, 'line-width': 4 }
      }
    },
    ...lines,
    {
      key: 'id',
      set: NETWORK_SOURCE_IDS.projects,
      layer: {
        id: `lyr-${kind}-point`,
        type: 'circle',
        source: NETWORK_SOURCE_IDS.projects,
        filter: ['all', ['==', ['geometry-type'], 'Point'], byId(null)],
        layout: { visibility: 'none' },
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 12, 9, 20],
          'circle-color': colour,
          'circle-opacity': opacity * 0.7,
          'circle-stroke-color': colour,
          'circle-stroke-width': 2
        }
      }
    }
  ];
}

const COUNTRY_PREFIX = 'country-';

/** The chosen things one highlight layer can show: country codes for a country outline, feature ids otherwise. */
function chosenKeys(highlight: HighlightLayer, chosen: string | readonly string[] | null): string[] {
  const ids = chosen === null ? [] : typeof chosen === 'string' ? [chosen] : chosen;
  if (highlight.key === 'iso3') {
    return ids.filter((id) => id.startsWith(COUNTRY_PREFIX)).map((id) => id.slice(COUNTRY_PREFIX.length).toUpperCase());
  }
  return ids.filter((id) => !id.startsWith(COUNTRY_PREFIX));
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

/**
 * Whether a highlight layer has anything to show for these chosen things (hidden otherwise): a country outline
 * for a country, a feature layer for a feature its source may hold (`sourcesOf` says which sources do).
 */
export function highlightShows(
  highlight: HighlightLayer,
  chosen: string | readonly string[] | null,
  sourcesOf: (id: string) => readonly FeatureSet[] | null = () => null
): boolean {
  return chosenKeys(highlight, chosen).some((key) => {
    if (highlight.key === 'iso3') return true;
    const sets = sourcesOf(key);
    return sets === null || (highlight.set !== undefined && sets.includes(highlight.set));
  });
}

/** The filter that shows the chosen things (id `country-kaz` is the country KAZ) in one highlight layer. */
export function highlightFilter(
  highlight: HighlightLayer,
  chosen: string | readonly string[] | null
): ExpressionSpecification {
  const keys = chosenKeys(highlight, chosen);
  if (highlight.key === 'iso3') {
    return keys.length <= 1 ? byIso3(keys[0] ?? null) : ['in', ['coalesce', ['get', 'iso3'], ''], ['literal', keys]];
  }
  const filter: ExpressionSpecification =
    keys.length <= 1 ? byId(keys[0] ?? null) : ['in', ['get', 'id'], ['literal', keys]];
  return highlight.layer.type === 'circle' ? ['all', ['==', ['geometry-type'], 'Point'], filter] : filter;
}
