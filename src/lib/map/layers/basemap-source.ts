// The basemap's sources: the archive and the shaded relief. The PMTiles protocol (the `pmtiles` package) reads the archive's header
// and directory once, then each tile in view with an HTTP Range request; MapLibre parses the tiles in its worker.
import type { RasterSourceSpecification, VectorSourceSpecification } from 'maplibre-gl';
import { RELIEF_TILES } from '$lib/data/files';
import { dataUrl } from './mount';

/** The URL scheme MapLibre hands to the protocol. */
export const PMTILES_SCHEME = 'pmtiles';

/** The archive at `path` (under static/) as a vector source; `retry` makes a new URL for a fetch after a failure. */
export function basemapSource(path: string, retry?: number): VectorSourceSpecification {
  const url = dataUrl(path) + (retry ? `?retry=${retry}` : '');
  return { type: 'vector', url: `${PMTILES_SCHEME}://${url}`, attribution: '' };
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
