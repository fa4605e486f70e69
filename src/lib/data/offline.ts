// What the service worker saves on a reader's first visit, so that the atlas works offline afterwards: the app,
// the basemap archive, every data file a page fetches and the whole shaded relief (1.5 MB: the story's chapters
// zoom to the valleys, and a chapter read on a train should keep its mountains). One place, read by the service
// worker and checked by a unit test.
import { BASEMAP_ARCHIVE, DATA_FILES, type Loaded } from './files';

/** The data files a page asks for at some point (the others are for tests, or prerendered into the page). */
const FETCHED: Loaded[] = ['first view', 'when shown', 'first panel', 'without WebGL'];

/** Whether a file under static/ (its path there, `data/rail.json`) is saved on the first visit. */
export function precached(path: string): boolean {
  if (path === BASEMAP_ARCHIVE.path) return true;
  const file = Object.values(DATA_FILES).find((f) => f.path === path);
  if (file) return FETCHED.includes(file.loaded);
  // The relief's tiles, the icons, the manifest: everything else in static/ is part of the page.
  return true;
}
