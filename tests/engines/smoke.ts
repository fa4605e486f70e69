// The smoke run every engine gets (webkit.test.ts, firefox.test.ts): the built site (the test build, with
// window.__map, at its subpath) opened as a reader would, asserting what a reader would notice. Each engine's file
// gives a driver adapter (EngineDriver); the steps, and what they assert, are here once. Two page loads per
// engine: the lead, and a chapter link, on which the click and the language switch follow.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { PNG } from 'pngjs';
import { FOCUS_FILLS } from '../../src/lib/data/palette';
import { DATA_FILES, projectPath } from '../../src/lib/data/files';
import type { Story } from '../../src/lib/data/story';
import { HTML_LANG, langPath, ROOT_LANG, type Lang } from '../../src/lib/i18n/langs';
import { MESSAGES } from '../../src/lib/i18n/messages/index';
import { ENGINES, engineMissing } from '../support/engines.js';
import { TEST_SITE } from '../support/sites.js';
import { startServer } from '../support/static-server.js';

/** The language the switch is tried with: the one constant to change (or loop over) when a language is added. */
export const TARGET_LANG: Lang = 'ru';

/**
 * The language the chapter link names (as every shared link does), and so the one the switch starts from: the
 * article's, the site's root. Named rather than left to the browser's, which these engines take from the machine.
 */
const START_LANG: Lang = ROOT_LANG;

/** Where the screenshots go, for people to look at (beside the Playwright report's; nothing compares them). */
const SCREENSHOTS = 'test-results/engines';

/** The browser window: a desktop's, the size the e2e tests use. Each driver sizes its window to it. */
export const WINDOW = { width: 1280, height: 800 };

/** What the steps need from an engine's driver. Page scripts are function bodies (strings) reading `arguments`. */
export interface EngineDriver {
  /** The engine's own name and version, for the output. */
  version: string;
  /** Navigates and resolves once the document has loaded. */
  open(url: string): Promise<void>;
  /** Runs a function body in the page with these arguments; resolves to what it returns (promises awaited). */
  run<T>(body: string, ...args: unknown[]): Promise<T>;
  /** A real click (pointer events) at the middle of the first element matching a CSS selector. */
  click(selector: string): Promise<void>;
  /** A real click at a point of the viewport (CSS px). */
  clickAt(x: number, y: number): Promise<void>;
  /** A PNG of what the viewport shows. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const article = read('src/lib/data/article/article.zh.txt');
const story = JSON.parse(read(projectPath(DATA_FILES.story))) as Story;

/** The chapter the link opens, and the project on it that the click selects: the Zhanatas wind farm. */
const CHAPTER = story.chapters.find((chapter) => chapter.id === 'zhanatas')!;
const PROJECT = { id: 'project-zhanatas-wind', lngLat: [69.72, 43.59] as [number, number] };

/** A page script's start: where the longitude/latitude in its first argument is in the viewport (`point`). */
const PROJECT_ON_SCREEN = `
  const map = window.__map;
  const projected = map.project(arguments[0]);
  const canvas = map.getCanvas().getBoundingClientRect();
  const point = { x: canvas.left + projected.x, y: canvas.top + projected.y };`;

/** Polls a page script until it returns a truthy value; fails with `what` and the last value after `timeout` ms. */
async function until<T>(driver: EngineDriver, what: string, body: string, args: unknown[] = [], timeout = 20_000) {
  const end = Date.now() + timeout;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await driver.run<T>(body, ...args);
    if (last) return last;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`${what}: not after ${timeout / 1000} s (last: ${JSON.stringify(last)})`);
}

/** Whether the live map has drawn everything in view and stopped; why not, when the engine shows the static map. */
const MAP_SETTLED = `
  if (document.querySelector('[data-static-map]')) return 'static';
  const map = window.__map;
  return Boolean(map && map.loaded() && map.areTilesLoaded() && !map.isMoving());`;

async function waitForMap(driver: EngineDriver) {
  const state = await until<boolean | string>(driver, 'the live map draws and settles', MAP_SETTLED, [], 30_000);
  assert.notEqual(state, 'static', 'the engine shows the static map (no WebGL 2), not the live map');
}

