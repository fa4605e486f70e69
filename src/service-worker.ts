/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The atlas offline after the first visit. On install it saves, in a cache named for this build, the app, the
// page and the data of the first views (src/lib/data/offline.ts); later it answers from that cache first and
// saves what else the reader opens (deeper relief tiles). The basemap archive is saved whole and its HTTP Range
// requests are answered from it. A new build waits until the page, told of it, asks it to take over; then the
// old build's cache is deleted. Requests to other hosts are never touched (the page makes none).
import { base, build, files, prerendered, version } from '$service-worker';
import { precached } from '$lib/data/offline';
import { BASEMAP_ARCHIVE } from '$lib/data/files';
import { isCardImage } from '$lib/share/pages';

const worker = self as unknown as ServiceWorkerGlobalScope;

const CACHE = `atlas-${version}`;
/** The page's own path: every view of the atlas is this one page with a query. */
const PAGE = `${base}/`;
/** Under the site's root, without the base path (`data/rail.json`). */
const fromRoot = (path: string) => path.slice(base.length + 1);
// The link previews' pictures (about 7 MB) are for the sites that show a shared link, never for a reader: not saved.
const PRECACHE = [
  ...build,
  ...prerendered.filter((path) => !isCardImage(fromRoot(path))),
  ...files.filter((path) => precached(fromRoot(path)))
];

worker.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...new Set([PAGE, ...PRECACHE])])));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await worker.clients.claim();
    })()
  );
});

/** The page asks a waiting build to take over once the reader has agreed to reload. */
worker.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'skip-waiting') void worker.skipWaiting();
});

/**
 * The bytes a Range request asks for (`bytes=a-b`, `bytes=a-`), answered from the whole file as a slice of its
 * stored Blob: the browser reads only those bytes from its cache, not the whole archive for every tile.
 */
async function rangeOf(whole: Response, range: string): Promise<Response> {
  const match = /^bytes=(\d+)-(\d*)$/.exec(range);
  const body = await whole.blob();
  if (!match) return new Response(body, { status: 200, headers: whole.headers });
  const start = Number(match[1]);
  const end = Math.min(match[2] ? Number(match[2]) : body.size - 1, body.size - 1);
  if (start > end) return new Response(null, { status: 416, headers: { 'content-range': `bytes */${body.size}` } });
  const headers = new Headers(whole.headers);
  headers.set('content-range', `bytes ${start}-${end}/${body.size}`);
  headers.set('content-length', String(end - start + 1));
  return new Response(body.slice(start, end + 1), { status: 206, headers });
}

/** What a file not saved on the first visit gets offline (the page names it as unavailable offline). */
function unavailable(): Response {
  return new Response(null, { status: 503, statusText: 'Offline' });
}

async function respond(request: Request, url: URL): Promise<Response> {
  const cache = await caches.open(CACHE);
  // Every view is the one page with a query: a navigation to it, with any query, is answered by the saved page
  // (a navigation to a file, a data file opened in a tab, is answered by that file).
  const key = request.mode === 'navigate' && [PAGE, `${PAGE}index.html`].includes(url.pathname) ? PAGE : url.pathname;
  // A retry adds a query to make a new request; the saved file is the same file.
  const cached = await cache.match(key, { ignoreSearch: true });
  const range = request.headers.get('range');
  if (cached) return range ? rangeOf(cached, range) : cached;
  try {
    // The archive is fetched whole once, then read by range from the cache.
    const archive = url.pathname === `${base}/${BASEMAP_ARCHIVE.path}`;
    const response = await fetch(archive ? url.pathname : request);
    if (response.ok && response.status === 200) {
      await cache.put(key, response.clone());
      if (range) return rangeOf(response, range);
    }
    return response;
  } catch {
    return unavailable();
  }
}

worker.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== worker.location.origin) return;
  if (!url.pathname.startsWith(PAGE)) return;
  event.respondWith(respond(event.request, url));
});
