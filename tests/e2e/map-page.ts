// Helpers for the e2e tests: open the page, wait for the map, ask it what it drew.
import { expect, type Page } from '@playwright/test';

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

/** The page in explore mode with its default view (a bare URL opens the story instead). */
export const EXPLORE = '/?mode=explore';

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

export function expectNoErrors(watch: PageWatch): void {
  expect(watch.errors, 'console or page errors').toEqual([]);
}
