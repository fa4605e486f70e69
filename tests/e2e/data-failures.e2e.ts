// When data fails or is slow: a file that fails (an error status, a missing file, a connection that times out,
// malformed JSON, the basemap archive) is named with a retry that works while the rest of the map draws; on a slow
// network the page says what it is still loading.
import { expect, test } from '@playwright/test';
import { LAYER } from '../../src/lib/map/style/layer-ids';
import { SOURCE } from '../../src/lib/map/style/source-ids';
import { EXPLORE, featuresInView, waitForMapIdle, watchPage } from './map-page';

test('a data file that fails is named, the rest of the map draws, and retry fetches it again', async ({ page }) => {
  const watch = watchPage(page);
  let broken = true;
  // Until the retry: the rail routes answer 500, the pipeline malformed JSON, the projects 404, and the
  // connection for the basemap archive times out.
  await page.route('**/data/rail.json*', (route) =>
    broken ? route.fulfill({ status: 500, body: 'server error' }) : route.continue()
  );
  await page.route('**/data/pipeline.json*', (route) =>
    broken
      ? route.fulfill({ contentType: 'application/json', body: '{"type":"FeatureCollection","features":[' })
      : route.continue()
  );
  await page.route('**/data/projects.json*', (route) =>
    broken ? route.fulfill({ status: 404, body: 'not found' }) : route.continue()
  );
  await page.route('**/data/basemap.pmtiles*', (route) => (broken ? route.abort('timedout') : route.continue()));
  await page.goto(EXPLORE);
  const alert = page.locator('[data-data-failed]');
  for (const file of ['rail.json', 'pipeline.json', 'projects.json', 'basemap.pmtiles']) {
    await expect(alert).toContainText(`data/${file}`);
  }
  await expect(alert).toContainText('铁路线路');
  await expect(alert).toContainText('底图');
  await waitForMapIdle(page);
  // The rest draws: the relief, under no basemap at all.
  await expect
    .poll(async () => page.evaluate((relief) => window.__map!.isSourceLoaded(relief), SOURCE.relief))
    .toBe(true);
  expect(
    await featuresInView(page, [
      LAYER.rail.lines,
      LAYER.pipeline.lines,
      LAYER.projects.icons,
      LAYER.countries.focus,
      LAYER.physical.fill,
      LAYER.water.rivers
    ])
  ).toHaveLength(0);

  broken = false;
  await alert.getByRole('button', { name: '重试' }).click();
  await expect(alert).toBeHidden();
  await expect
    .poll(async () => (await featuresInView(page, [LAYER.rail.lines])).length, { timeout: 30_000 })
    .toBeGreaterThan(0);
  await expect
    .poll(async () => (await featuresInView(page, [LAYER.pipeline.lines])).length, { timeout: 30_000 })
    .toBeGreaterThan(0);
  for (const layer of [LAYER.projects.icons, LAYER.countries.focus, LAYER.physical.fill, LAYER.water.rivers]) {
    await expect.poll(async () => (await featuresInView(page, [layer])).length, { timeout: 30_000 }).toBeGreaterThan(0);
  }
  // Only the broken files' own errors reached the console.
  expect(
    watch.errors.filter(
      (e) => !/rail\.json|pipeline\.json|projects\.json|basemap\.pmtiles|JSON|500|404|timed.?out|fetch/i.test(e)
    )
  ).toEqual([]);
});

test('on a slow network the page is never blank: it says what is still loading until it arrives', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/basemap.pmtiles', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(EXPLORE, { waitUntil: 'domcontentloaded' });
  // The prerendered page: title and lead are there, and the map says it is loading.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-map-loading], [data-data-loading]').first()).toBeVisible();
  const slow = page.locator('[data-data-slow]');
  await expect(slow).toContainText('data/basemap.pmtiles', { timeout: 20_000 });
  await expect(slow).not.toContainText('data/rail.json');
  release();
  await waitForMapIdle(page);
  await expect(slow).toBeHidden();
  await expect(page.locator('[data-data-loading]')).toBeHidden();
  expect((await featuresInView(page, [LAYER.countries.focus])).length).toBeGreaterThan(0);
});
