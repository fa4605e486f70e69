// Reading the map: clicking projects and routes opens their panels with the article's words, the layer toggles
// hide and show what they name, the list is the keyboard's way in, and the URL holds the view.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Catalog } from '../../src/lib/data/catalog';
import { listItems } from '../../src/lib/content/catalog';
import { allMembers, legendGroups, memberHas, type LegendMember } from '../../src/lib/map/legend';
import { HIGHLIGHT_LAYER_PREFIX, LAYER } from '../../src/lib/map/style/layer-ids';
import { fuzzedQueries } from '../support/fuzz';
import {
  expectMalformedUrlsLoad,
  expectNoErrors,
  litInView,
  waitForMapIdle,
  watchPage,
  waitForStart,
  PRODUCTION
} from './map-page';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const article = read('src/lib/data/article/article.zh.txt');
const catalog = JSON.parse(read('static/data/catalog.json')) as Catalog;
const members = allMembers(legendGroups(listItems(catalog)));

type Geo = { features: { geometry: { type: string; coordinates: unknown }; properties: { id: string } }[] };
const projectsData = JSON.parse(read('static/data/projects.json')) as Geo;
const railData = JSON.parse(read('static/data/rail.json')) as Geo;

/** A point on the drawing of a feature: the point itself, or the middle vertex of its longest run. */
function pointOn(id: string): [number, number] {
  const features = [...projectsData.features, ...railData.features].filter((f) => f.properties.id === id);
  const point = features.find((f) => f.geometry.type === 'Point');
  if (point) return point.geometry.coordinates as [number, number];
  const line = features
    .map((f) => f.geometry.coordinates as [number, number][])
    .reduce((longest, c) => (c.length > longest.length ? c : longest));
  return line[Math.floor(line.length / 2)];
}

/** Clicks the map where a feature is drawn and, if several things are there, picks it from the chooser. */
async function clickOnMap(page: Page, id: string) {
  const { x, y } = await page.evaluate((p) => window.__map!.project(p), pointOn(id));
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + x, box.y + y);
  const panel = page.locator(`aside[data-selected="${id}"]`);
  const choice = page.locator(`[data-choose="${id}"]`);
  await expect(panel.or(choice)).toBeVisible();
  if (await choice.isVisible()) await choice.click();
  await expect(panel).toBeVisible();
  return panel;
}

/** The ids the selection's highlight draws in the view, and the highlight layers shown at all. */
async function selectionHighlight(page: Page): Promise<{ drawn: string[]; shownLayers: string[] }> {
  const shownLayers = await page.evaluate(
    (prefix) =>
      window
        .__map!.getStyle()
        .layers.filter((l) => l.id.startsWith(prefix) && l.layout?.visibility !== 'none')
        .map((l) => l.id),
    HIGHLIGHT_LAYER_PREFIX
  );
  return { drawn: await litInView(page, 'selected'), shownLayers };
}

/** Whether a feature's point is on the map where a reader can click it: in the canvas, under no control or card. */
async function clickableHere(page: Page, id: string): Promise<boolean> {
  return page.evaluate((p) => {
    const map = window.__map!;
    const { x, y } = map.project(p);
    const canvas = map.getCanvas();
    const box = canvas.getBoundingClientRect();
    const margin = 30;
    if (x < margin || y < margin || x > box.width - margin || y > box.height - margin) return false;
    return document.elementFromPoint(box.left + x, box.top + y) === canvas;
  }, pointOn(id));
}

/**
 * From one view of the map, clicks each feature where it is drawn, checks its panel quotes the article, and
 * closes it. A selection moves the camera to frame it: the next feature is clicked in the view the camera is in
 * when it is drawn there, and from the first view again when it is not (each new view is drawn in software, the
 * slow part of this test).
 */
