// Reads the basemap archive (PMTiles) for MapLibre's `pmtiles://` URLs: its TileJSON from the archive's header, and
// each tile by an HTTP Range request, or as a slice of the whole file where the host ignores Range.
// (Tried: the same protocol registered in MapLibre's workers, so that the tiles would not pass through the main
// thread; the first view came no sooner in alternating runs, 6 each: the tiles are asked for when the first frames
// are drawn, which is the main thread's work either way. Not kept.)
import { PMTiles, Protocol, type RangeResponse, type Source } from 'pmtiles';
import type { AddProtocolAction } from 'maplibre-gl';
import { PMTILES_SCHEME } from './pmtiles-scheme';

/**
 * The archive over HTTP, read by Range requests where the host honours them (a 206 with the bytes asked for), and
 * whole where it does not (a 200 with the file: Python's `http.server`, some proxies and buckets): the file is kept
 * and every later read is a slice of it. Which one a host does is learnt from the first answer, the header's.
 */
export class ArchiveSource implements Source {
  #whole: Promise<ArrayBuffer> | null = null;

  constructor(readonly url: string) {}

  getKey(): string {
    return this.url;
  }

  async getBytes(offset: number, length: number, signal?: AbortSignal): Promise<RangeResponse> {
    if (this.#whole) return { data: (await this.#whole).slice(offset, offset + length) };
    const response = await fetch(this.url, { signal, headers: { range: `bytes=${offset}-${offset + length - 1}` } });
    if (response.status === 206) return { data: await response.arrayBuffer() };
    if (response.status !== 200) throw new Error(`${response.status} ${response.statusText}`);
    // The whole file, this once; a failed or cancelled download is forgotten, so the next read asks again.
    const whole = response.arrayBuffer();
    this.#whole = whole;
    whole.catch(() => {
      if (this.#whole === whole) this.#whole = null;
    });
    return { data: (await whole).slice(offset, offset + length) };
  }
}

/** `pmtiles://<archive URL>` (the TileJSON) or `pmtiles://<archive URL>/z/x/y` (a tile): the archive's URL. */
export function archiveOf(url: string): string {
  return url.slice(PMTILES_SCHEME.length + 3).replace(/\/\d+\/\d+\/\d+$/, '');
}

/** The protocol MapLibre calls, with one reader per archive URL (a retry's new URL gets a new one). */
export class ArchiveProtocol {
  #protocol = new Protocol();

  /** The reader of an archive, made on first use. */
  archive(url: string): PMTiles {
    let archive = this.#protocol.get(url);
    if (!archive) {
      archive = new PMTiles(new ArchiveSource(url));
      this.#protocol.add(archive);
    }
    return archive;
  }

  readonly load: AddProtocolAction = (params, abortController) => {
    this.archive(archiveOf(params.url));
    // pmtiles types its answer loosely; it is MapLibre's protocol answer (tile bytes, or the TileJSON).
    return this.#protocol.tilev4(params, abortController) as ReturnType<AddProtocolAction>;
  };
}
