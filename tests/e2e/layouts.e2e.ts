// Every screen a reader holds: a phone upright, a phone on its side, a tablet. On each, in both languages,
// every story chapter and explore mode leave the map its share of the screen (55% on a phone), show the
// chapter's heading and the start of its first quote without scrolling, and no control overlaps another; every
// touch target is at least 44 px; each chapter's frame lands in the map's free part; the menu and the folded
// chapter work; axe finds nothing serious. Measured from the DOM (tests/e2e/layout.ts).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { DATA_FILES, projectPath } from '../../src/lib/data/files';
import type { Story } from '../../src/lib/data/story';
import { expectNoErrors, waitForMapIdle, watchPage } from './map-page';
import { measureLayout } from './layout';

const STORY = JSON.parse(
  readFileSync(new URL(`../../${projectPath(DATA_FILES.story)}`, import.meta.url), 'utf8')
) as Story;

/**
 * The screens, each walked in the language that tests it hardest: English, the longer text, on the phones;
 * Chinese, the default, on the tablet (its column has the room). story.e2e.ts and phone.e2e.ts read the Chinese
 * interface on the upright phone.
 */
const SCREENS = [
  { name: 'a phone held upright', width: 390, height: 844, phone: true, languages: ['en'] },
  { name: 'a phone on its side', width: 844, height: 390, phone: true, languages: ['en'] },
  { name: 'a tablet', width: 768, height: 1024, phone: false, languages: ['zh'] }
] as const;

/** The chapters whose frame is checked to land in the free part: the whole region, and a wide route. */
const FRAMED_CHAPTERS = ['lead', 'gas-pipeline'];
/** The chapter axe checks (one with quotes, a figure and the map's highlights). */
const AXE_CHAPTER = 'gas-pipeline';

/** The map's share of the screen a phone must keep, in every chapter and in explore mode. */
const PHONE_FREE_SHARE = 0.55;

