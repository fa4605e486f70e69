// When the live map cannot be drawn (a browser without WebGL): the static map stands in, with a note why, and
// everything else (the story, the list, the panels, the timeline, the exports) still works.
import { expect, test } from '@playwright/test';
import { findChromium } from '../support/chromium.js';
import { chromiumLaunch } from '../support/chromium-args.js';
import { fuzzedQueries } from '../support/fuzz';
import { expectMalformedUrlsLoad, watchPage, PRODUCTION } from './map-page';

test.use({
  launchOptions: chromiumLaunch(findChromium()!, ['--disable-webgl', '--disable-webgl2']),
  acceptDownloads: true
});

test('without WebGL the static map stands in and the story, list, panels, timeline and image export work', async ({
  page
}) => {
  const watch = watchPage(page);
  await page.goto('./');
  await expect(page.locator('[data-static-map]')).toBeVisible();
  expect(await page.locator('[data-static-map]').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(
    0
  );
  await expect(page.locator('[data-map-failure]')).toContainText('WebGL');
  await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);

  // The story steps on without a map.
  await expect(page.locator('[data-chapter="lead"]')).toHaveAttribute('aria-current', 'step');
  await page.keyboard.press('PageDown');
  await expect(page.locator('[data-chapter="section-1"]')).toHaveAttribute('aria-current', 'step');

  // The list opens a panel with the article's words.
  await page.getByRole('button', { name: '列表', exact: true }).click();
  await page.locator('[data-item="project-angren-pap"]').click();
  const panel = page.locator('aside[data-selected="project-angren-pap"]');
  await expect(panel.locator('blockquote').first()).toContainText('安格连—帕普');

  // The timeline moves through its months.
  await page.getByRole('button', { name: '时间轴', exact: true }).click();
  await page.locator('#timeline-month').focus();
  await page.keyboard.press('Home');
  await expect(page.locator('.timeline output')).toHaveText('2013年1月');

  // The image is made from the static map.
  await page.getByRole('button', { name: '分享与导出', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="png"]').click()]);
  const { readFileSync } = await import('node:fs');
  const png = readFileSync(await download.path());
  const natural = await page.locator('[data-static-map]').evaluate((img: HTMLImageElement) => img.naturalWidth);
  expect(png.readUInt32BE(16)).toBe(natural + 2 * 32);

  // Nothing failed but the map itself (MapLibre says so on the console).
  expect(watch.errors.filter((e) => !/WebGL/i.test(e))).toEqual([]);
});

// The state's handling of malformed URLs is fuzzed at the unit level (tests/unit/atlas-state.test.ts, 600
// queries); in the browser a handful check that the page itself never breaks on one.
test('malformed URLs load the page without errors (fuzz, 8 without WebGL)', async ({ page }) => {
  await expectMalformedUrlsLoad(page, PRODUCTION, fuzzedQueries(2024, 8));
  await expect(page.locator('[data-static-map]')).toBeVisible();
});
