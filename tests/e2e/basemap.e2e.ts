// What a reader sees when the page opens: the map of Eurasia with the six countries, its controls, its data.
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { FOCUS_FILLS, PALETTE } from '../../src/lib/data/palette';
import { REGION_FRAME } from '../../src/lib/data/extent';
import { DATA_FILES, projectPath } from '../../src/lib/data/files';
import { LAYER, cityLabelLayer } from '../../src/lib/map/style/layer-ids';
import { ARTICLE_PHYSICAL_NAMES, FERGANA_ENCLAVES, SIX_COUNTRIES, STORY_CITIES } from '../world';
import {
  afterMove,
  expectNoErrors,
  featuresAt,
  featuresInView,
  moveMap,
  openMap,
  project,
  sharedPage,
  waitForMapIdle,
  watchPage,
  PRODUCTION,
  type PageWatch
} from './map-page';

const article = readFileSync(new URL('../../src/lib/data/article/article.zh.txt', import.meta.url), 'utf8');
const COUNTRY_FILL_LAYERS = [LAYER.countries.fill];

function rgb(hex: string): [number, number, number] {
  const value = parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

test('the page has a title and a language', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle(/擘画中国—中亚关系新蓝图/);
  await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('擘画中国—中亚关系新蓝图');
});

/**
 * The first view and the moves from it, on one page: the map is drawn once for every check that reads it (each
 * test's own page would draw Eurasia again in software). The tests run in this order in one worker; those that
 * read the first view come first, those that move the camera set their own view, and a test that changes the
 * style puts it back. (After a failure Playwright starts a new worker, which opens the page again.)
 */