/** The share of a chapter's frame, as it lands on screen, where the map is on top (not a card or a button). */
async function frameInFreeArea(page: Page, bounds: [number, number, number, number]): Promise<number> {
  return page.evaluate(([west, south, east, north]) => {
    const map = window.__map!;
    const a = map.project([west, south]);
    const b = map.project([east, north]);
    const left = Math.max(0, a.x);
    const right = Math.min(window.innerWidth, b.x);
    const top = Math.max(0, b.y);
    const bottom = Math.min(window.innerHeight, a.y);
    let free = 0;
    let points = 0;
    for (let y = top + 4; y < bottom; y += 8) {
      for (let x = left + 4; x < right; x += 8) {
        points++;
        if (document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas')) free++;
      }
    }
    return points === 0 ? 0 : free / points;
  }, bounds);
}

/** How far down the screen the middle of a chapter's frame is. */
async function frameMiddle(page: Page, id: string): Promise<number> {
  const [west, south, east, north] = STORY.chapters.find((c) => c.id === id)!.bounds;
  return page.evaluate(([lng, lat]) => window.__map!.project([lng, lat]).y, [(west + east) / 2, (south + north) / 2]);
}

for (const screen of SCREENS) {
  test.describe(`on ${screen.name} (${screen.width}×${screen.height})`, () => {
    test.use({
      viewport: { width: screen.width, height: screen.height },
      hasTouch: true,
      isMobile: true
    });

    test('every chapter and explore mode: map share, heading and quote, no overlap, 44 px targets, frames, axe', async ({
      page
    }) => {
      test.slow();
      const watch = watchPage(page);
      const langs = screen.languages;
      for (const lang of langs) {
        // The frames and axe once per screen: they do not change with the language.
        const once = lang === langs[0];
        const tools = lang === 'zh' ? { menu: '更多工具', layers: '图层' } : { menu: 'More tools', layers: 'Layers' };
        await page.goto(`./?lang=${lang}`);
        await expect(page.locator('.maplibregl-canvas')).toBeVisible();
        await expect(page.locator('[data-chapter="lead"]')).toHaveAttribute('aria-current', 'step');
        for (const [index, chapter] of STORY.chapters.entries()) {
          // PageDown steps the story as the Next button does (the button is clicked in story.e2e.ts).
          if (index > 0) await page.keyboard.press('PageDown');
          const card = page.locator(`[data-chapter="${chapter.id}"]`);
          await expect(card).toHaveAttribute('aria-current', 'step');
          // The card is scrolled to (at once: reduced motion) before the measure.
          await expect(card.locator('h2')).toBeInViewport();
          const layout = await page.evaluate(measureLayout);
          const where = `${lang}, chapter ${chapter.id}`;
          if (screen.phone)
            expect.soft(layout.free, `${where}: the map's share`).toBeGreaterThanOrEqual(PHONE_FREE_SHARE);
          expect.soft(layout.heading, `${where}: the heading is in view`).toBe(true);
          if (chapter.quotes.length > 0)
            expect.soft(layout.quote, `${where}: the first quote starts in view`).toBe(true);
          expect.soft(layout.overlaps, `${where}: controls that overlap`).toEqual([]);
          expect.soft(layout.smallTargets, `${where}: targets under 44 px`).toEqual([]);
          if (once && FRAMED_CHAPTERS.includes(chapter.id)) {
            await expect
              .poll(() => frameInFreeArea(page, chapter.bounds), { message: `${where}: the frame is in the free part` })
              .toBeGreaterThan(0.95);
          }
          if (once && chapter.id === AXE_CHAPTER) expect(await seriousViolations(page), 'the story').toEqual([]);
        }
        await page.getByRole('button', { name: lang === 'zh' ? '探索地图' : 'Explore the map' }).click();
        await expect(page.locator('[data-story]')).toHaveCount(0);
        const layout = await page.evaluate(measureLayout);
        if (screen.phone) expect.soft(layout.free, `${lang}, explore: the map's share`).toBeGreaterThanOrEqual(0.8);
        expect.soft(layout.overlaps, `${lang}, explore: controls that overlap`).toEqual([]);
        expect.soft(layout.smallTargets, `${lang}, explore: targets under 44 px`).toEqual([]);
        if (once) {
          if (screen.phone) await page.getByRole('button', { name: tools.menu }).click();
          await expect(page.getByRole('button', { name: tools.layers, exact: true })).toBeVisible();
          expect(await seriousViolations(page), 'explore, the tools open').toEqual([]);
        }
      }
      expectNoErrors(watch);
    });
  });
}

/** The chapter with the widest frame (Madrid to Xi'an): the hardest to fit beside the story column. */
const WIDEST_CHAPTER = STORY.chapters.reduce((a, b) => (b.bounds[2] - b.bounds[0] > a.bounds[2] - a.bounds[0] ? b : a));

test.describe('on a tablet on its side (1024×768)', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true });

  test('the widest frame, Europe to China, and the credits keep right of the story column', async ({ page }) => {
    await page.goto(`./?ch=${WIDEST_CHAPTER.id}`);
    await expect(page.locator(`[data-chapter="${WIDEST_CHAPTER.id}"]`)).toHaveAttribute('aria-current', 'step');
    await waitForMapIdle(page);
    await expect
      .poll(() => frameInFreeArea(page, WIDEST_CHAPTER.bounds), { message: `${WIDEST_CHAPTER.id}: in the free part` })
      .toBeGreaterThan(0.95);
    // The credits are longer than the room right of the column here: they wrap there rather than run under it.
    const story = (await page.locator('[data-story]').boundingBox())!;
    const credits = (await page.locator('[data-credits]').boundingBox())!;
    expect(credits.x).toBeGreaterThanOrEqual(story.x + story.width);
    await expect(page.locator('[data-credits]').getByRole('link', { name: 'OpenStreetMap' })).toBeInViewport();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the tools wait behind the menu; the chapter folds to its heading and the map takes the room', async ({
    page
  }) => {
    const watch = watchPage(page);
    await page.goto('./?ch=gas-pipeline');
    await waitForMapIdle(page);

    // One bar: the mode, the language and the menu; the rest open from the menu and close after a choice,
    // on Escape (focus back on the menu button) or a touch outside.
    const menu = page.getByRole('button', { name: '更多工具' });
    await expect(page.getByRole('button', { name: '时间轴' })).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await menu.click();
    await page.mouse.click(200, 400);
    await expect(page.getByRole('button', { name: '时间轴' })).toBeHidden();
    await menu.click();
    await page.getByRole('button', { name: '时间轴' }).click();
    await expect(page.locator('[data-timeline]')).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');

    // Back in the story, the chapter folds to its heading: the map gains the room and frames the chapter in it.
    await page.getByRole('button', { name: '回到故事' }).click();
    const story = page.locator('[data-story]');
    const unfolded = (await story.boundingBox())!;
    const before = await page.evaluate(measureLayout);
    await waitForMapIdle(page);
    const middleBefore = await frameMiddle(page, 'gas-pipeline');
    await page.getByRole('button', { name: '收起本章，只留标题' }).click();
    await expect.poll(async () => (await story.boundingBox())!.height).toBeLessThan(unfolded.height / 2);
    await expect(page.locator('[data-chapter="gas-pipeline"] h2')).toBeInViewport();
    await expect(page.locator('[data-chapter="gas-pipeline"] blockquote').first()).toBeHidden();
    const folded = await page.evaluate(measureLayout);
    expect(folded.free).toBeGreaterThan(before.free + 0.1);
    // The frame moves down into the room the card gave up.
    await expect.poll(() => frameMiddle(page, 'gas-pipeline')).toBeGreaterThan(middleBefore + 20);

    // The buttons still step the story while folded; unfolded, the card shows the chapter it is at.
    await page.getByRole('button', { name: '下一章' }).click();
    await expect(page).toHaveURL(/ch=galkynysh/);
    await expect(page.locator('[data-chapter="galkynysh"] h2')).toBeInViewport();
    await page.getByRole('button', { name: '展开本章' }).click();
    await expect(page.locator('[data-chapter="galkynysh"] blockquote').first()).toBeInViewport();
    expectNoErrors(watch);
  });
});
