// Where the e2e tests find the built sites: the production build at a host's root, and the test build (with the
// test handle) at a subpath, as a newsroom publishes under its own site (BASE_PATH, svelte.config.js), so that
// every test of the map runs the subpath. Read by the Playwright config, the tests and `npm run test:e2e`.
export const PRODUCTION_SITE = { dir: 'build', port: 4173, base: '' };
export const TEST_SITE = { dir: 'build-test', port: 4174, base: '/interactive/silk-road' };

/** A site's origin, where the tests serve it. */
export const siteOrigin = (/** @type {{ port: number }} */ site) => `http://127.0.0.1:${site.port}`;

/** A site's address (with its trailing slash). */
export const siteUrl = (/** @type {{ port: number, base: string }} */ site) => `${siteOrigin(site)}${site.base}/`;