async function clickEach(page: Page, ids: string[], view: { center: [number, number]; zoom: number }) {
  // A smaller window than the default: software WebGL pays for every pixel, and every feature still fits.
  await page.setViewportSize({ width: 1024, height: 700 });
  const watch = watchPage(page);
  await page.goto(`./?map=${view.zoom}/${view.center[1]}/${view.center[0]}`);
  await waitForMapIdle(page);
  for (const id of ids) {
    if (!(await clickableHere(page, id))) {
      await page.evaluate((v) => window.__map!.jumpTo(v), view);
      await waitForMapIdle(page);
    }
    const target = catalog.features[id];
    const panel = await clickOnMap(page, id);
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(target.name.zh);
    await expect(panel.locator('blockquote').first()).toBeVisible();
    const quotes = await panel.locator('blockquote').allTextContents();
    for (const quote of quotes) expect(article, `${id}: quote in the article`).toContain(quote);
    // The yellow highlight draws the feature, and only it.
    await expect.poll(async () => (await selectionHighlight(page)).drawn, { timeout: 10_000 }).toEqual([id]);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    // Nothing chosen and the pointer off the map, on the title (it rested on the feature, which the hover lit; a
    // country under it would be lit too): no highlight shown.
    await page.getByRole('banner').hover();
    await expect.poll(() => selectionHighlight(page), { message: id }).toEqual({ drawn: [], shownLayers: [] });
    await waitForMapIdle(page);
  }
  expectNoErrors(watch);
}

const ids = (test: (f: Catalog['features'][string]) => boolean) =>
  Object.values(catalog.features)
    .filter(test)
    .map((f) => f.id);

test('clicking each project on the map opens its panel quoting the article', async ({ page }) => {
  test.setTimeout(180_000);
  const projects = ids((f) => f.kind === 'project');
  expect(projects).toHaveLength(6);
  await clickEach(page, projects, { center: [85, 40], zoom: 3.7 });
});

test('clicking each Chang’an route on the map opens its panel quoting the article', async ({ page }) => {
  test.setTimeout(180_000);
  const routes = ids((f) => f.layer === 'changan');
  expect(routes).toHaveLength(8);
  await clickEach(page, routes, { center: [60, 47], zoom: 2.6 });
});

test('a panel gives figures with sources, a route its stations, and a passage read in context', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('./?sel=changan-xian-almaty');
  const panel = page.locator('aside[data-selected="changan-xian-almaty"]');
  await expect(panel.getByText('长安号 西安—阿拉木图')).toBeVisible();
  await expect(panel.getByText("Chang'an train Xi'an–Almaty")).toBeVisible();
  // Published against drawn, row by row: the whole route and the Ürümqi–Alashankou section, each with its source.
  const whole = panel.locator('table.lengths tr', { hasText: '全程' });
  await expect(whole.locator('td').first()).toContainText('3,866');
  await expect(whole.locator('td').nth(2)).toHaveText(/^[+−]\d+(\.\d)?%$/);
  await expect(panel.locator('table.lengths tr', { hasText: '乌鲁木齐至阿拉山口' })).toContainText('456');
  await expect(panel.getByText(/实测线路 [\d,]+ 公里/)).toBeVisible();
  const link = panel.locator('a[target="_blank"]').first();
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  // Each source a reference in the reader's language, linked to the publisher's own page, its title on hover; a
  // copy read elsewhere only as "副本", a weak source marked; no copy's host shown.
  const shaanxi = panel.locator('.sources li[data-source="shaanxigov"] a.reference');
  await expect(shaanxi).toHaveText('陕西省人民政府，2017年7月14日');
  await expect(shaanxi).toHaveAttribute('href', /^http:\/\/en\.shaanxi\.gov\.cn\//);
  await expect(shaanxi).toHaveAttribute('title', '［“长安号”国际货运班列线路］');
  const repost = panel.locator('.sources li[data-source="jctrans2013"]');
  await expect(repost.locator('.reference')).toHaveText('出版者不详，2013年12月');
  await expect(repost.locator('[data-weak]')).toHaveText('来源较弱');
  await expect(repost.locator('a.copy')).toHaveText('副本');
  await expect(panel.locator('.sources')).not.toContainText('jctrans');
  await panel.getByText(/途经站点/).click();
  await expect(panel.locator('.stations li').first()).toHaveText('西安国际港站');
  await expect(panel.locator('.stations li').last()).toHaveText('阿拉木图');

  const reader = panel.getByRole('button', { name: '在全文中阅读' }).first();
  await reader.click();
  const dialog = page.getByRole('dialog', { name: '全文' });
  await expect(dialog.locator('mark')).toHaveText(
    '今天，中欧班列西安集结中心已开通西安至中亚国家等17条干线通道，来自“一带一路”沿线国家和国内29个省份的货物在这里集散。'
  );
  await expect(dialog.locator('mark')).toBeInViewport();
  // Whose article it is, and where our text of it comes from; the copy only as a copy.
  const credit = dialog.locator('[data-article-credit]');
  await expect(credit).toContainText('新华社，2023年5月16日，电头：新华社西安5月16日电');
  await expect(credit.getByRole('link')).toHaveText('副本');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(reader).toBeFocused();
  await expect(panel).toBeVisible(); // Escape closed the reader, not the panel

  // A route the article does not mention says so instead of quoting.
  await page.goto('./?sel=pipeline-line-d');
  await expect(page.getByText('文章没有提到这一项')).toBeVisible();
  expectNoErrors(watch);
});

