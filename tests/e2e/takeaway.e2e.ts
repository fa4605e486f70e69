// Taking the view away: the shared link reopens the same view, the PNG is the map at 2× with its frame drawn
// round it, the data downloads hold the visible features, and print shows the sources without controls.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CSV_COLUMNS, parseCsv } from '../../src/lib/takeaway/export-data';
import { expectNoErrors, openTakeAway, saved, waitForMapIdle, watchPage } from './map-page';
import { TEST_SITE } from '../support/sites.js';

const article = readFileSync(new URL('../../src/lib/data/article/article.zh.txt', import.meta.url), 'utf8');

test.use({ permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });

test('the shared link, opened in a new page, restores the same view', async ({ page, context }) => {
  test.slow(); // two pages, each drawing the map in software
  const watch = watchPage(page);
  await page.goto('./?sel=project-angren-pap&hide=other-trains&t=2015-07&lang=en');
  await waitForMapIdle(page);
  await page.evaluate(() => window.__map!.jumpTo({ center: [70.5, 41.2], zoom: 6.3 }));
  await waitForMapIdle(page);
  await openTakeAway(page);
  const link = await page.locator('[data-share-link]').inputValue();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('[data-share-status]')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  // The language is named even though it is this browser's choice: the link is for someone else's browser (the
  // English page's address; a link to the Chinese root names `lang=zh`, tests/unit/view-state.test.ts).
  expect(new URL(link).pathname).toBe(`${TEST_SITE.base}/en/`);

  const opened = await context.newPage();
  await opened.goto(link);
  await waitForMapIdle(opened);
  await expect(opened.locator('aside[data-selected="project-angren-pap"]')).toBeVisible();
  await expect(opened.locator('html')).toHaveAttribute('lang', 'en');
  await expect(opened.locator('.timeline output')).toHaveText(/Jul.* 2015|2015.*Jul/);
  const camera = await opened.evaluate(() => ({ ...window.__map!.getCenter(), zoom: window.__map!.getZoom() }));
  expect(camera.lng).toBeCloseTo(70.5, 2);
  expect(camera.lat).toBeCloseTo(41.2, 2);
  expect(camera.zoom).toBeCloseTo(6.3, 1);
  await opened.getByRole('button', { name: 'Layers', exact: true }).click();
  await expect(opened.locator('[data-member="other-trains"] input')).not.toBeChecked();
  await expect(opened.locator('[data-member="pipeline-abc"] input')).toBeChecked();
  // The reopened page's own link is the same link, and says the layer panel the reader has just opened there.
  await openTakeAway(opened);
  await expect(opened.locator('[data-share-link]')).toHaveValue(`${link}&panel=layers`);
  expectNoErrors(watch);
});

