// Typed map context: components inside <MapView> read the live map; anywhere else it throws.
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FilterRegistry } from './filters';

const MAP_CONTEXT = Symbol('silk-road-atlas/map');

export interface MapContext {
  /** The live map. Children of <MapView> render only once it exists, so this never is null for them. */
  readonly map: MapLibreMap;
  /** The reader's filters (layer toggles), laid over every layer that mounts. */
  readonly filters: FilterRegistry;
}

export function setMapContext(context: MapContext): void {
  setContext(MAP_CONTEXT, context);
}

export function getMapContext(): MapContext {
  const context = getContext<MapContext | undefined>(MAP_CONTEXT);
  if (!context) throw new Error('getMapContext() was called outside <MapView>: map layers must be its children.');
  return context;
}
