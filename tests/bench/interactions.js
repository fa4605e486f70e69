// How long a reader waits for the map to answer four things: a hover over a project, a legend toggle (the
// pipeline), a step of the timeline and a pick in the list. Each is timed from the input event (its timeStamp)
// to the first frame MapLibre draws after it with nothing left loading (`render` with `map.loaded()`: a changed
// filter re-tiles its source, and the frame that shows the change is the one after the tiles come back; a
// feature state is drawn by the next frame). Ours is the test build (it exposes `window.__map`), driven through
// its own interface; the peer is the same-content plain page with the obvious handlers (plain-page.js's
// interactivityScript: setFilter, setLayoutProperty, setPaintProperty). Each figure is the median of `repeats`.

/** The two things the list picks, alternately (each pick moves the camera, as a reader's does). */
export const LIST_ITEMS = ['project-zhanatas-wind', 'project-angren-pap'];

/** A view where the wind farm is on screen at a zoom that draws it, the same for both pages. */
const VIEW = { center: [69.5, 43.2], zoom: 6 };

/**
 * Starts listening: `window.__answer` is then the ms from the next input to the next frame drawn with all loaded
 * (and, with `moves`, with the camera somewhere else than now: a pick frames its feature).
 */
function armAnswer(page, moves) {
  return page.evaluate((moves) => {
    window.__answer = new Promise((resolve) => {
      const map = window.__map;
      const camera = () => JSON.stringify([map.getCenter().toArray(), map.getZoom()]);
      const before = camera();
      let input = null;
      const types = ['pointermove', 'pointerdown', 'keydown'];
      const onInput = (event) => {
        input ??= event.timeStamp;
        for (const type of types) removeEventListener(type, onInput, true);
      };
      for (const type of types) addEventListener(type, onInput, true);
      const onRender = () => {
        if (input === null || !map.loaded() || (moves && camera() === before)) return;
        map.off('render', onRender);
        resolve(performance.now() - input);
      };
      map.on('render', onRender);
      // Nothing redrawn within 15 s: no answer (left out of the median, and printed as missing if all are).
      setTimeout(() => resolve(null), 15_000);
    });
  }, moves);
}

/** Until the map has drawn everything (a repaint asked for, so that `idle` comes even if it already was). */
const settled = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        window.__map.once('idle', resolve);
        window.__map.triggerRepaint();
      })
  );

/** Runs `act` and returns how long the map took to answer it. */
async function timed(page, act, { moves = false } = {}) {
  await armAnswer(page, moves);
  await act();
  const ms = await page.evaluate(() => window.__answer);
  await settled(page);
  await page.waitForTimeout(150);
  return ms;
}

async function toView(page) {
  await page.evaluate((view) => window.__map.jumpTo(view), VIEW);
  await settled(page);
}

/** The pixel of the wind farm on the page. */
async function windFarmOnPage(page, coord) {
  const { x, y } = await page.evaluate((c) => window.__map.project(c), coord);
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  return { x: box.x + x, y: box.y + y };
}

const median = (values) => {
  const sorted = values.filter((v) => v !== null).toSorted((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
};

/**
 * The four latencies for one page. `ui` says how to reach its controls: `openLayers`, `toggle`, `openTimeline`,
 * `stepMonth`, `openList`, `pick(id)`, each an async function of the page.
 */
export async function measureInteractions(page, ui, { windFarm, repeats = 5 }) {
  const results = { hover: [], legend: [], timeline: [], list: [] };
  await toView(page);
  const point = await windFarmOnPage(page, windFarm);
  for (let i = 0; i < repeats; i++) {
    await page.mouse.move(point.x + 200, point.y + 120);
    await page.waitForTimeout(200);
    results.hover.push(await timed(page, () => page.mouse.move(point.x, point.y)));
  }
  await page.mouse.move(5, 5);
  await ui.openLayers(page);
  for (let i = 0; i < repeats * 2; i++) results.legend.push(await timed(page, () => ui.toggle(page)));
  await ui.openTimeline(page);
  for (let i = 0; i < repeats; i++) results.timeline.push(await timed(page, () => ui.stepMonth(page, -1)));
  await ui.openList(page);
  for (let i = 0; i < repeats; i++) {
    const pick = () => ui.pick(page, LIST_ITEMS[i % LIST_ITEMS.length]);
    results.list.push(await timed(page, pick, { moves: true }));
  }
  return Object.fromEntries(Object.entries(results).map(([name, values]) => [name, median(values)]));
}

/** Our interface, as a reader uses it (Chinese, explore mode). */
export const OUR_UI = {
  openLayers: (page) => page.getByRole('button', { name: '图层', exact: true }).click(),
  toggle: (page) => page.locator('[data-member="pipeline-abc"] input').click(),
  openTimeline: async (page) => {
    await page.getByRole('button', { name: '时间轴', exact: true }).click();
    await page.getByRole('slider', { name: '月份' }).focus();
  },
  stepMonth: (page) => page.keyboard.press('ArrowLeft'),
  openList: (page) => page.getByRole('button', { name: '列表', exact: true }).click(),
  pick: (page, id) => page.locator(`[data-item="${id}"]`).click()
};

/** The plain page's controls (plain-page.js). */
export const PLAIN_UI = {
  openLayers: async () => {},
  toggle: (page) => page.locator('#pipeline-abc').click(),
  openTimeline: (page) => page.locator('#month').focus(),
  stepMonth: (page) => page.keyboard.press('ArrowLeft'),
  openList: async () => {},
  pick: (page, id) => page.locator(`[data-item="${id}"]`).click()
};
