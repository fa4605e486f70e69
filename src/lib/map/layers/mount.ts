// Adds a source (GeoJSON, or the relief's raster tiles) and its layers into a slot, and returns the function that removes them again.
import type {
  GeoJSONSourceSpecification,
  LayerSpecification,
  Map as MapLibreMap,
  SourceSpecification
} from 'maplibre-gl';
import { base } from '$app/paths';
import type { MapContext } from '../context';
import { slotMarkerId, type Slot } from '../style/base-style';

/** Absolute URL of a data file under static/, respecting the site's base path. */
export function dataUrl(path: string): string {
  return new URL(`${base}/${path}`, window.location.href).href;
}

export function geoJsonSource(path: string): GeoJSONSourceSpecification {
  // By URL, so that MapLibre fetches and parses it in its worker, off the main thread.
  return { type: 'geojson', data: dataUrl(path), attribution: '' };
}

export function mountLayers(
  { map, filters }: MapContext,
  sources: Record<string, SourceSpecification>,
  layers: LayerSpecification[],
  slot: Slot
): () => void {
  for (const [id, spec] of Object.entries(sources)) {
    if (!map.getSource(id)) map.addSource(id, spec);
  }
  for (const layer of layers) map.addLayer(filters.register(layer), slotMarkerId(slot));

  return () => {
    for (const layer of layers) filters.forget(layer.id);
    // The map may already be gone (page teardown removes it first); then there is nothing to undo.
    if (!map.style) return;
    for (const layer of layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    for (const id of Object.keys(sources)) if (map.getSource(id)) map.removeSource(id);
  };
}

/**
 * Runs `mount` once the map first reaches `zoom` (now, if it already has), for data that only matters
 * zoomed in. Returns a cleanup that stops waiting and undoes the mount.
 */
export function mountFromZoom(map: MapLibreMap, zoom: number, mount: () => () => void): () => void {
  let unmount: (() => void) | null = null;
  const check = () => {
    if (unmount || map.getZoom() < zoom) return;
    unmount = mount();
    map.off('zoom', check);
  };
  map.on('zoom', check);
  check();
  return () => {
    map.off('zoom', check);
    unmount?.();
  };
}