test('a landform is selected by its label, and the Amu Darya by its line', async ({ page }) => {
  await page.goto('./?map=5/40.6/70.5');
  await waitForMapIdle(page);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const label = await page.evaluate(() => window.__map!.project([71.6, 40.7]));
  // Hovering names it and shows a pointer; clicking selects it.
  await page.mouse.move(box.x + label.x, box.y + label.y);
  await expect(page.locator('.hover-label')).toHaveText('费尔干纳谷地');
  expect(await page.locator('.maplibregl-canvas').evaluate((c) => getComputedStyle(c).cursor)).toBe('pointer');
  await page.mouse.click(box.x + label.x, box.y + label.y);
  const panel = page.locator('aside[data-selected="fergana"]');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('费尔干纳谷地');
  await expect(panel.locator('blockquote')).toContainText('跨越克孜勒库姆沙漠和费尔干纳谷地');
  await page.keyboard.press('Escape');
  await page.goto('./?map=6/39.1/63.6');
  await waitForMapIdle(page);
  const onRiver = await page.evaluate((rivers) => {
    const map = window.__map!;
    const river = map.queryRenderedFeatures(undefined, { layers: [rivers] }).find((f) => f.properties.id);
    const line = river!.geometry as GeoJSON.LineString | GeoJSON.MultiLineString;
    const coords = (line.type === 'LineString' ? line.coordinates : line.coordinates.flat()) as [number, number][];
    // The vertex nearest the middle of the view (a queried feature reaches past the view's edges).
    const { width, height } = map.getCanvas().getBoundingClientRect();
    const points = coords.map((c) => map.project(c));
    return points.reduce((best, p) =>
      Math.hypot(p.x - width / 2, p.y - height / 2) < Math.hypot(best.x - width / 2, best.y - height / 2) ? p : best
    );
  }, LAYER.water.rivers);
  await page.mouse.click(box.x + onRiver.x, box.y + onRiver.y);
  const choice = page.locator('[data-choose="amudarya"]');
  const panel2 = page.locator('aside[data-selected="amudarya"] h2');
  await expect(panel2.or(choice)).toBeVisible();
  if (await choice.isVisible()) await choice.click();
  await expect(panel2).toHaveText('阿姆河');
});

test('a country panel gives its Belt and Road document and its projects', async ({ page }) => {
  await page.goto('./?sel=country-uzb');
  const panel = page.locator('aside[data-selected="country-uzb"]');
  await expect(panel.locator('time[datetime="2015-06"]')).toHaveText('2015年6月');
  await expect(panel.locator('blockquote').first()).toHaveText('2015年6月，乌兹别克斯坦');
  await panel.getByRole('button', { name: '安格连—帕普铁路及卡姆奇克隧道' }).click();
  await expect(page.locator('aside[data-selected="project-angren-pap"]')).toBeVisible();
});

