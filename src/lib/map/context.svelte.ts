// The map context, set by the page: MapView (the map's owner) publishes the live map in it, and every map part
// reads it from here: the layers and interaction inside <MapView>, the export and print beside it.
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { FilterRegistry } from './filters';

const MAP_CONTEXT = Symbol('silk-road-atlas/map');

export class MapContext {
  #map = $state.raw<MapLibreMap | null>(null);
  #failed = $state(false);
  /** The reader's filters (layer toggles), laid over every layer that mounts. */
  readonly filters = new FilterRegistry();

  /** The live map, or null before it loads (and for ever where it cannot be drawn). */
  get current(): MapLibreMap | null {
    return this.#map;
  }

  /** The live map. Children of <MapView> render only once it exists, so this never throws for them. */
  get map(): MapLibreMap {
    if (!this.#map) throw new Error('The map is not ready yet: map layers render only inside <MapView>.');
    return this.#map;
  }

  /** Whether this browser cannot draw the live map (the static picture stands in). */
  get failed(): boolean {
    return this.#failed;
  }

  /** MapView publishes the map once its style has loaded, and null once it is removed. */
  publish(map: MapLibreMap | null): void {
    this.#map = map;
  }

  /** MapView reports that the live map cannot be drawn here. */
  fail(): void {
    this.#failed = true;
  }
}

export function setMapContext(context: MapContext): MapContext {
  return setContext(MAP_CONTEXT, context);
}

export function getMapContext(): MapContext {
  const context = getContext<MapContext | undefined>(MAP_CONTEXT);
  if (!context) throw new Error('getMapContext() was called outside the page that holds the map.');
  return context;
}
