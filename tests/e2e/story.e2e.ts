// Following the article: the chapters by keyboard (camera, layers, announcement), the 2013 journey drawing
// itself, explore and back, the timeline's filters, the language switch, and the story on a phone.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Chapter, Story } from '../../src/lib/data/story';
import { DATA_FILES, projectPath } from '../../src/lib/data/files';
import { LAYER } from '../../src/lib/map/style/layer-ids';
import { PathMeasure } from '../../src/lib/map/story/path-measure';
import {
  afterMove,
  expectNoErrors,
  featuresInView,
  litInView,
  nextFrame,
  waitForMapIdle,
  waitForStart,
  watchPage
} from './map-page';

const STORY_FILE = new URL(`../../${projectPath(DATA_FILES.story)}`, import.meta.url);
const STORY = JSON.parse(readFileSync(STORY_FILE, 'utf8')) as Story;
const CHAPTERS: Chapter[] = STORY.chapters;
const JOURNEY_PATH = new PathMeasure(STORY.journey.path);

/** Waits until the map has stopped moving and drawn everything, after whatever started a move. */
async function settle(page: Page) {
  await page.waitForFunction(() => !window.__map!.isMoving(), null, { timeout: 20_000 });
  await waitForMapIdle(page);
}

/** The map area the story leaves visible: right of the story column on a wide screen. */
async function freeArea(page: Page) {
  return page.evaluate(() => {
    const map = window.__map!.getContainer().getBoundingClientRect();
    const story = document.querySelector('[data-story]')!.getBoundingClientRect();
    return { left: story.right - map.left, top: 0, right: map.width, bottom: map.height };
  });
}

/** Where a chapter's frame lands on screen. */
async function frameOnScreen(page: Page, chapter: Chapter) {
  const [west, south, east, north] = chapter.bounds;
  return page.evaluate(
    ([sw, ne]) => {
      const map = window.__map!;
      const a = map.project([sw[0], sw[1]]);
      const b = map.project([ne[0], ne[1]]);
      return { left: a.x, right: b.x, top: b.y, bottom: a.y };
    },
    [
      [west, south],
      [east, north]
    ] as const
  );
}

/** Whether the layers of a kind show anything in the view. */
const drawn = async (page: Page, layers: string[]) => (await featuresInView(page, layers)).length > 0;
const showsGroup = (chapter: Chapter, ids: string[]) =>
  chapter.layers === 'all' || chapter.layers.some((id) => ids.includes(id));

test('every chapter, stepped by keyboard, sets its frame, its layers and its announcement', async ({ page }) => {
  test.setTimeout(240_000);
  const watch = watchPage(page);
  await page.goto('./');
  await waitForMapIdle(page);
  const announcer = page.locator('[data-announcer]');

  await settle(page);
  for (const [index, chapter] of CHAPTERS.entries()) {
    if (index > 0) await afterMove(page, () => page.keyboard.press(index % 2 ? 'PageDown' : 'ArrowRight'));
    await expect(page).toHaveURL(new RegExp(`[?&]ch=${chapter.id}(&|$)`));
    await expect(announcer, chapter.id).toContainText(chapter.alt.zh);
    await expect(page.locator(`[data-chapter="${chapter.id}"]`)).toHaveAttribute('aria-current', 'step');

    // The frame: inside the part of the map the story leaves free, and filling it (within 10 px).
    const free = await freeArea(page);
    const frame = await frameOnScreen(page, chapter);
    const tolerance = 10;
    expect(frame.left, `${chapter.id} west edge`).toBeGreaterThanOrEqual(free.left - tolerance);
    expect(frame.right, `${chapter.id} east edge`).toBeLessThanOrEqual(free.right + tolerance);
    expect(frame.top, `${chapter.id} north edge`).toBeGreaterThanOrEqual(free.top - tolerance);
    expect(frame.bottom, `${chapter.id} south edge`).toBeLessThanOrEqual(free.bottom + tolerance);
    const fills = Math.max(
      (frame.right - frame.left) / (free.right - free.left),
      (frame.bottom - frame.top) / (free.bottom - free.top)
    );
    expect(fills, `${chapter.id} fills the free map`).toBeGreaterThan(0.6);

    // Never an empty map; the layers the chapter names, and only those.
    expect(await drawn(page, [LAYER.countries.fill]), `${chapter.id} land`).toBe(true);
    expect(await drawn(page, [LAYER.pipeline.lines]), `${chapter.id} pipeline`).toBe(showsGroup(chapter, ['pipeline']));
    expect(await drawn(page, [LAYER.rail.lines]), `${chapter.id} rail`).toBe(
      showsGroup(chapter, ['changan', 'changan-central-asia', 'other-trains'])
    );
    // With reduced motion the journey is drawn whole at once; its moments are placed, one marker each.
    const stops = (await featuresInView(page, [LAYER.journey.stops])).length;
    expect(stops, `${chapter.id} journey`).toBe(chapter.journey === 'path' ? 6 : 0);
    const moments = new Set((await featuresInView(page, [LAYER.journey.moments])).map((p) => p.id));
    expect(moments.size, `${chapter.id} moments`).toBe(chapter.journey === 'moments' ? 6 : 0);
  }
  await expect(page.locator('[data-chapter="moments"] .moments > li')).toHaveCount(6);
  await expect(page.getByRole('button', { name: '下一章' })).toBeDisabled();
  expectNoErrors(watch);
});

