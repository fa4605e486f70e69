// The first seconds of every way in, on every screen: the layout the prerendered HTML and its CSS give before any
// script has run is the layout the page keeps once it has started. Layout shifts are recorded from the first
// paint (PerformanceObserver, buffered) until the page has started and applied the URL's view, with the CPU slowed
// twice so that the time between the first paint and hydration is as long as on a slow phone; their sum (the
// page's CLS over that window) must stay under 0.02. And the words come first: the largest paint is text (the
// title, the story, a panel), and except where the link opens a panel, it is painted from the prerendered page,
// before its scripts have started.
import { expect, test, type Browser } from '@playwright/test';
import { MAP_MARKS } from '../../src/lib/map/marks';
import { PRODUCTION } from './map-page';

/** The screens a reader holds, with touch where a finger is the pointer. */
const SCREENS = [
  { name: 'a phone held upright', width: 390, height: 844, touch: true },
  { name: 'a phone on its side', width: 844, height: 390, touch: true },
  { name: 'a tablet', width: 768, height: 1024, touch: true },
  { name: 'a desktop', width: 1280, height: 800, touch: false }
] as const;

/** Every way in: the lead, a chapter link, a selection link, explore mode, the list, English. */
const WAYS_IN = [
  { name: 'the lead', path: '/' },
  { name: 'a chapter link', path: '/?ch=gas-pipeline' },
  { name: 'a selection link', path: '/?sel=project-angren-pap' },
  { name: 'explore mode', path: '/?mode=explore' },
  { name: 'the list', path: '/?panel=list' },
  { name: 'English', path: '/?lang=en&ch=zhanatas' }
] as const;

/** The page's CLS budget over its first seconds. */
const CLS_BUDGET = 0.02;
/** How much slower than this machine the CPU runs (this machine is slow already: 2 software-rendering cores). */
const CPU_SLOWDOWN = 2;
/** Recorded until the page has started (hydrated and applied the URL's view) and this long after. */
const AFTER_START_MS = 700;

interface FirstSeconds {
  shifts: { value: number; sources: string[] }[];
  lcp: { time: number; element: string }[];
  /** When the page had hydrated and applied the URL's view. */
  started: number;
}

async function firstSeconds(browser: Browser, screen: (typeof SCREENS)[number], path: string): Promise<FirstSeconds> {
  const context = await browser.newContext({
    viewport: { width: screen.width, height: screen.height },
    hasTouch: screen.touch,
    locale: 'zh-CN',
    serviceWorkers: 'block'
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: FirstSeconds = { shifts: [], lcp: [], started: NaN };
    (window as unknown as { firstSeconds: FirstSeconds }).firstSeconds = seen;
    const describe = (node: Node | null | undefined) =>
      node instanceof Element ? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')}` : String(node);
    const onShifts = (entries: PerformanceEntryList) => {
      for (const entry of entries as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node }[];
      })[]) {
        if (!entry.hadRecentInput)
          seen.shifts.push({ value: entry.value, sources: entry.sources.map((s) => describe(s.node)) });
      }
    };
    const onPaints = (entries: PerformanceEntryList) => {
      for (const entry of entries as (PerformanceEntry & { element: Element | null })[])
        seen.lcp.push({ time: entry.startTime, element: describe(entry.element) });
    };
    const shifts = new PerformanceObserver((list) => onShifts(list.getEntries()));
    shifts.observe({ type: 'layout-shift', buffered: true });
    const paints = new PerformanceObserver((list) => onPaints(list.getEntries()));
    paints.observe({ type: 'largest-contentful-paint', buffered: true });
    // An observer's callback is a task of its own, which a busy (or throttled) page may not have run yet when the
    // test reads what it saw: the entries still queued are taken then.
    (window as unknown as { takeQueued: () => void }).takeQueued = () => {
      onShifts(shifts.takeRecords());
      onPaints(paints.takeRecords());
    };
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.goto(new URL(path, PRODUCTION).href);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MAP_MARKS.started, {
    timeout: 45_000
  });
  await page.waitForTimeout(AFTER_START_MS);
  // A paint's entry comes once the frame is on screen, which a busy machine (both workers drawing maps in software)
  // can report seconds later: read once the largest paint so far has arrived, not before.
  await page.waitForFunction(
    () => {
      const queued = window as unknown as { takeQueued: () => void; firstSeconds: FirstSeconds };
      queued.takeQueued();
      return queued.firstSeconds.lcp.length > 0;
    },
    null,
    { timeout: 20_000 }
  );
  const seen = await page.evaluate((mark) => {
    (window as unknown as { takeQueued: () => void }).takeQueued();
    return {
      ...(window as unknown as { firstSeconds: FirstSeconds }).firstSeconds,
      started: performance.getEntriesByName(mark)[0].startTime
    };
  }, MAP_MARKS.started);
  await context.close();
  return seen;
}

/**
 * A page opened and dropped before the measured ones. The first page a fresh browser opens pays for what a reader's
 * browser has long had ready (the CJK system font read from disk, its processes started): measured, it would fail
 * on the test machine's start, not on the page.
 */
async function warmUp(browser: Browser): Promise<void> {
  const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(PRODUCTION);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MAP_MARKS.started);
  await context.close();
}

/**
 * One screen after another in one worker: two of these pages loading at once, each with its CPU slowed, would measure
 * how the machine shares its two cores, not when the page paints.
 */
test.describe('the first seconds', () => {
  test.describe.configure({ mode: 'default' });
  test.beforeAll(async ({ browser }) => warmUp(browser));

  for (const screen of SCREENS) {
    test(`nothing moves in the first seconds on ${screen.name}, however the reader comes in; the words paint first`, async ({
      browser
    }) => {
      test.slow();
      for (const way of WAYS_IN) {
        const seen = await firstSeconds(browser, screen, way.path);
        const cls = seen.shifts.reduce((sum, shift) => sum + shift.value, 0);
        const moved = seen.shifts.map((s) => `${s.value.toFixed(3)} ${s.sources.join(', ')}`).join('; ');
        expect(cls, `${way.name} (${way.path}): layout shift ${cls.toFixed(3)}: ${moved}`).toBeLessThanOrEqual(
          CLS_BUDGET
        );
        // The largest paint is text (a heading, a quote, a panel's words), not the map or a picture.
        const largest = seen.lcp.at(-1);
        expect(largest, `${way.name}: no largest contentful paint`).toBeDefined();
        expect(largest!.element, `${way.name}: the largest paint is ${largest!.element}`).not.toMatch(/^(canvas|img)/);
        if (way.name !== 'a selection link' && way.name !== 'the list') {
          // A panel opened by the link is painted when its data arrives; the other ways in paint their words from the
          // prerendered page, before its scripts have started.
          expect(largest!.time, `${way.name}: largest paint ${largest!.element}`).toBeLessThan(seen.started);
        }
      }
    });
  }
});