function rgb(hex: string): [number, number, number] {
  const value = parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

type Box = { left: number; top: number; right: number; bottom: number };

/** A box (CSS px) in a screenshot's pixels, `scale` of them per CSS px, clipped to the picture. */
function inPixels(png: PNG, box: Box, scale: number) {
  const [x0, x1] = [Math.max(0, box.left * scale), Math.min(png.width, box.right * scale)].map(Math.round);
  const [y0, y1] = [Math.max(0, box.top * scale), Math.min(png.height, box.bottom * scale)].map(Math.round);
  return { x0, x1, y0, y1 };
}

/** A screenshot's pixels inside a box (CSS px), to compare with the same box later. */
function crop(shot: Buffer, box: Box, viewportWidth: number): Buffer {
  const png = PNG.sync.read(shot);
  const { x0, x1, y0, y1 } = inPixels(png, box, png.width / viewportWidth);
  const rows = [];
  for (let y = y0; y < y1; y++) rows.push(png.data.subarray((y * png.width + x0) * 4, (y * png.width + x1) * 4));
  return Buffer.concat(rows);
}

/** Pixels of each of the six countries' tints inside a box (CSS px) of the screenshot, within 4 of each channel. */
function countTints(png: PNG, box: Box, scale: number) {
  const counts = Object.fromEntries(Object.keys(FOCUS_FILLS).map((iso3) => [iso3, 0]));
  const tints = Object.entries(FOCUS_FILLS).map(([iso3, hex]) => [iso3, rgb(hex)] as const);
  const { x0, x1, y0, y1 } = inPixels(png, box, scale);
  for (let y = y0; y < y1; y += 2) {
    for (let x = x0; x < x1; x += 2) {
      const i = (y * png.width + x) * 4;
      const match = tints.find(([, [r, g, b]]) => {
        const [pr, pg, pb] = [png.data[i], png.data[i + 1], png.data[i + 2]];
        return Math.abs(pr - r) <= 4 && Math.abs(pg - g) <= 4 && Math.abs(pb - b) <= 4;
      });
      if (match) counts[match[0]]++;
    }
  }
  return counts;
}

/** Clicks the element in the dock marked with the target language, opening its menu first where it is in one. */
async function chooseLanguage(driver: EngineDriver, lang: Lang) {
  const choice = `nav.dock [lang="${HTML_LANG[lang]}"]`;
  const opener = await driver.run<string | null>(
    `const choice = document.querySelector(arguments[0]);
     if (!choice) throw new Error('no control for the language in the dock: ' + arguments[0]);
     if (choice.checkVisibility()) return null;
     const menu = choice.closest('[id]');
     return menu ? '[aria-controls="' + menu.id + '"]' : null;`,
    choice
  );
  if (opener) await driver.click(opener);
  await driver.click(choice);
}

/**
 * The smoke run of one engine: its tests, in order, in one browser. Where the engine cannot be driven on this
 * machine, says so: a failure in CI, a skip (with the reason) elsewhere.
 */
export function smokeRun(key: keyof typeof ENGINES, launch: () => Promise<EngineDriver>) {
  const engine = ENGINES[key];
  // A bound on the whole run (a minute per engine is the budget): a hung browser fails it rather than the suite.
  describe(`${engine.name}: the built site`, { timeout: 90_000 }, () => {
    const missing = engineMissing(key);
    if (missing) {
      test(`${engine.name} can be driven here`, (context) => {
        if (process.env.CI) assert.fail(missing);
        console.log(missing);
        context.skip(missing);
      });
      return;
    }

    let driver: EngineDriver;
    let server: Server;
    let site: string;
    /** Where the project's label is drawn after the click, and its pixels there, in the link's language. */
    let label: { box: Box; viewportWidth: number; pixels: Buffer };
    const started = Date.now();

    before(async () => {
      if (!existsSync(`${TEST_SITE.dir}/index.html`))
        throw new Error(`No test build in ${TEST_SITE.dir}/: run \`npm run build:test\` first.`);
      // A free port of its own (0): never one of the e2e servers'.
      server = await startServer(TEST_SITE.dir, 0, '127.0.0.1', { base: TEST_SITE.base });
      site = `http://127.0.0.1:${(server.address() as AddressInfo).port}${TEST_SITE.base}/`;
      mkdirSync(SCREENSHOTS, { recursive: true });
      driver = await launch();
      console.log(`${engine.name}: ${driver.version}`);
    });

    after(async () => {
      await driver?.close();
      server?.close();
      console.log(`${engine.name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });

    test('the lead draws the six countries, each in its own tint', async () => {
      await driver.open(site);
      await waitForMap(driver);
      const view = await driver.run<{ width: number; box: Box }>(
        `const box = window.__map.getCanvas().getBoundingClientRect();
         return { width: innerWidth, box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom } };`
      );
      const shot = await driver.screenshot();
      writeFileSync(`${SCREENSHOTS}/${key}-lead.png`, shot);
      const png = PNG.sync.read(shot);
      const counts = countTints(png, view.box, png.width / view.width);
      // 100 samples (one pixel in four): a country's fill, not an anti-aliased edge or a swatch.
      const missingTints = Object.entries(counts).filter(([, count]) => count < 100);
      assert.deepEqual(
        missingTints,
        [],
        `the map does not show every one of the six countries in its tint (pixels sampled of each): ${JSON.stringify(counts)}`
      );
    });

    test('a chapter link opens its chapter', async () => {
      await driver.open(`${site}?ch=${CHAPTER.id}&lang=${START_LANG}`);
      await waitForMap(driver);
      const shown = await until<{ title: string; onScreen: boolean; framed: boolean }>(
        driver,
        `chapter ${CHAPTER.id} is the current one`,
        `const card = document.querySelector('[data-chapter="' + arguments[0] + '"][aria-current="step"]');
         if (!card) return null;
         const heading = card.querySelector('h2').getBoundingClientRect();
         const [lng, lat] = arguments[1];
         const bounds = window.__map.getBounds();
         return { title: card.querySelector('h2').textContent.trim(),
                  onScreen: heading.top >= 0 && heading.bottom <= innerHeight && heading.width > 0,
                  framed: bounds.contains([lng, lat]) };`,
        [CHAPTER.id, PROJECT.lngLat]
      );
      assert.deepEqual(shown, { title: CHAPTER.title[START_LANG], onScreen: true, framed: true });
    });

    test('a click on a project opens its panel with the article’s words', async () => {
      const at = await driver.run<{ x: number; y: number }>(`${PROJECT_ON_SCREEN} return point;`, PROJECT.lngLat);
      await driver.clickAt(at.x, at.y);
      // Where things overlap the click offers a chooser first.
      const opened = await until<string>(
        driver,
        `the click at the project opens its panel or a chooser`,
        `return document.querySelector('aside[data-selected="' + arguments[0] + '"]') ? 'panel'
           : document.querySelector('[data-choose="' + arguments[0] + '"]') ? 'chooser' : null;`,
        [PROJECT.id]
      );
      if (opened === 'chooser') await driver.click(`[data-choose="${PROJECT.id}"]`);
      const quotes = await until<string[]>(
        driver,
        `the panel of ${PROJECT.id} shows a quote`,
        `const quotes = [...document.querySelectorAll('aside[data-selected="' + arguments[0] + '"] blockquote')];
         return quotes.length > 0 && quotes[0].checkVisibility() ? quotes.map((q) => q.textContent.trim()) : null;`,
        [PROJECT.id]
      );
      for (const quote of quotes) assert.ok(article.includes(quote), `the quote is the article's: ${quote}`);
      // The project's label, right of its marker once the map has framed the selection: the switch must redraw it.
      await waitForMap(driver);
      const marker = await driver.run<{ x: number; y: number; viewportWidth: number }>(
        `${PROJECT_ON_SCREEN} return { ...point, viewportWidth: innerWidth };`,
        PROJECT.lngLat
      );
      const box = { left: marker.x + 12, top: marker.y - 30, right: marker.x + 212, bottom: marker.y + 30 };
      label = {
        box,
        viewportWidth: marker.viewportWidth,
        pixels: crop(await driver.screenshot(), box, marker.viewportWidth)
      };
    });

    test(`the language switches to ${TARGET_LANG}`, async () => {
      await chooseLanguage(driver, TARGET_LANG);
      const page = await until<{
        lang: string;
        path: string;
        chapter: string;
        explore: string;
        title: string;
        labels: string;
      }>(
        driver,
        `the page is in ${TARGET_LANG}`,
        `if (document.documentElement.lang !== arguments[0]) return null;
         return { lang: document.documentElement.lang, path: location.pathname,
                  chapter: new URLSearchParams(location.search).get('ch'),
                  explore: document.querySelector('nav.dock .mode .to-explore').textContent.trim(),
                  title: document.querySelector('[data-chapter="' + arguments[1] + '"] h2').textContent.trim(),
                  labels: window.__map.getGlobalState().lang };`,
        [HTML_LANG[TARGET_LANG], CHAPTER.id]
      );
      assert.deepEqual(page, {
        lang: HTML_LANG[TARGET_LANG],
        path: `${TEST_SITE.base}/${langPath(TARGET_LANG)}`,
        chapter: CHAPTER.id,
        explore: MESSAGES[TARGET_LANG]['mode.explore'],
        title: CHAPTER.title[TARGET_LANG],
        labels: TARGET_LANG
      });
      // And the drawing follows: the project's label changes (polled, as the labels are laid out again).
      const relabelled = (shot: Buffer) => !crop(shot, label.box, label.viewportWidth).equals(label.pixels);
      let shot = await driver.screenshot();
      for (const end = Date.now() + 10_000; !relabelled(shot) && Date.now() < end;) {
        await waitForMap(driver);
        shot = await driver.screenshot();
      }
      writeFileSync(`${SCREENSHOTS}/${key}-${TARGET_LANG}.png`, shot);
      assert.ok(relabelled(shot), `the project's label on the map is still drawn as in ${START_LANG}`);
    });
  });
}
