import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The e2e tests build a second copy of the site with the test handle switched on (ATLAS_TEST_HANDLE=1);
 * it goes to its own folder so that `build/` is always the production site. (SvelteKit's own working folder,
 * .svelte-kit, stays the same: tsconfig.json extends it, and the two builds run one after the other.)
 */
const outDir = process.env.ATLAS_TEST_HANDLE === '1' ? 'build-test' : 'build';

/**
 * The path the site is published under: `BASE_PATH=/interactive/silk-road npm run build` for a subfolder of a site
 * (docs/deploy.md); nothing for a host's root. Every address the page makes (data, tiles, links, the service
 * worker's scope) follows it.
 */
const base = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');
if (base !== '' && !/^\/[^?#\s]*[^/?#\s]$/.test(base))
  throw new Error(`BASE_PATH must start with a slash and not end with one (as /interactive/silk-road): "${base}"`);

/**
 * The site's public origin, scheme and host only: `PUBLIC_ORIGIN=https://news.example.com npm run build`
 * (docs/deploy.md). A link preview needs absolute addresses (og:url, og:image, the canonical link, each language's
 * alternate): with an origin the pages carry them (src/lib/share/head.ts, which reads it through
 * src/lib/server/public-origin.ts); without one they are left out, and `npm run build` says so.
 */
const origin = process.env.PUBLIC_ORIGIN ?? '';
if (origin !== '' && !/^https?:\/\/[^/?#\s]+$/.test(origin))
  throw new Error(
    `PUBLIC_ORIGIN must be a scheme and a host, with no path or trailing slash (as https://news.example.com): "${origin}"`
  );

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // The site a host serves carries a gzip and a brotli copy of each text file (docs/deploy.md: nginx's
    // gzip_static and brotli_static); the tests' own build needs none.
    adapter: adapter({
      pages: outDir,
      assets: outDir,
      fallback: undefined,
      precompress: outDir === 'build',
      strict: true
    }),
    // Each reader language is a page of its own (src/routes/[[lang=lang]]): the root for Chinese, /en/, /ru/ … for
    // the others. The crawler finds them from the root by the language menu's links (ToolBar.svelte), so a new
    // language needs no entry here. With a public origin, the pages are prerendered as served there: the crawler
    // then follows the card's absolute addresses (og:image, hreflang…) and fails the build on one that points at
    // nothing.
    prerender: { entries: ['*'], ...(origin ? { origin } : {}) },
    paths: { base },
    // The page's own stylesheets go into its <head> (about 20 KB): the first paint waits for no other request.
    // MapLibre's stylesheet comes with MapLibre, after the first paint (MapView.svelte).
    inlineStyleThreshold: 64 * 1024,
    // The service worker (src/service-worker.ts) is registered by the page (UpdateNotice.svelte), which also
    // offers the reader a newer version when one has been saved.
    serviceWorker: { register: false },
    /**
     * A strict Content-Security-Policy, written into the prerendered page as a <meta> tag (a static site has no
     * headers of its own): scripts only from this site, SvelteKit's one inline bootstrap script by its hash, no
     * eval; data, MapLibre's worker and everything else from this site only. Images may also be data: and blob:
     * URLs (the printed map's picture, the exported PNG). Styles allow inline attributes, which Svelte and
     * MapLibre set; they cannot run code.
     */
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'worker-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['none']
      }
    }
  }
};

export default config;