test('the 2013 journey draws itself west from Beijing and lights the landforms it passes', async ({ page }) => {
  // The journey is drawn as motion: without a preference for less of it.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const watch = watchPage(page);
  await page.goto('./?ch=section-1');
  await waitForMapIdle(page);
  await settle(page);
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/ch=journey-2013/);
  /**
   * How far west the painted path reaches (the journey runs west from Beijing): the path is on the map whole, and
   * its gradient paints it up to a share of its drawn length.
   */
  const westmost = async () => {
    const share = await page.evaluate((path) => {
      const map = window.__map!;
      if (map.queryRenderedFeatures(undefined, { layers: [path] }).length === 0) return 0;
      // ['step', ['line-progress'], colour, share, transparent]
      return (map.getPaintProperty(path, 'line-gradient') as [string, unknown, string, number])[3];
    }, LAYER.journey.path);
    return share > 0 ? Math.min(...JOURNEY_PATH.drawnTo(share).map(([lng]) => lng)) : 180;
  };
  const lit = () => litInView(page, 'emphasis');
  // It starts once the camera has arrived, and grows west from Beijing until it reaches Turkmenistan.
  await expect.poll(westmost, { timeout: 20_000 }).toBeLessThan(116);
  const early = await westmost();
  expect(early, 'the path is still being drawn').toBeGreaterThan(66);
  await expect.poll(westmost, { timeout: 20_000 }).toBeLessThan(60);
  await expect
    .poll(async () => (await lit()).sort(), { timeout: 20_000 })
    .toEqual(['alatau', 'amudarya', 'fergana', 'kyzylkum', 'tianshan']);
  // The cities of the visits are on the map, Bishkek last.
  await expect
    .poll(async () => (await featuresInView(page, [LAYER.journey.stops])).length, { timeout: 20_000 })
    .toBe(6);
  expectNoErrors(watch);
});

test('explore leaves the story with the map free; back to the story returns to the same chapter', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('./?ch=gas-pipeline');
  await waitForMapIdle(page);
  await settle(page);
  const storyCamera = await page.evaluate(() => window.__map!.getCenter().toArray());

  await page.getByRole('button', { name: '探索地图' }).click();
  await expect(page).not.toHaveURL(/ch=/);
  await expect(page.locator('[data-story]')).toHaveCount(0);
  // Everything is back: the rail routes the chapter hid are drawn again, and the layer panel works.
  await page.evaluate(() => window.__map!.jumpTo({ center: [75, 43], zoom: 3 }));
  await waitForMapIdle(page);
  expect(await drawn(page, [LAYER.rail.lines])).toBe(true);
  await page.getByRole('button', { name: '图层', exact: true }).click();
  await expect(page.locator('#side-layers')).toBeVisible();

  await page.getByRole('button', { name: '回到故事' }).click();
  await expect(page).toHaveURL(/ch=gas-pipeline/);
  await expect(page.locator('[data-chapter="gas-pipeline"]')).toHaveAttribute('aria-current', 'step');
  await expect(page.locator('[data-chapter="gas-pipeline"]')).toBeInViewport();
  await settle(page);
  const back = await page.evaluate(() => window.__map!.getCenter().toArray());
  expect(back[0]).toBeCloseTo(storyCamera[0], 1);
  expect(back[1]).toBeCloseTo(storyCamera[1], 1);
  expectNoErrors(watch);
});

