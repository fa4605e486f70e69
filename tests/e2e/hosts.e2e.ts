// Any static host: the built site as Python's http.server serves it (Range ignored: the whole archive comes back,
// and the map must still draw its countries), and as nginx serves it with exactly the configuration that
// docs/deploy.md gives (docs/nginx/silk-road-atlas.conf): precompressed files, the caching a reader needs, Range
// for the archive, the types nginx lacks and the headers the page's own policy cannot give.
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { SIX_COUNTRIES } from '../world';
import { LAYER } from '../../src/lib/map/style/layer-ids';
import { startPythonSite } from '../support/python-site.js';
import { startNginx } from '../support/nginx.js';
import { PRODUCTION_SITE, TEST_SITE } from '../support/sites.js';
import { expectNoErrors, featuresInView, waitForMapIdle, watchPage } from './map-page';

const PYTHON_PORT = 4175;
const NGINX_PORT = 4177;

test('served by Python’s http.server, which ignores Range, the map draws the six countries from the archive', async ({
  page
}) => {
  const stop = await startPythonSite(TEST_SITE.dir, PYTHON_PORT, TEST_SITE.base);
  try {
    const watch = watchPage(page);
    const site = `http://127.0.0.1:${PYTHON_PORT}${TEST_SITE.base}/`;
    // The host's answer to a Range request, as the page gets it: the whole file.
    const probe = await page.request.get(`${site}data/basemap.pmtiles`, { headers: { range: 'bytes=0-99' } });
    expect(probe.status()).toBe(200);
    await page.goto(`${site}?mode=explore`);
    await waitForMapIdle(page);
    const drawn = new Set((await featuresInView(page, [LAYER.countries.fill])).map((p) => p.iso3));
    for (const country of SIX_COUNTRIES) expect(drawn, country.iso3).toContain(country.iso3);
    await expect(page.locator('[data-data-failed]')).toHaveCount(0);
    expectNoErrors(watch);
  } finally {
    stop();
  }
});

test.describe('served by nginx with docs/nginx/silk-road-atlas.conf', () => {
  let stop: () => void = () => {};
  const site = `http://127.0.0.1:${NGINX_PORT}/`;
  test.beforeAll(async () => {
    stop = await startNginx(PRODUCTION_SITE.dir, NGINX_PORT);
  });
  test.afterAll(() => stop());

  test('the page, its hashed code and the archive come with the headers a reader needs', async ({ request }) => {
    const page = await request.get(site, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(page.status()).toBe(200);
    expect(page.headers()['content-encoding'], 'the precompressed page').toMatch(/^(br|gzip)$/);
    expect(page.headers()['cache-control']).toBe('no-cache');
    expect(page.headers()['content-security-policy']).toBe('frame-ancestors *');
    expect(page.headers()['x-content-type-options']).toBe('nosniff');
    const html = await page.text();
    const script = /_app\/immutable\/entry\/start\.[\w-]+\.js/.exec(html)![0];
    const code = await request.get(`${site}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(code.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(code.headers()['content-type']).toMatch(/javascript/);
    expect(code.headers()['content-encoding']).toBe('gzip');
    // MapLibre's worker is a module: it needs a JavaScript type, which nginx's own list lacks for .mjs.
    const worker = readdirSync(`${PRODUCTION_SITE.dir}/_app/immutable/assets`).find((f) => f.endsWith('.mjs'))!;
    const module = await request.get(`${site}_app/immutable/assets/${worker}`);
    expect(module.headers()['content-type']).toBe('text/javascript');
    const range = await request.get(`${site}data/basemap.pmtiles`, { headers: { range: 'bytes=0-16383' } });
    expect(range.status()).toBe(206);
    expect(range.headers()['content-type']).toBe('application/vnd.pmtiles');
    expect((await range.body()).length).toBe(16384);
    const manifest = await request.get(`${site}manifest.webmanifest`);
    expect(manifest.headers()['content-type']).toBe('application/manifest+json');
    const serviceWorker = await request.get(`${site}service-worker.js`);
    expect(serviceWorker.headers()['cache-control']).toBe('no-cache');
  });

  test('the atlas draws its first view and opens a chapter there', async ({ page }) => {
    const watch = watchPage(page);
    await page.goto(`${site}?ch=gas-pipeline`);
    await page.waitForFunction(() => performance.getEntriesByName('atlas:map-idle').length > 0, null, {
      timeout: 60_000
    });
    await expect(page.locator('[data-chapter="gas-pipeline"]')).toHaveAttribute('aria-current', 'step');
    await expect(page.locator('[data-data-failed]')).toHaveCount(0);
    expectNoErrors(watch);
  });
});
