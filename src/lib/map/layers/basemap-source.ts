// The basemap's sources: the archive and the shaded relief. The archive's protocol (archive-protocol.ts) reads its
// header and directory once, then each tile in view with an HTTP Range request (or slices the whole file, where the
// host ignores Range), in the worker that parses the tile.
import type { RasterSourceSpecification, VectorSourceSpecification } from 'maplibre-gl';
import { BASEMAP_ARCHIVE, RELIEF_TILES } from '$lib/data/files';
import { dataUrl } from '$lib/content/urls';
import { PMTILES_SCHEME } from './pmtiles-scheme';
import { BASEMAP_PROMOTE_ID } from '../style/highlight-layers';

/** The archive's URL, the protocol's key for it; `retry` makes a new URL for a fetch after a failure. */
export function archiveUrl(retry?: number): string {
  return dataUrl(BASEMAP_ARCHIVE.path) + (retry ? `?retry=${retry}` : '');
}

/**
 * The archive as a vector source. MapLibre asks the protocol for its TileJSON, which the protocol makes from the
 * archive's header: fetched before the map exists (MapView), so this costs no round trip on the first view.
 */
export function basemapSource(retry?: number): VectorSourceSpecification {
  return {
    type: 'vector',
    url: `${PMTILES_SCHEME}://${archiveUrl(retry)}`,
    attribution: '',
    promoteId: { ...BASEMAP_PROMOTE_ID }
  };
}

/** The shaded relief (ETOPO5) as raster tiles of our own PNGs, drawn over the country tints. */
export function reliefSource(): RasterSourceSpecification {
  return {
    type: 'raster',
    // dataUrl would encode the braces of the template; the tile path is joined to the data folder instead.
    tiles: [`${dataUrl(RELIEF_TILES.url.split('{')[0])}{z}/{x}/{y}.png`],
    tileSize: RELIEF_TILES.tileSize,
    minzoom: RELIEF_TILES.minzoom,
    maxzoom: RELIEF_TILES.maxzoom,
    bounds: RELIEF_TILES.bounds,
    attribution: ''
  };
}

/** The archive path a source URL names, without the scheme and a retry's query; null for any other URL. */
export function archivePath(sourceUrl: string | undefined): string | null {
  if (!sourceUrl?.startsWith(`${PMTILES_SCHEME}://`)) return null;
  return new URL(sourceUrl.slice(PMTILES_SCHEME.length + 3)).pathname;
}