async function renderedOf(page: Page, member: LegendMember) {
  const properties = await page.evaluate((layers) => {
    const map = window.__map!;
    return map
      .queryRenderedFeatures(undefined, { layers: layers.filter((id) => map.getLayer(id)) })
      .map((f) => ({ ...f.properties, $type: f.geometry.type }));
  }, member.layers);
  return properties.filter((p) => memberHas(member, p));
}

/** The colour (0–255 RGB) a style layer paints a drawn feature of the member in, as the map evaluated it. */
async function paintedColour(page: Page, member: LegendMember, layer: string) {
  const drawn = await page.evaluate((id) => {
    const map = window.__map!;
    return map.queryRenderedFeatures(undefined, { layers: [id] }).map((f) => ({
      properties: { ...f.properties, $type: f.geometry.type } as Record<string, unknown>,
      paint: f.layer.paint as Record<string, { r: number; g: number; b: number } | undefined>
    }));
  }, layer);
  const sample = Object.entries(member.swatch.sample).filter(([key]) => key !== '$type');
  const mine = drawn.find(
    (f) => memberHas(member, f.properties) && sample.every(([key, value]) => f.properties[key] === value)
  );
  if (!mine) return null;
  const colour = mine.paint['fill-color'] ?? mine.paint['line-color'] ?? mine.paint['circle-stroke-color'];
  return colour ? [colour.r, colour.g, colour.b].map((v) => Math.round(v * 255)) : null;
}

test('each layer toggle hides its features and brings them back; swatches match the map', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1000, height: 720 }); // every member in one view, fewer pixels to draw
  const watch = watchPage(page);
  await page.goto('./?map=2.7/46/60');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: '图层', exact: true }).click();
  let checkedSwatches = 0;
  for (const member of members) {
    const toggle = page.locator(`[data-member="${member.id}"] input`);
    expect((await renderedOf(page, member)).length, `${member.id} drawn before`).toBeGreaterThan(0);

    // Each part of the swatch has the colour its style layer paints the member's features in.
    for (const part of await page.locator(`[data-member="${member.id}"] [data-layer]`).all()) {
      const layer = (await part.getAttribute('data-layer'))!;
      const swatch = (await part.getAttribute('data-colour'))!;
      const painted = await paintedColour(page, member, layer);
      if (!painted) continue; // an icon: its colour is in the image, not the paint
      const hex = parseInt(swatch.slice(1), 16);
      expect([(hex >> 16) & 255, (hex >> 8) & 255, hex & 255], `${member.id} swatch for ${layer}`).toEqual(painted);
      checkedSwatches++;
    }

    await toggle.uncheck();
    await expect(page.locator('[data-announcer]')).toContainText(/已隐藏/);
    await waitForMapIdle(page);
    // Polled, as below: a symbol's placement can lag the idle by a frame on a loaded machine (a CI run here saw
    // the port's badge still placed right after the idle that followed its toggle).
    await expect
      .poll(async () => renderedOf(page, member), { message: `${member.id} hidden`, timeout: 10_000 })
      .toEqual([]);
  }
  expect(checkedSwatches).toBeGreaterThan(15);
  // Every member back (one redraw for all: each was drawn before and hid only its own features above).
  for (const member of members) await page.locator(`[data-member="${member.id}"] input`).check();
  await waitForMapIdle(page);
  for (const member of members)
    // Polled: a symbol (a project's badge) is placed again by collision detection, which on a loaded machine
    // can finish a frame after the map reports idle.
    await expect
      .poll(async () => (await renderedOf(page, member)).length, { message: `${member.id} back`, timeout: 10_000 })
      .toBeGreaterThan(0);
  // The group checkbox shows a mixed state when only some members are on, and switches them all.
  const group = page.locator('[data-group="pipeline"] legend input');
  await page.locator('[data-member="pipeline-d"] input').uncheck();
  expect(await group.evaluate((input: HTMLInputElement) => input.indeterminate)).toBe(true);
  await group.check();
  await expect(page.locator('[data-member="pipeline-d"] input')).toBeChecked();
  await group.uncheck();
  await expect(page.locator('[data-group="pipeline"] ul input:checked')).toHaveCount(0);
  expectNoErrors(watch);
});

