// The committed map data against a fresh build of it (the slow part of the data's checks, in a file of its own so
// that it runs beside data.test.ts), and the byte budgets of what the site ships.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT, buildAll, buildBasemap, buildReliefTiles, loadSources, serialize } from '../../geo/build';
import { gridBounds } from '../../geo/scripts/build-relief';
import { tilesCovering } from '../../geo/lib/tiles';
import { PMTiles } from 'pmtiles';
import {
  BASEMAP_ARCHIVE,
  DATA_FILES,
  FIRST_VIEW_GZIP_BUDGET_BYTES,
  RELIEF_TILES,
  type DataFileKey,
  projectPath
} from '../../src/lib/data/files';
import { REGION_FRAME } from '../../src/lib/data/extent';

const KEYS = Object.keys(DATA_FILES) as DataFileKey[];
const committedText = (key: DataFileKey) => readFileSync(join(PROJECT_ROOT, projectPath(DATA_FILES[key])), 'utf8');

describe('the built data (static/data, geo/output)', () => {
  const sources = loadSources();
  /** The relief tiles as the geo build draws them: built once (about 5 s), read by two tests. */
  let relief: ReturnType<typeof buildReliefTiles> | undefined;
  const freshRelief = () => (relief ??= buildReliefTiles(sources));

  it('is exactly what the geo build makes from geo/sources, the basemap archive included', () => {
    const fresh = buildAll(sources);
    for (const key of KEYS) {
      expect(committedText(key) === serialize(fresh[key]), `${DATA_FILES[key].path} is stale: run npm run geo`).toBe(
        true
      );
    }
    const archive = readFileSync(join(PROJECT_ROOT, 'static', BASEMAP_ARCHIVE.path));
    expect(archive.equals(buildBasemap(fresh)), `${BASEMAP_ARCHIVE.path} is stale: run npm run geo`).toBe(true);
  });

  it('holds the shaded relief exactly as the geo build draws it from ETOPO5, over the grid’s own box', () => {
    const fresh = freshRelief();
    expect(fresh.size).toBeGreaterThan(100);
    for (const [path, png] of fresh) {
      expect(readFileSync(join(PROJECT_ROOT, 'static', path)).equals(png), `${path} is stale: run npm run geo`).toBe(
        true
      );
    }
    expect(gridBounds(sources.relief)).toEqual(RELIEF_TILES.bounds);
  });

  it('keeps every file within its gzipped byte budget, and the first view’s basemap with its relief within 200 KB', async () => {
    for (const key of KEYS) {
      const bytes = gzipSync(committedText(key), { level: 9 }).length;
      expect(bytes, `${DATA_FILES[key].path}: ${bytes} B gzipped`).toBeLessThanOrEqual(DATA_FILES[key].gzipBudgetBytes);
    }
    // The opening frame (zoom ≈ 3.2) reads the archive's first 16 KiB (header and directory) and its zoom-3 tiles,
    // and draws the relief's 1024 px tiles two zooms below the map's: zoom 2.
    const archive = readFileSync(join(PROJECT_ROOT, 'static', BASEMAP_ARCHIVE.path));
    const reader = new PMTiles({
      getKey: () => 'archive',
      getBytes: async (offset, length) => ({ data: Uint8Array.from(archive.subarray(offset, offset + length)).buffer })
    });
    let basemap = 16_384;
    for (const [z, x, y] of tilesCovering(REGION_FRAME, 3)) {
      const tile = await reader.getZxy(z, x, y);
      if (tile) basemap += gzipSync(new Uint8Array(tile.data), { level: 9 }).length;
    }
    expect(basemap).toBeGreaterThan(30_000);
    let relief = 0;
    for (const [z, x, y] of tilesCovering(REGION_FRAME, RELIEF_TILES.minzoom + 1)) {
      relief += readFileSync(
        join(PROJECT_ROOT, 'static', RELIEF_TILES.url.replace('{z}/{x}/{y}', `${z}/${x}/${y}`))
      ).length;
    }
    expect(relief).toBeGreaterThan(5_000);
    expect(basemap + relief, `${basemap} B of basemap, ${relief} B of relief`).toBeLessThanOrEqual(
      FIRST_VIEW_GZIP_BUDGET_BYTES
    );
  });

  it('keeps every relief tile within its budget', () => {
    for (const path of freshRelief().keys()) {
      const bytes = readFileSync(join(PROJECT_ROOT, 'static', path)).length;
      expect(bytes, path).toBeLessThanOrEqual(RELIEF_TILES.gzipBudgetBytesPerTile);
    }
  });
});
