// Adds a source (GeoJSON, the basemap archive or the relief's raster tiles) and its layers into a slot, and returns the function that removes them again.
import type {
  GeoJSONSource,
  GeoJSONSourceSpecification,
  LayerSpecification,
  Map as MapLibreMap,
  SourceSpecification
} from 'maplibre-gl';
import type { MapContext } from '../context.svelte';
import { dataUrl } from '$lib/content/urls';
import { slotMarkerId, type Slot } from '../style/base-style';
import { withSharedProgram } from '../style/shared-programs';

/** The property a feature is known by (MapLibre `promoteId`): what a highlight's feature state is set on. */
const FEATURE_ID = 'id';

export function geoJsonSource(path: string): GeoJSONSourceSpecification {
  // By URL, so that MapLibre fetches and parses it in its worker, off the main thread.
  return { type: 'geojson', data: dataUrl(path), attribution: '', promoteId: FEATURE_ID };
}

/** A GeoJSON source with nothing in it yet: its layers (and the highlights over them) can be added at once. */
export function emptyGeoJsonSource(): GeoJSONSourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, attribution: '', promoteId: FEATURE_ID };
}

/** Points a source made by emptyGeoJsonSource at its data file (MapLibre fetches and parses it in its worker). */
export function loadGeoJson(map: MapLibreMap, sourceId: string, path: string): void {
  (map.getSource(sourceId) as GeoJSONSource | undefined)?.setData(dataUrl(path));
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
  for (const layer of layers) map.addLayer(withSharedProgram(filters.register(layer)), slotMarkerId(slot));

  return () => {
    for (const layer of layers) filters.forget(layer.id);
    // The map may already be gone (page teardown removes it first); then there is nothing to undo.
    if (!map.style) return;
    for (const layer of layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    for (const id of Object.keys(sources)) if (map.getSource(id)) map.removeSource(id);
  };
}
