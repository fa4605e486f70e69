// The basemap archive as a MapLibre source. The PMTiles protocol (the `pmtiles` package) reads the archive's header
// and directory once, then each tile in view with an HTTP Range request; MapLibre parses the tiles in its worker.
import type { VectorSourceSpecification } from 'maplibre-gl';
import { dataUrl } from './mount';

/** The URL scheme MapLibre hands to the protocol. */
export const PMTILES_SCHEME = 'pmtiles';

/** The archive at `path` (under static/) as a vector source; `retry` makes a new URL for a fetch after a failure. */
export function basemapSource(path: string, retry?: number): VectorSourceSpecification {
  const url = dataUrl(path) + (retry ? `?retry=${retry}` : '');
  return { type: 'vector', url: `${PMTILES_SCHEME}://${url}`, attribution: '' };
}

/** The archive path a source URL names, without the scheme and a retry's query; null for any other URL. */
export function archivePath(sourceUrl: string | undefined): string | null {
  if (!sourceUrl?.startsWith(`${PMTILES_SCHEME}://`)) return null;
  return new URL(sourceUrl.slice(PMTILES_SCHEME.length + 3)).pathname;
}
