// What the service worker saves on the first visit (src/lib/data/offline.ts): everything the first views and the
// story's panels load, and nothing the page never asks for, within a budget a phone on a train can afford.
import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../../geo/build';
import { BASEMAP_ARCHIVE, DATA_FILES, RELIEF_DIR, isShipped } from '../../src/lib/data/files';
import { EXPORTED_FILES } from '../../src/lib/takeaway/export-data';
import { precached } from '../../src/lib/data/offline';

const STATIC = join(PROJECT_ROOT, 'static');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(STATIC, path)];
  });
const staticFiles = walk(STATIC);

/** Saved on the first visit, at most (the app's own code comes on top: about 0.6 MB). */
const PRECACHE_BUDGET_BYTES = 4_000_000;

describe('the files saved for reading offline', () => {
  it('hold the archive, every data file a page fetches, the whole relief, the icons and the manifest', () => {
    expect(precached(BASEMAP_ARCHIVE.path)).toBe(true);
    for (const key of ['pipeline', 'rail', 'projects', 'catalog', 'staticMap'] as const)
      expect(precached(DATA_FILES[key].path), key).toBe(true);
    for (const tile of staticFiles.filter((f) => f.startsWith(`${RELIEF_DIR}/`)))
      expect(precached(tile), tile).toBe(true);
    // (The manifest is a page of its own, one per language, prerendered: the service worker saves every page.)
    for (const file of ['favicon.svg', 'icon-192.png', 'icon-512.png']) expect(staticFiles, file).toContain(file);
    for (const file of ['favicon.svg', 'icon-192.png']) expect(precached(file), file).toBe(true);
  });

  it('are every file the site ships, which is every file some page fetches, and no other', () => {
    for (const [key, file] of Object.entries(DATA_FILES)) {
      expect(staticFiles.includes(file.path), `${key}: shipped`).toBe(isShipped(file));
      if (isShipped(file)) expect(precached(file.path), key).toBe(true);
    }
    // The GeoJSON the archive holds (for the tests and the bench) and the story the app bundles stay out of the site.
    for (const key of ['countriesDetail', 'borders', 'bordersDetail', 'water', 'labels', 'story'] as const)
      expect(isShipped(DATA_FILES[key]), key).toBe(false);
  });

  it('hold every file the data download reads, so that it works offline', () => {
    for (const key of EXPORTED_FILES) expect(precached(DATA_FILES[key].path), key).toBe(true);
  });

  it(`stay within ${PRECACHE_BUDGET_BYTES / 1e6} MB`, () => {
    const bytes = staticFiles.filter(precached).reduce((sum, file) => sum + statSync(join(STATIC, file)).size, 0);
    expect(bytes).toBeGreaterThan(1_300_000); // the archive and the network at least
    expect(bytes).toBeLessThan(PRECACHE_BUDGET_BYTES);
  });
});
