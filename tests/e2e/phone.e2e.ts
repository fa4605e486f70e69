// On a phone (390×844, touch): the panel is a bottom sheet that leaves the map visible and can be dragged or
// collapsed, the layer panel waits behind a button, and a finger pans the map.
import { expect, test, type Page } from '@playwright/test';
import { clickTool, expectNoErrors, waitForMapIdle, watchPage } from './map-page';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** A one-finger drag, sent as touch events (Chromium DevTools protocol), in a few steps. */
async function touchDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  const cdp = await page.context().newCDPSession(page);
  const at = (t: number) => [{ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (const t of [0.2, 0.4, 0.6, 0.8, 1]) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(t) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

test('the panel is a bottom sheet: 40% of the map stays in view; it drags, collapses and opens again', async ({
  page
}) => {
  const watch = watchPage(page);
  await page.goto('./?sel=project-zhanatas-wind');
  await waitForMapIdle(page);
  const sheet = page.locator('aside.info-panel');
  await expect(sheet.locator('blockquote').first()).toBeVisible();
  const open = (await sheet.boundingBox())!;
  expect(open.y, 'the sheet starts below 40% of the screen').toBeGreaterThanOrEqual(0.4 * 844 - 1);
  expect(open.width).toBe(390);

  // Dragged down by its handle, it collapses to its title; its button opens it again.
  const handle = (await sheet.locator('.handle').boundingBox())!;
  const grip = { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 };
  await touchDrag(page, grip, { x: grip.x, y: 820 });
  await expect.poll(async () => (await sheet.boundingBox())!.height).toBeLessThan(110);
  await expect(sheet.getByRole('heading', { level: 2 })).toBeVisible();
  const expand = sheet.getByRole('button', { name: '展开面板' });
  await expect(expand).toHaveAttribute('aria-expanded', 'false');
  // A click, not a tap: under CPU load a synthetic tap's touchstart→touchend can outlast Chromium's long-press
  // threshold and produce no click at all (seen once in CI), which is not what this test is about.
  await expand.click();
  await expect(sheet.getByRole('button', { name: '收起面板' })).toHaveAttribute('aria-expanded', 'true');
  await expect.poll(async () => (await sheet.boundingBox())!.height).toBeGreaterThan(300);

  // Dragged up, it grows, but never past 60% of the screen.
  const top = (await sheet.locator('.handle').boundingBox())!;
  await touchDrag(page, { x: 195, y: top.y + 10 }, { x: 195, y: 40 });
  await expect.poll(async () => (await sheet.boundingBox())!.y).toBeGreaterThanOrEqual(0.4 * 844 - 1);
  expectNoErrors(watch);
});

test('a finger pans the map; the layer panel waits behind the menu', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('./');
  await waitForMapIdle(page);
  await expect(page.locator('#side-layers')).toBeHidden();
  const before = await page.evaluate(() => window.__map!.getCenter().lng);
  await touchDrag(page, { x: 300, y: 450 }, { x: 120, y: 450 });
  await waitForMapIdle(page);
  expect(await page.evaluate(() => window.__map!.getCenter().lng)).toBeGreaterThan(before + 2);
  await clickTool(page, '图层');
  await expect(page.locator('#side-layers')).toBeVisible();
  expectNoErrors(watch);
});