test('the PNG, the GeoJSON and the CSV hold this view; print shows it without controls', async ({ page }) => {
  test.setTimeout(90_000);
  const watch = watchPage(page);
  await page.goto('./?sel=project-angren-pap&hide=other-trains&t=2015-07');
  await waitForMapIdle(page);
  await openTakeAway(page);

  // The image: a PNG twice the map's size plus its frame, with the map and the frame both drawn.
  const png = await saved(page, 'png');
  expect(png.download.suggestedFilename()).toMatch(
    /^silk-road-atlas_project-angren-pap_as-of-2015-07_\d{4}-\d{2}-\d{2}\.png$/
  );
  expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
  const [width, height] = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
  const map = await page.locator('.maplibregl-canvas').boundingBox();
  expect(width).toBe(2 * (map!.width + 32));
  expect(height).toBeGreaterThan(2 * map!.height + 200);
  const look = await page.evaluate(async (base64) => {
    // Decoded without fetch: the page's Content-Security-Policy allows no data: connections.
    const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    /** Distinct colours on a grid over a band of the image (fractions of its height). */
    const colours = (from: number, to: number) => {
      const seen = new Set<string>();
      const { data } = context.getImageData(
        0,
        Math.floor(from * bitmap.height),
        bitmap.width,
        Math.floor((to - from) * bitmap.height)
      );
      for (let i = 0; i < data.length; i += 4 * 97) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
      return seen.size;
    };
    return { top: colours(0, 0.06), map: colours(0.15, 0.7), foot: colours(0.85, 1) };
  }, png.bytes.toString('base64'));
  // Title text above, a drawn map (land, borders, routes), legend and credits below: none of them blank.
  expect(look.top).toBeGreaterThan(3);
  expect(look.map).toBeGreaterThan(20);
  expect(look.foot).toBeGreaterThan(3);

  // The data: the features shown in July 2015 without the other China–Europe trains.
  const geojson = await saved(page, 'geojson');
  const collection = JSON.parse(geojson.bytes.toString('utf8')) as {
    licence: string;
    features: { id: string; properties: Record<string, string>; geometry: { type: string } }[];
  };
  const ids = collection.features.map((f) => f.id);
  expect(collection.licence).toMatch(/Natural Earth/);
  expect(collection.licence).toMatch(/© OpenStreetMap contributors.*ODbL/);
  for (const id of ['country-kaz', 'country-tjk', 'pipeline-line-c', 'changan-xian-almaty', 'project-gas-pipeline'])
    expect(ids).toContain(id);
  // Turkmenistan signed in 2023, the Qamchiq tunnel opened in 2016 and Zhanatas in 2021, the Tashkent train ran
  // in 2023; the other trains are hidden.
  for (const id of [
    'country-tkm',
    'project-angren-pap',
    'project-zhanatas-wind',
    'train-yixinou',
    'changan-xian-tashkent'
  ])
    expect(ids).not.toContain(id);
  await expect(page.locator('[data-share-status]')).toContainText(`${ids.length}`);
  // Sources as references in each language, linked to the publisher's page; a copy only as a copy.
  const almaty = collection.features.find((f) => f.id === 'changan-xian-almaty')!.properties;
  expect(almaty.sources_en).toContain('shaanxigov: Shaanxi Provincial Government, 14 July 2017');
  expect(almaty.sources_zh).toContain('shaanxigov: 陕西省人民政府，2017年7月14日');
  expect(almaty.sources_en).toMatch(
    /jctrans2013: Publisher unknown, .*\(copy <http:\/\/info\.jctrans\.net\/.*\[weakly sourced\]/
  );

  const csv = await saved(page, 'csv');
  expect(csv.download.suggestedFilename()).toMatch(/\.csv$/);
  const rows = parseCsv(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''));
  expect(rows[0]).toEqual(CSV_COLUMNS);
  expect(rows.slice(1).map((r) => r[0])).toEqual(ids);
  const almatyRow = rows.find((r) => r[0] === 'changan-xian-almaty')!;
  expect(almatyRow[CSV_COLUMNS.indexOf('sources_zh')]).toContain('陕西省人民政府，2017年7月14日');
  const quote = CSV_COLUMNS.indexOf('quote');
  for (const row of rows.slice(1))
    for (const q of row[quote].split(' / ').filter(Boolean)) expect(article).toContain(q);

  // Print: the browser says 'beforeprint', then lays the page out for paper.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav.dock')).toBeHidden();
  await expect(page.locator('.maplibregl-ctrl-zoom-in')).toBeHidden();
  await expect(page.locator('#takeaway')).toBeHidden();
  expect(await page.locator('button:visible').count()).toBe(0);
  await expect(page.locator('[data-print-sources]')).toBeVisible();
  await expect(page.locator('[data-print-sources]')).toContainText('Natural Earth');
  await expect(page.locator('[data-print-sources]')).toContainText('© OpenStreetMap contributors');
  await expect(page.locator('[data-print-sources]')).toContainText('ETOPO5');
  // The article's credit: Xinhua, its date and dateline, and where our text of it comes from.
  await expect(page.locator('[data-print-article]')).toContainText('新华社，2023年5月16日，电头：新华社西安5月16日电');
  await expect(page.locator('[data-print-article]')).toContainText('本站全文为项目保存的转录本');
  await expect(page.locator('aside[data-selected="project-angren-pap"]')).toBeVisible();
  await expect(page.locator('[data-print-map]')).toBeVisible();
  expect(await page.locator('[data-print-map]').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(map!.width);
  await expect(page.locator('.print-legend li', { hasText: 'A、B、C线' })).toBeVisible();
  await expect(page.locator('.print-legend li', { hasText: '渝新欧' })).toHaveCount(0);
  expectNoErrors(watch);
});