test('hiding the layer of the selected feature closes its panel; another layer keeps it', async ({ page }) => {
  await page.goto('./?sel=project-zhanatas-wind');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: '图层', exact: true }).click();
  await page.locator('[data-member="pipeline-d"] input').uncheck();
  await expect(page.locator('aside[data-selected="project-zhanatas-wind"]')).toBeVisible();
  await page.locator('[data-member="project-zhanatas-wind"] input').uncheck();
  await expect(page.locator('aside.info-panel')).toHaveCount(0);
  await expect(page.locator('[data-announcer]')).toContainText('札纳塔斯');
});

test('keyboard only: skip link, list, filter, Enter on a project, panel, Escape back to the list', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto(PRODUCTION);
  await waitForStart(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到地点与线路列表' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#atlas-list')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('wind');
  await expect(page.locator('[data-item]')).toHaveCount(1);
  await page.keyboard.press('Tab'); // kind
  await page.keyboard.press('Tab'); // country
  await page.keyboard.press('Tab');
  const item = page.locator('[data-item="project-zhanatas-wind"]');
  await expect(item).toBeFocused();
  await page.keyboard.press('Enter');
  const heading = page.locator('aside[data-selected="project-zhanatas-wind"] h2');
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(/sel=project-zhanatas-wind/);
  await page.keyboard.press('Escape');
  await expect(page.locator('aside.info-panel')).toHaveCount(0);
  await expect(item).toBeFocused();
  expectNoErrors(watch);
});

test('a shared link restores the selection, the hidden layers and the camera, without new history', async ({
  page
}) => {
  const watch = watchPage(page);
  await page.goto('./?sel=project-galkynysh&hide=pipeline-d,other-trains&map=6.5/38.1/62.2');
  await waitForMapIdle(page);
  await expect(page.locator('aside[data-selected="project-galkynysh"]')).toBeVisible();
  const camera = await page.evaluate(() => {
    const map = window.__map!;
    return { zoom: map.getZoom(), ...map.getCenter() };
  });
  expect(camera.zoom).toBeCloseTo(6.5, 1);
  expect(camera.lat).toBeCloseTo(38.1, 1);
  expect(camera.lng).toBeCloseTo(62.2, 1);
  await page.getByRole('button', { name: '图层', exact: true }).click();
  await expect(page.locator('[data-member="pipeline-d"] input')).not.toBeChecked();
  await expect(page.locator('[data-member="other-trains"] input')).not.toBeChecked();
  await expect(page.locator('[data-member="pipeline-abc"] input')).toBeChecked();

  // Reading on writes the view into the URL in place: the back button is not flooded.
  const length = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: '列表', exact: true }).click();
  await page.locator('[data-item="place-mary"]').click();
  await expect(page).toHaveURL(/sel=place-mary/);
  await page.locator('[data-item="country-tkm"]').click();
  await expect(page).toHaveURL(/sel=country-tkm/);
  expect(await page.evaluate(() => history.length)).toBe(length);
  expectNoErrors(watch);
});

/**
 * Malformed URLs with the live map: the camera, selection and layers they garble reach MapLibre. The state's
 * handling of them is fuzzed at the unit level (tests/unit/atlas-state.test.ts); here a handful in the browser.
 */
test('malformed URLs load the page without errors (fuzz, 6 with the live map)', async ({ page }) => {
  // A small window: the URL is under test, not the drawing, and software WebGL pays for every pixel.
  await page.setViewportSize({ width: 360, height: 360 });
  // The URL is under test here, not the data: every data file answers at once with nothing in it, so a page
  // load costs the page and the map, not the drawing of Eurasia thirty times.
  await page.route('**/data/*.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"type":"FeatureCollection","features":[]}' })
  );
  await expectMalformedUrlsLoad(page, PRODUCTION, fuzzedQueries(2023, 6));
  await expect(page.locator('.maplibregl-canvas')).toBeAttached();
});
