// The basemap's vector-tile archive, read back with the `pmtiles` package (the reader the page uses) and decoded
// with @mapbox/vector-tile: our PMTiles writer against the spec's own reader, and the tiles against the data.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type Source } from 'pmtiles';
import { PROJECT_ROOT } from '../../geo/build';
import { writeArchive, type ArchiveTile } from '../../geo/lib/pmtiles-writer';
import { tileOf, tilesCovering } from '../../geo/lib/tiles';
import { BASEMAP_ARCHIVE } from '../../src/lib/data/files';
import { DATA_EXTENT, DETAIL_MIN_ZOOM, DETAIL_REGION, FOCUS_COUNTRIES } from '../../src/lib/data/extent';

/** A PMTiles source over bytes in memory, counting the requests a browser would send. */
function memorySource(bytes: Uint8Array) {
  const requests: [number, number][] = [];
  const source: Source = {
    getKey: () => 'memory',
    getBytes: async (offset, length) => {
      requests.push([offset, length]);
      return { data: Uint8Array.from(bytes.subarray(offset, offset + length)).buffer };
    }
  };
  return { source, requests };
}

const archive = new Uint8Array(readFileSync(join(PROJECT_ROOT, 'static', BASEMAP_ARCHIVE.path)));

async function tileAt(z: number, x: number, y: number): Promise<VectorTile | null> {
  // The reader hands back the tile decompressed, as the page's protocol hands it to MapLibre.
  const found = await new PMTiles(memorySource(archive).source).getZxy(z, x, y);
  if (!found) return null;
  return new VectorTile(new PbfReader(new Uint8Array(found.data)));
}

/** The features of one layer of a tile, with their properties. */
function features(tile: VectorTile, layer: string) {
  const found = tile.layers[layer];
  return found ? Array.from({ length: found.length }, (_, i) => found.feature(i)) : [];
}

const ALMATY: [number, number] = [76.9, 43.25];
/** Vorukh, a Tajik exclave inside Kyrgyzstan in the Fergana Valley, drawn only at full 1:10m detail. */
const VORUKH: [number, number] = [70.58, 39.86];

describe('the PMTiles writer', () => {
  const tile = (z: number, x: number, y: number, text: string): ArchiveTile => ({
    z,
    x,
    y,
    data: new TextEncoder().encode(text)
  });
  const options = {
    tileType: 1 as const,
    tileCompression: 1 as const,
    bounds: [-10, -10, 10, 10] as [number, number, number, number],
    center: [0, 0, 1] as [number, number, number],
    metadata: { name: 'test' }
  };

  it('writes an archive the pmtiles reader reads back tile for tile, identical tiles stored once', async () => {
    const tiles = [tile(0, 0, 0, 'world'), tile(1, 0, 0, 'same'), tile(1, 1, 0, 'same'), tile(2, 3, 1, 'other')];
    const bytes = writeArchive(tiles, options);
    const reader = new PMTiles(memorySource(bytes).source);
    const header = await reader.getHeader();
    expect(header.specVersion).toBe(3);
    expect([header.minZoom, header.maxZoom]).toEqual([0, 2]);
    expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual([-10, -10, 10, 10]);
    expect(header.numAddressedTiles).toBe(4);
    expect(header.numTileContents).toBe(3);
    for (const t of tiles) {
      const found = await reader.getZxy(t.z, t.x, t.y);
      expect(new TextDecoder().decode(found!.data), `${t.z}/${t.x}/${t.y}`).toBe(new TextDecoder().decode(t.data));
    }
    expect(await reader.getZxy(2, 0, 0)).toBeUndefined();
    expect(await reader.getMetadata()).toEqual({ name: 'test' });
  });

  it('moves the directory into leaves when the root would not fit in the first 16 KiB', async () => {
    // Scattered tiles of scattered sizes, so that the directory does not compress into the root.
    const tiles: ArchiveTile[] = [];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let x = 0; x < 1024; x++) {
      for (let y = 0; y < 1024; y++)
        if (next() % 16 === 0) tiles.push(tile(10, x, y, `${x}/${y}`.repeat(1 + (next() % 9))));
    }
    const bytes = writeArchive(tiles, options);
    const reader = new PMTiles(memorySource(bytes).source);
    const header = await reader.getHeader();
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(16_384);
    for (const t of [tiles[0], tiles[tiles.length - 1], tiles[1000], tiles[33333]]) {
      expect(new TextDecoder().decode((await reader.getZxy(10, t.x, t.y))!.data)).toBe(
        new TextDecoder().decode(t.data)
      );
    }
  });
});

describe('the basemap archive', () => {
  it('holds gzipped vector tiles from zoom 0 to its deepest level, over the data extent', async () => {
    const header = await new PMTiles(memorySource(archive).source).getHeader();
    expect(header.tileType).toBe(1);
    expect(header.tileCompression).toBe(2);
    expect([header.minZoom, header.maxZoom]).toEqual([0, BASEMAP_ARCHIVE.maxzoom]);
    expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual(DATA_EXTENT);
  });

  it('has every layer the style reads over Central Asia, with the six countries by their codes', async () => {
    const tile = (await tileAt(...tileOf(ALMATY, 3)))!;
    expect(Object.keys(tile.layers).sort()).toEqual([...BASEMAP_ARCHIVE.layers].sort());
    const codes = features(tile, 'countries').map((f) => f.properties.iso3);
    for (const iso3 of FOCUS_COUNTRIES) expect(codes, iso3).toContain(iso3);
    const labels = features(tile, 'labels').map((f) => f.properties.name_en);
    expect(labels).toContain('Almaty');
    expect(features(tile, 'water').some((f) => f.properties.name_en === 'Lake Balkhash')).toBe(true);
  });

  it('switches from the overview to the 1:10m detail at DETAIL_MIN_ZOOM (the Fergana exclaves appear)', async () => {
    const tajikParts = async (z: number) =>
      features((await tileAt(...tileOf(VORUKH, z)))!, 'countries')
        .filter((f) => f.properties.iso3 === 'TJK')
        .reduce((parts, f) => parts + f.loadGeometry().length, 0);
    const overview = await tajikParts(DETAIL_MIN_ZOOM - 1);
    const detail = await tajikParts(DETAIL_MIN_ZOOM);
    expect(detail, `rings of Tajikistan at zoom ${DETAIL_MIN_ZOOM} against ${overview}`).toBeGreaterThan(overview);
  });

  it('keeps every tile within its budget, and a reader needs one request for the header and directory', async () => {
    const { source, requests } = memorySource(archive);
    const reader = new PMTiles(source);
    const header = await reader.getHeader();
    expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(16_384);
    expect(requests).toHaveLength(1);
    const [z, x, y] = tileOf(ALMATY, 3);
    await reader.getZxy(z, x, y);
    expect(requests).toHaveLength(2);
    // The largest tiles are at the deepest zoom over the detail region; every tile's gzipped bytes.
    for (let z = 0; z <= BASEMAP_ARCHIVE.maxzoom; z++) {
      for (const [, x, y] of tilesCovering(DETAIL_REGION, z)) {
        const found = await reader.getZxy(z, x, y);
        // Stored gzipped at level 9, as the geo build writes it.
        const stored = found ? gzipSync(new Uint8Array(found.data), { level: 9 }).length : 0;
        expect(stored, `${z}/${x}/${y}`).toBeLessThanOrEqual(BASEMAP_ARCHIVE.gzipBudgetBytesPerTile);
      }
    }
  });
});
