// What the service worker saves on a reader's first visit, so that the atlas works offline afterwards: the app,
// the basemap archive, every data file a page fetches (the site ships no other: files.ts) and the whole shaded
// relief (1.5 MB: the story's chapters zoom to the valleys, and a chapter read on a train should keep its
// mountains). One place, read by the service worker and checked by a unit test.
import { DATA_FILES, isShipped } from './files';

/** Whether a file under static/ (its path there, `data/rail.json`) is saved on the first visit. */
export function precached(path: string): boolean {
  const file = Object.values(DATA_FILES).find((f) => f.path === path);
  // The archive, the relief's tiles, the icons, the manifest: everything else in static/ is part of the page.
  return file ? isShipped(file) : true;
}