test('clicking a feature in the story opens its panel and keeps the chapter', async ({ page }) => {
  await page.goto('./?ch=zhanatas');
  await waitForMapIdle(page);
  await settle(page);
  const at = await page.evaluate(() => window.__map!.project([69.72, 43.59]));
  await page.locator('.maplibregl-canvas').click({ position: { x: at.x, y: at.y } });
  await expect(page.locator('aside.info-panel')).toHaveAttribute('data-selected', 'project-zhanatas-wind');
  await expect(page).toHaveURL(/ch=zhanatas.*sel=project-zhanatas-wind/);
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-chapter="zhanatas"]')).toHaveAttribute('aria-current', 'step');
});

test.describe('the timeline', () => {
  const view = 'map=2.8/43/72';

  async function renderedCountries(page: Page) {
    const features = await featuresInView(page, [LAYER.countries.focus]);
    return [...new Set(features.map((f) => f.iso3 as string))].sort();
  }
  async function renderedIds(page: Page, layers: string[]) {
    return new Set((await featuresInView(page, layers)).map((f) => f.id as string));
  }

  test('filters the map by month: documents, pipeline lines, and the events of the moment', async ({ page }) => {
    const watch = watchPage(page);
    await page.goto(`./?t=2014-03&${view}`);
    await waitForMapIdle(page);
    const slider = page.getByRole('slider', { name: '月份' });
    await expect(slider).toHaveAttribute('aria-valuetext', '2014年3月');
    expect(await renderedCountries(page)).toEqual(['CHN']);
    const lines = await renderedIds(page, [LAYER.pipeline.lines]);
    expect(lines.has('pipeline-line-a') && lines.has('pipeline-line-b')).toBe(true);
    expect(lines.has('pipeline-line-c')).toBe(false);

    // Six months on by keyboard: Tajikistan's document, with its words.
    await slider.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/t=2014-09/);
    await expect(page.locator('[data-month-events]')).toContainText('塔吉克斯坦同中国签署共建');
    await expect(page.locator('[data-month-events] blockquote').first()).toContainText('2014年9月，塔吉克斯坦');
    await waitForMapIdle(page);
    expect(await renderedCountries(page)).toEqual(['CHN', 'TJK']);

    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/t=2015-07/);
    await waitForMapIdle(page);
    expect(await renderedCountries(page)).toEqual(['CHN', 'KAZ', 'KGZ', 'TJK', 'UZB']);
    expect((await renderedIds(page, [LAYER.pipeline.lines])).has('pipeline-line-c')).toBe(true);

    // Closed, the map shows everything again.
    await page.getByRole('button', { name: '关闭时间轴' }).click();
    await expect(page).not.toHaveURL(/t=/);
    await waitForMapIdle(page);
    expect(await renderedCountries(page)).toEqual(['CHN', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    expectNoErrors(watch);
  });

  test('plays through the months', async ({ page }) => {
    await page.goto(`./?t=2022-12&${view}`);
    await waitForMapIdle(page);
    await page.getByRole('button', { name: '播放' }).click();
    await expect(page).toHaveURL(/t=2023-0[2-5]/, { timeout: 10_000 });
    await expect(page.getByRole('slider', { name: '月份' })).toHaveAttribute('aria-valuetext', '2023年5月', {
      timeout: 10_000
    });
    await expect(page.getByRole('button', { name: '播放' })).toBeVisible();
    // Polled: the last month's filter reaches the map's tiles a frame or two after the play button returns.
    await expect.poll(() => renderedCountries(page), { timeout: 10_000 }).toContain('TKM');
  });
});

test('the language switch changes the interface, the map labels and the URL', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('./?ch=section-1');
  await waitForMapIdle(page);
  await settle(page);
  const labels = page.locator('.maplibregl-canvas');
  const before = await labels.screenshot();
  // The language menu: its button names the language, its entries are each language's own name.
  await page.getByRole('button', { name: '语言: 中文' }).click();
  await expect(page.getByRole('link', { name: '中文' })).toHaveAttribute('aria-current', 'true');
  await page.getByRole('link', { name: 'English' }).click();
  // The address is the English page's, at the same chapter: a reload or a copy of it opens the same.
  await expect(page).toHaveURL(/\/en\/\?ch=section-1$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Explore the map' })).toBeVisible();
  await expect(page.locator('[data-chapter="section-1"] h2')).toHaveText(
    'Led by heads of state, steady and far-reaching'
  );
  // Quotes stay Chinese, followed by a translation marked as ours.
  await expect(page.locator('[data-chapter="section-1"] blockquote')).toHaveAttribute('lang', /^zh/);
  await expect(page.locator('[data-chapter="section-1"] .translation')).toContainText('Translation (ours');
  // No Chinese left in the controls (the language menu, closed, offers 中文 among the others).
  await expect(page.getByRole('button', { name: 'Language: English' })).toHaveAttribute('aria-expanded', 'false');
  const controls = await page.locator('.dock button, .controls').allInnerTexts();
  expect(controls.filter((t) => /[\u4e00-\u9fff]/.test(t))).toEqual([]);
  // The map's credits follow the language (OpenStreetMap's keep the words its licence asks for in both).
  const credits = page.locator('[data-credits]');
  await expect(credits).toContainText('Relief: ETOPO5 (NOAA)');
  await expect(credits).toContainText('© OpenStreetMap contributors');
  await expect(credits).not.toContainText('地形');
  // The map relabels: the label expressions read the language, and the drawn labels change.
  expect(await page.evaluate(() => window.__map!.getGlobalState().lang)).toBe('en');
  await waitForMapIdle(page);
  expect(Buffer.compare(before, await labels.screenshot())).not.toBe(0);
  expectNoErrors(watch);
});

