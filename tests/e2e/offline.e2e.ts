// Offline after the first visit (src/service-worker.ts): the story, the map's first view, a panel with its
// quotes, the list, the timeline, the full article and every take-away (PNG, GeoJSON, CSV, print) from the saved
// copy, at a host's root and under a subpath; a file that was never saved is named as unavailable offline, with
// the retry; a newer build is offered, and shown once the reader accepts it.
import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../support/static-server.js';
import { expectNoErrors, openTakeAway, saved, watchPage, PRODUCTION } from './map-page';
import { TEST_SITE, siteUrl } from '../support/sites.js';

test.use({ serviceWorkers: 'allow', acceptDownloads: true });

/** The first visit: the page loads, the service worker saves the app and the first views and takes the page. */
async function firstVisit(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const mapDrawn = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('atlas:map-idle').length > 0, null, { timeout: 60_000 });

test('after the first visit the atlas works offline: story, map, a panel with its quotes, list, timeline', async ({
  page,
  context
}) => {
  const watch = watchPage(page);
  await firstVisit(page, PRODUCTION);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('擘画中国—中亚关系新蓝图');
  await mapDrawn(page);
  await expect(page.locator('[data-data-failed]')).toHaveCount(0);
  // The story steps on, its map data saved.
  await page.getByRole('button', { name: '下一章' }).click();
  await expect(page).toHaveURL(/ch=section-1/);
  // The list, and a panel quoting the article (the catalog was saved on the first visit).
  await page.getByRole('button', { name: '列表', exact: true }).click();
  await page.locator('[data-item="project-angren-pap"]').click();
  const panel = page.locator('aside[data-selected="project-angren-pap"]');
  await expect(panel.locator('blockquote').first()).toBeVisible();
  // The timeline.
  await page.getByRole('button', { name: '时间轴' }).click();
  await expect(page.getByRole('slider', { name: '月份' })).toBeVisible();
  await expect(page.locator('[data-data-failed]')).toHaveCount(0);
  expectNoErrors(watch);
  // The full article, whose text comes with the reader view.
  await page.locator('nav.dock').getByRole('button', { name: '全文' }).click();
  await expect(page.locator('dialog.reader article p').first()).toBeVisible();
  await page.keyboard.press('Escape');
  // Every take-away: the picture, both data downloads (which read files the map draws from the archive), print.
  await openTakeAway(page);
  const png = await saved(page, 'png');
  expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
  const geojson = JSON.parse((await saved(page, 'geojson')).bytes.toString()) as { features: unknown[] };
  expect(geojson.features.length).toBeGreaterThan(10);
  const csv = (await saved(page, 'csv')).bytes.toString();
  expect(csv.split('\n').length).toBeGreaterThan(10);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print-sheet] img')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('[data-data-failed]')).toHaveCount(0);
  expectNoErrors(watch);
  // A data file opened in a tab is that file, not the page.
  const file = await context.newPage();
  await file.goto(`${PRODUCTION}data/projects.json`);
  expect(await file.locator('body').textContent()).toContain('"FeatureCollection"');
});

test('under a subpath too, the atlas saved on the first visit reads offline: a chapter link, the map, a panel', async ({
  page,
  context
}) => {
  const site = siteUrl(TEST_SITE);
  const watch = watchPage(page);
  await firstVisit(page, `${site}?ch=gas-pipeline`);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${site}service-worker.js`);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('[data-chapter="gas-pipeline"]')).toHaveAttribute('aria-current', 'step');
  await mapDrawn(page);
  await page.getByRole('button', { name: '探索地图' }).click();
  await page.goto(`${site}en/?sel=project-zhanatas-wind`);
  await expect(page.locator('aside[data-selected="project-zhanatas-wind"] blockquote').first()).toBeVisible();
  await expect(page.locator('[data-data-failed]')).toHaveCount(0);
  expectNoErrors(watch);
});

test('offline, a file that was never saved is named as unavailable, and the retry fetches it once online', async ({
  page,
  context
}) => {
  await firstVisit(page, PRODUCTION);
  // As if the first visit had not saved the rail routes.
  await page.evaluate(async () => {
    for (const key of await caches.keys()) await (await caches.open(key)).delete('/data/rail.json');
  });
  await context.setOffline(true);
  await page.goto(`${PRODUCTION}?ch=corridors`);
  const status = page.locator('[data-data-failed]');
  await expect(status).toContainText('离线时无法载入铁路线路（data/rail.json）');
  await expect(page.locator('[data-announcer]')).toContainText('离线时无法载入');
  await context.setOffline(false);
  await status.getByRole('button').click();
  await expect(status).toHaveCount(0);
});

test('a newer build is offered, and shown once the reader accepts it', async ({ page }) => {
  // A copy of the production build on a port of its own, which the test then changes into a "newer build".
  const dir = mkdtempSync(join(tmpdir(), 'atlas-update-'));
  cpSync(new URL('../../build', import.meta.url), dir, { recursive: true });
  const server = await startServer(dir, 4183);
  try {
    await firstVisit(page, 'http://127.0.0.1:4183/');
    await expect(page.locator('[data-update-ready]')).toHaveCount(0);

    // The newer build: its page carries a mark, and its service worker a new version (a new cache).
    const html = join(dir, 'index.html');
    writeFileSync(
      html,
      readFileSync(html, 'utf8').replace(
        '<meta charset="utf-8" />',
        '<meta charset="utf-8" /><meta name="atlas-build" content="newer" />'
      )
    );
    const { version } = JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8')) as { version: string };
    const worker = join(dir, 'service-worker.js');
    const source = readFileSync(worker, 'utf8');
    expect(source, 'the service worker names its cache by the build').toContain(version);
    writeFileSync(worker, source.replaceAll(version, `${version}-newer`));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));

    const notice = page.locator('[data-update-ready]');
    await expect(notice).toContainText('地图有了新版本');
    // Until the reader accepts, the page stays the one they are reading.
    expect(await page.locator('meta[name="atlas-build"]').count()).toBe(0);
    await notice.getByRole('button', { name: '重新载入' }).click();
    await expect(page.locator('meta[name="atlas-build"]')).toHaveAttribute('content', 'newer');
    await expect(page.locator('[data-update-ready]')).toHaveCount(0);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
