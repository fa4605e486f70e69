// Helpers for the e2e tests: open the page, wait for the map, ask it what it drew.
import {
  expect,
  type Browser,
  type BrowserContextOptions,
  type Download,
  type Page,
  type TestInfo
} from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PRODUCTION_SITE, siteUrl } from '../support/sites.js';
import { countryId } from '../../src/lib/data/catalog';
import { HIGHLIGHT_LAYER_PREFIX } from '../../src/lib/map/style/layer-ids';

export interface PageWatch {
  /** Console errors and uncaught page errors, in order. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/** Starts recording errors and requests; call before navigating. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { errors: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => watch.errors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => watch.requests.push(request.url()));
  return watch;
}

/**
 * Does something that moves the camera (a wheel, a key) and waits until that move has ended and the map has
 * drawn: the move's end is listened for before the action, so a quick move cannot be missed.
 */
export async function afterMove(page: Page, action: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => {
    const map = window.__map!;
    (window as unknown as { moved: Promise<void> }).moved = new Promise((resolve) =>
      map.once('moveend', () => resolve())
    );
  });
  await action();
  await page.evaluate(() => (window as unknown as { moved: Promise<void> }).moved);
  await waitForMapIdle(page);
}

/** Waits for the page's next animation frame (a finger's events come a frame apart). */
export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

/** Resolves once the map has loaded everything in view and stopped moving. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__map !== undefined, null, { timeout: 30_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__map!;
        const idleNow = () => map.loaded() && map.areTilesLoaded() && !map.isMoving();
        if (idleNow()) resolve();
        else map.once('idle', () => resolve());
      })
  );
}

/** Waits until the page has started (hydrated): its words are painted before, its controls work after. */
export async function waitForStart(page: Page): Promise<void> {
  await page.locator('html[data-started]').waitFor({ state: 'attached' });
}

/** The production build (no test handle) at a host's root, served beside the test build by the Playwright config. */
export const PRODUCTION = siteUrl(PRODUCTION_SITE);

/** The page in explore mode with its default view (a bare URL opens the story instead). */
export const EXPLORE = './?mode=explore';

/**
 * A page for a group of tests that read one view (opened in the group's `beforeAll`, closed in its `afterAll`): the
 * map is drawn once for all of them, where each test's own page would draw it again (the most costly step of a
 * test here, SwiftShader drawing Eurasia). The page has the project's settings (base URL, window, locale, reduced
 * motion, no service worker), as a test's own page would, and these options over them.
 */
export async function sharedPage(browser: Browser, testInfo: TestInfo, options: BrowserContextOptions = {}) {
  const { baseURL, viewport, locale, reducedMotion, serviceWorkers } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, viewport, locale, reducedMotion, serviceWorkers, ...options });
  return context.newPage();
}

/** Opens the page (explore mode unless told) and waits for the first map idle; returns ms to that idle. */
export async function openMap(page: Page, path = EXPLORE): Promise<number> {
  await page.goto(path);
  await waitForMapIdle(page);
  return page.evaluate(() => performance.now());
}

export async function moveMap(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(([c, z]) => window.__map!.jumpTo({ center: c, zoom: z }), [center, zoom] as const);
  await waitForMapIdle(page);
}

/** Screen pixel (CSS px, relative to the map) of a longitude/latitude. */
export async function project(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((p) => {
    const { x, y } = window.__map!.project(p);
    return { x, y };
  }, lngLat);
}

/** Properties of the features of these layers drawn at a longitude/latitude. */
export async function featuresAt(page: Page, lngLat: [number, number], layers: string[]) {
  return page.evaluate(
    ([p, ids]) => {
      const map = window.__map!;
      const present = ids.filter((id) => map.getLayer(id));
      return map.queryRenderedFeatures(map.project(p), { layers: present }).map((f) => f.properties);
    },
    [lngLat, layers] as const
  );
}

/** Properties of every feature of these layers drawn anywhere in the view. */
export async function featuresInView(page: Page, layers: string[]) {
  return page.evaluate((ids) => {
    const map = window.__map!;
    const present = ids.filter((id) => map.getLayer(id));
    return map.queryRenderedFeatures(undefined, { layers: present }).map((f) => f.properties);
  }, layers);
}

/**
 * The ids lit in the view with a highlight (`selected`, `hover` or `emphasis`): features drawn by a shown highlight
 * layer whose feature state says so (the layers draw every feature that has an id, transparent without a state).
 */
export async function litInView(page: Page, kind: 'selected' | 'hover' | 'emphasis'): Promise<string[]> {
  const found = await page.evaluate(
    ([kind, prefix]) => {
      const map = window.__map!;
      const layers = map
        .getStyle()
        .layers.filter((l) => l.id.startsWith(prefix))
        .map((l) => l.id);
      const lit = map.queryRenderedFeatures(undefined, { layers }).filter((f) => f.state[kind] === true);
      // A country's outline is a country feature, known by its ISO code.
      return lit.map((f) => (f.properties.id as string | undefined) ?? `iso3:${String(f.properties.iso3)}`);
    },
    [kind, HIGHLIGHT_LAYER_PREFIX] as const
  );
  return [...new Set(found.map((id) => (id.startsWith('iso3:') ? countryId(id.slice('iso3:'.length)) : id)))];
}

export function expectNoErrors(watch: PageWatch): void {
  expect(watch.errors, 'console or page errors').toEqual([]);
}

/** Opens the page at each query: it shows its title, raises no error and runs no script from the URL. */
export async function expectMalformedUrlsLoad(page: Page, origin: string, queries: string[]): Promise<void> {
  const watch = watchPage(page);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  for (const query of queries) {
    await page.goto(`${origin}${query}`);
    await expect(page.getByRole('heading', { level: 1 }), query).toHaveText('擘画中国—中亚关系新蓝图');
    // Hydrated: the interface has taken the URL's view (or ignored it) and drawn its controls.
    await expect(page.locator('nav.dock button').first(), query).toBeVisible();
  }
  expect(dialogs, 'no script ran from the URL').toBe(0);
  expectNoErrors(watch);
}

/** Clicks one of the page's tools by its name, through the menu where a phone folds the tools into it. */
export async function clickTool(page: Page, name: string): Promise<void> {
  const tool = page.getByRole('button', { name, exact: true });
  if (!(await tool.isVisible())) await page.getByRole('button', { name: /^(更多工具|More tools)$/ }).click();
  await tool.click();
}

/** Opens the share and export panel. */
export async function openTakeAway(page: Page): Promise<void> {
  await waitForStart(page);
  await page.getByRole('button', { name: /^(分享与导出|Share & export)$/ }).click();
  await expect(page.locator('#takeaway')).toBeVisible();
}

/** Clicks an export button (`png`, `geojson`, `csv`) and returns the download with its bytes. */
export async function saved(page: Page, kind: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-export="${kind}"]`).click()
  ]);
  const path = await download.path();
  return { download, bytes: readFileSync(path) };
}