test.describe('the first view, drawn once', () => {
  test.describe.configure({ mode: 'default' });
  let page: Page;
  let watch: PageWatch;
  /** Each read of the basemap archive since the page opened: its Range header, or "whole file". */
  const ranges: string[] = [];
  let idleAt: number;
  /** The first view's zoom. */
  let firstZoom: number;

  test.beforeAll(async ({ browser }, testInfo) => {
    page = await sharedPage(browser, testInfo);
    watch = watchPage(page);
    page.on('request', (request) => {
      if (request.url().endsWith('/data/basemap.pmtiles')) ranges.push(request.headers()['range'] ?? 'whole file');
    });
    idleAt = await openMap(page);
    firstZoom = await page.evaluate(() => window.__map!.getZoom());
  });
  test.afterAll(() => page.context().close());

  /** Hides the shaded relief for a check of what lies under it, and shows it again after. */
  async function withoutRelief<T>(check: () => Promise<T>): Promise<T> {
    await page.evaluate((relief) => window.__map!.setLayoutProperty(relief, 'visibility', 'none'), LAYER.relief);
    await waitForMapIdle(page);
    try {
      return await check();
    } finally {
      await page.evaluate((relief) => window.__map!.setLayoutProperty(relief, 'visibility', 'visible'), LAYER.relief);
      await waitForMapIdle(page);
    }
  }

  test('the six countries are drawn with their ISO codes and the names the article uses', async () => {
    console.log(`time to first map idle: ${Math.round(idleAt)} ms`);
    const drawn = await featuresInView(page, COUNTRY_FILL_LAYERS);
    for (const country of SIX_COUNTRIES) {
      const feature = drawn.find((p) => p.iso3 === country.iso3);
      expect(feature, `${country.en} is drawn`).toBeDefined();
      expect(feature).toMatchObject({ name_zh: country.zh, name_en: country.en, focus: true });
      expect(article, `the article names ${country.zh}`).toContain(country.zh);
    }
    expectNoErrors(watch);
  });

  test('the capitals and the summit city are labelled in the first view', async () => {
    const drawn = await featuresInView(page, [cityLabelLayer(1)]);
    const names = drawn.map((p) => p.name_en);
    for (const city of STORY_CITIES.filter((c) =>
      ['Astana', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Tashkent', "Xi'an"].includes(c.en)
    )) {
      expect(names, city.en).toContain(city.en);
    }
  });

  test('a desktop screenshot for people to look at', async () => {
    await test.info().attach('desktop', { body: await page.screenshot(), contentType: 'image/png' });
    const png = PNG.sync.read(await page.locator('.maplibregl-canvas').screenshot());
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97)
      colours.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
    expect(colours.size, 'distinct colours on the canvas (a blank map has one)').toBeGreaterThan(20);
  });

  test('the map paints the sea and each of the six countries in its own colour', async () => {
    // The shaded relief lies over the tints (mountainous Tajikistan is shaded nearly everywhere): the tints alone.
    const png = await withoutRelief(async () => PNG.sync.read(await page.locator('.maplibregl-canvas').screenshot()));
    const counts = new Map<string, number>();
    const targets = { sea: PALETTE.sea, ...FOCUS_FILLS };
    for (let i = 0; i < png.data.length; i += 4 * 7) {
      for (const [name, hex] of Object.entries(targets)) {
        const [r, g, b] = rgb(hex);
        if (
          Math.abs(png.data[i] - r) <= 3 &&
          Math.abs(png.data[i + 1] - g) <= 3 &&
          Math.abs(png.data[i + 2] - b) <= 3
        ) {
          counts.set(name, (counts.get(name) ?? 0) + 1);
        }
      }
    }
    for (const name of Object.keys(targets)) {
      expect(counts.get(name) ?? 0, `pixels painted in the ${name} colour`).toBeGreaterThan(100);
    }
  });

  test('the shaded relief, from the site’s own tiles and credited, shades the mountains and leaves the plains flat', async () => {
    expect(watch.requests.some((url) => /\/data\/relief\/\d+\/\d+\/\d+\.png$/.test(url))).toBe(true);
    const credits = page.locator('[data-credits]');
    await expect(credits).toContainText('© OpenStreetMap contributors');
    await expect(credits).toContainText('地形：ETOPO5');
    const shot = async () => PNG.sync.read(await page.locator('.maplibregl-canvas').screenshot());
    const withRelief = await shot();
    const without = await withoutRelief(shot);
    const scale = await page.evaluate(() => window.devicePixelRatio);
    /** The share of pixels in a 40 px box around a place that the relief changes. */
    const changedAround = async (lngLat: [number, number]) => {
      const { x, y } = await project(page, lngLat);
      let changed = 0;
      let all = 0;
      for (let dy = -20; dy <= 20; dy += 2) {
        for (let dx = -20; dx <= 20; dx += 2) {
          const i = (Math.round((y + dy) * scale) * withRelief.width + Math.round((x + dx) * scale)) * 4;
          const diff =
            Math.abs(withRelief.data[i] - without.data[i]) + Math.abs(withRelief.data[i + 1] - without.data[i + 1]);
          if (diff > 6) changed++;
          all++;
        }
      }
      return changed / all;
    };
    // Measured here: a quarter to a half of the box in the Tian Shan and the Alay (less where a label covers it); on
    // the plains (away from any label, whose placement may shift as the map redraws) at most 5%.
    expect(await changedAround([76, 42]), 'the Tian Shan is shaded').toBeGreaterThan(0.15);
    expect(await changedAround([73, 39.4]), 'the Alay is shaded').toBeGreaterThan(0.15);
    const plains = { 'Turgay plain': [64.5, 50.5], 'Betpak-Dala': [71, 46], 'Tarim basin': [83, 39.5] };
    for (const [name, lngLat] of Object.entries(plains)) {
      expect(await changedAround(lngLat as [number, number]), `the ${name} is left flat`).toBeLessThan(0.08);
    }
    expectNoErrors(watch);
  });

  test('the basemap comes as tiles of one archive, read by range, the detail only once the reader zooms in', async () => {
    // The header and directory in one read, then a handful of tiles: never the whole archive.
    expect(ranges[0]).toBe('bytes=0-16383');
    expect(ranges.length).toBeGreaterThan(2);
    expect(ranges).not.toContain('whole file');
    const firstView = ranges.length;
    await moveMap(page, [71, 40.5], 6);
    expect(ranges.length).toBeGreaterThan(firstView);
    // At zoom 6 the 1:10m detail: the Kyrgyz town of Kyzyl-Kiya's neighbourhood is Kyrgyz, not the overview's blur.
    const drawn = await featuresAt(page, [71.4, 41.2], COUNTRY_FILL_LAYERS);
    expect(drawn.map((p) => p.iso3)).toEqual(['KGZ']);
  });

  test('the page loads nothing from any host but its own', async ({ baseURL }) => {
    await moveMap(page, [71, 40.5], 7);
    const origin = new URL(baseURL!).origin;
    const foreign = watch.requests.filter(
      (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')
    );
    expect(foreign).toEqual([]);
    expect(watch.requests.some((url) => url.endsWith('/data/basemap.pmtiles'))).toBe(true);
  });

  test('at zoom 7 over the Fergana Valley the enclaves belong to the right countries', async () => {
    await moveMap(page, [70.9, 40.1], 7);
    for (const enclave of FERGANA_ENCLAVES) {
      const drawn = await featuresAt(page, enclave.point, COUNTRY_FILL_LAYERS);
      expect(
        drawn.map((p) => p.iso3),
        enclave.name
      ).toEqual([enclave.iso3]);
    }
  });

  test('the whole-region button frames Central Asia and western China again', async () => {
    await moveMap(page, [-3.7, 40.4], 6);
    await page.getByRole('button', { name: /whole region/ }).click();
    await page.waitForFunction(() => !window.__map!.isMoving());
    await waitForMapIdle(page);
    const [[west, south], [east, north]] = await page.evaluate(() => window.__map!.getBounds().toArray());
    const [frameWest, frameSouth, frameEast, frameNorth] = REGION_FRAME;
    expect(west).toBeLessThanOrEqual(frameWest);
    expect(south).toBeLessThanOrEqual(frameSouth);
    expect(east).toBeGreaterThanOrEqual(frameEast);
    expect(north).toBeGreaterThanOrEqual(frameNorth);
    expect(await page.evaluate(() => window.__map!.getZoom())).toBeCloseTo(firstZoom, 1);
  });

  test('dragging, the wheel and the keys (+, arrows) move the map, and raise no error', async () => {
    const canvas = page.locator('.maplibregl-canvas');
    const box = (await canvas.boundingBox())!;
    const start = await page.evaluate(() => window.__map!.getCenter().toArray());

    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2 + 50, { steps: 8 });
    await page.mouse.up();
    await waitForMapIdle(page);
    const dragged = await page.evaluate(() => window.__map!.getCenter().toArray());
    expect(dragged[0], 'dragging left moves the view east').toBeGreaterThan(start[0] + 1);

    const zoomBefore = await page.evaluate(() => window.__map!.getZoom());
    await afterMove(page, () => page.mouse.wheel(0, -600));
    expect(await page.evaluate(() => window.__map!.getZoom())).toBeGreaterThan(zoomBefore);

    await canvas.focus();
    const keyZoomBefore = await page.evaluate(() => window.__map!.getZoom());
    await afterMove(page, () => page.keyboard.press('Equal'));
    expect(await page.evaluate(() => window.__map!.getZoom()), '+ zooms in').toBeGreaterThan(keyZoomBefore);
    const beforeArrow = await page.evaluate(() => window.__map!.getCenter().toArray());
    await afterMove(page, () => page.keyboard.press('ArrowRight'));
    const afterArrow = await page.evaluate(() => window.__map!.getCenter().toArray());
    expect(afterArrow[0], 'the right arrow pans east').toBeGreaterThan(beforeArrow[0]);
    expectNoErrors(watch);
  });

  test('the physical features the article names are labelled on the map', async () => {
    test.slow(); // two views, each drawn in software
    // Two views at zoom 5.5 hold the five: the ranges north of Kashgar, and the valley, the desert and the river
    // west of them. Each label must lie well inside its view (a label at the edge may be left unplaced), so the test
    // says so if the labels move; a small window, as software WebGL pays for every pixel.
    const size = { width: 960, height: 600 };
    const margin = 120;
    await page.setViewportSize(size);
    const labels = JSON.parse(
      readFileSync(new URL(`../../${projectPath(DATA_FILES.labels)}`, import.meta.url), 'utf8')
    ) as { features: { properties: { name_zh: string }; geometry: { coordinates: [number, number] } }[] };
    const at = (name: string) => {
      const label = labels.features.find((f) => f.properties.name_zh === name);
      expect(label, `${name} has a label`).toBeDefined();
      return label!.geometry.coordinates;
    };
    const views = [
      ['天山', '阿拉套山'],
      ['阿姆河', '克孜勒库姆沙漠', '费尔干纳谷地']
    ];
    expect(views.flat().sort()).toEqual([...ARTICLE_PHYSICAL_NAMES].sort());
    for (const names of views) {
      const points = names.map(at);
      const lngs = points.map(([lng]) => lng);
      const lats = points.map(([, lat]) => lat);
      const middle: [number, number] = [
        (Math.min(...lngs) + Math.max(...lngs)) / 2,
        (Math.min(...lats) + Math.max(...lats)) / 2
      ];
      await moveMap(page, middle, 5.5);
      for (const [i, point] of points.entries()) {
        const { x, y } = await project(page, point);
        expect(x > margin && x < size.width - margin && y > margin && y < size.height - margin, names[i]).toBe(true);
      }
      // Polled: on a loaded machine the labels' placement can finish a frame after the map reports idle.
      await expect
        .poll(async () => (await featuresInView(page, [LAYER.labels.physical])).map((p) => p.name_zh), {
          message: `${names.join(', ')} drawn at zoom 5.5`,
          timeout: 10_000
        })
        .toEqual(expect.arrayContaining(names));
    }
  });
});

test('the production build draws the map and exposes no test handle', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(PRODUCTION);
  // After the moment the test build would have set the handle: the style has loaded (MapView's load mark).
  await page.waitForFunction(() => performance.getEntriesByName('atlas:map-load').length > 0);
  await expect(page.locator('.maplibregl-canvas')).toBeVisible();
  expect(await page.evaluate(() => typeof window.__map)).toBe('undefined');
  expectNoErrors(watch);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the six countries fill the screen and the title leaves most of the map free', async ({ page }, testInfo) => {
    await openMap(page);
    const drawn = await featuresInView(page, COUNTRY_FILL_LAYERS);
    for (const country of SIX_COUNTRIES) expect(drawn.map((p) => p.iso3)).toContain(country.iso3);
    const card = (await page.locator('.title-card').boundingBox())!;
    expect(card.height * card.width, 'title card area').toBeLessThan(390 * 844 * 0.2);
    await testInfo.attach('phone', { body: await page.screenshot(), contentType: 'image/png' });
  });
});
