// The basemap archive's reader on any static host: by Range where the host honours it, whole where it answers a
// Range request with the whole file (a 200), as Python's http.server does.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { PMTiles } from 'pmtiles';
import { ArchiveSource, archiveOf } from '../../src/lib/map/layers/archive-protocol';
import { BASEMAP_ARCHIVE } from '../../src/lib/data/files';
import { byteRange } from '../support/static-server.js';

const ARCHIVE = readFileSync(new URL(`../../static/${BASEMAP_ARCHIVE.path}`, import.meta.url));
const URL_ = 'http://host.test/data/basemap.pmtiles';

/** A host over the committed archive: `honoursRange` answers Range with 206, otherwise with the whole file. */
function host(honoursRange: boolean) {
  const calls: { range: string | null; status: number }[] = [];
  const fetch = vi.fn(async (_url: string, init?: RequestInit) => {
    const range = new Headers(init?.headers).get('range');
    const part = honoursRange ? byteRange(range ?? undefined, ARCHIVE.length) : null;
    if (part && part !== 'unsatisfiable') {
      calls.push({ range, status: 206 });
      return new Response(ARCHIVE.subarray(part.start, part.end + 1), { status: 206 });
    }
    calls.push({ range, status: 200 });
    return new Response(ARCHIVE, { status: 200 });
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('the basemap archive on any static host', () => {
  it('reads tiles by Range where the host honours it', async () => {
    const calls = host(true);
    const archive = new PMTiles(new ArchiveSource(URL_));
    const header = await archive.getHeader();
    const tile = await archive.getZxy(3, 5, 2);
    expect(header.maxZoom).toBe(BASEMAP_ARCHIVE.maxzoom);
    expect(tile?.data.byteLength).toBeGreaterThan(1000);
    expect(calls.every((c) => c.status === 206)).toBe(true);
    expect(calls.length).toBeGreaterThan(1);
  });

  it('reads the same tiles from one whole download where the host ignores Range', async () => {
    host(true);
    const expected = await new PMTiles(new ArchiveSource(URL_)).getZxy(3, 5, 2);
    const calls = host(false);
    const archive = new PMTiles(new ArchiveSource(URL_));
    const tiles = await Promise.all([archive.getZxy(3, 5, 2), archive.getZxy(4, 11, 5), archive.getZxy(2, 2, 1)]);
    expect(new Uint8Array(tiles[0]!.data)).toEqual(new Uint8Array(expected!.data));
    expect(tiles.every((t) => t && t.data.byteLength > 0)).toBe(true);
    // The header's request got the whole file; every later read was a slice of it.
    expect(calls).toHaveLength(1);
  });

  it('fails a read the host refuses, and asks again on the next', async () => {
    const failing = vi.fn(async () => new Response('no', { status: 503, statusText: 'Service Unavailable' }));
    vi.stubGlobal('fetch', failing);
    const source = new ArchiveSource(URL_);
    await expect(source.getBytes(0, 100)).rejects.toThrow('503');
    await expect(source.getBytes(0, 100)).rejects.toThrow('503');
    expect(failing).toHaveBeenCalledTimes(2);
  });

  it('finds the archive in the protocol’s TileJSON and tile URLs', () => {
    expect(archiveOf(`pmtiles://${URL_}`)).toBe(URL_);
    expect(archiveOf(`pmtiles://${URL_}?retry=12/3/5/2`)).toBe(`${URL_}?retry=12`);
    expect(archiveOf(`pmtiles://${URL_}/3/5/2`)).toBe(URL_);
  });
});