test('an English browser gets the English page, and a link can still ask for Chinese', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Explore the map' })).toBeVisible();
  await expect(page).toHaveURL(/\/en\/(\?ch=lead)?$/);
  // The prerendered button answers once the page has started (a click before that would be lost).
  await waitForStart(page);
  // The full article, from a quote: our translation under each paragraph, the quoted one marked in both.
  await page.getByRole('button', { name: 'Read in context' }).first().click();
  const reader = page.locator('dialog.reader');
  await expect(reader.locator('mark')).toHaveText('灞河之滨，长安塔下。初夏的古都西安，草木葱郁，万物并秀。');
  await expect(reader.locator('[data-translation="p01"]')).toContainText('On the banks of the Ba River');
  await expect(reader.locator('[data-translation="p01"]')).toHaveClass(/pointed/);
  await expect(reader.locator('[data-translation="p58"]')).toHaveAttribute('lang', 'en');
  await expect(reader).toContainText('ours, not Xinhua’s');
  await reader.getByRole('button', { name: /Back/ }).click();
  await page.goto('./?lang=zh');
  await expect(page.getByRole('button', { name: '探索地图' })).toBeVisible();
  // The root page keeps naming its language for this browser, which would otherwise open the English page.
  await expect(page).toHaveURL(/\/\?lang=zh$/);
  await context.close();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('chapters are cards at the foot of the screen, swiped or stepped, with the map above', async ({ page }) => {
    const watch = watchPage(page);
    await page.goto('./');
    await waitForMapIdle(page);
    const card = page.locator('[data-story]');
    const box = (await card.boundingBox())!;
    expect(box.y, 'the map keeps the top half').toBeGreaterThan(0.5 * 844);
    expect(box.width).toBe(390);

    // A swipe to the left brings the next card.
    const cdp = await page.context().newCDPSession(page);
    const y = box.y + 120;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 320, y }] });
    // At a finger's pace (events a frame apart), not all at once: an instant swipe is a fling of any speed.
    for (const x of [280, 220, 160, 100, 60]) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
      await nextFrame(page);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect(page).toHaveURL(/ch=section-1/);
    // The row has come to rest on that card (a fling stops at the next chapter, never past it): it has not
    // scrolled between two frames.
    const rowAtRest = async () => {
      const at = () => page.locator('[data-story]').evaluate((row) => row.querySelector('.chapters')!.scrollLeft);
      const before = await at();
      await nextFrame(page);
      await nextFrame(page);
      return (await at()) === before;
    };
    await expect.poll(rowAtRest).toBe(true);
    await expect(page).toHaveURL(/ch=section-1/);

    await page.getByRole('button', { name: '下一章' }).click();
    await expect(page).toHaveURL(/ch=journey-2013/);
    await expect(page.locator('[data-chapter="journey-2013"]')).toBeInViewport({ ratio: 0.9 });
    // Each card is the screen's width, so none of its text runs off the right edge.
    const cardWidths = await page
      .locator('[data-chapter]')
      .evaluateAll((cards) => cards.map((c) => Math.round(c.getBoundingClientRect().width)));
    expect(new Set(cardWidths)).toEqual(new Set([390]));
    await settle(page);
    // The chapter's frame sits above the card.
    const frame = await frameOnScreen(page, CHAPTERS[2]);
    expect(frame.bottom).toBeLessThanOrEqual(box.y + 10);
    expectNoErrors(watch);
  });
});
