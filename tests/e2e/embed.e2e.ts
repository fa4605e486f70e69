// Inside another site's article: the atlas in an iframe (embed=story or embed=map) at a phone's column and at a
// desktop's width, from a host page of another origin. It draws, takes no focus from the article, registers no
// service worker in the host's name, and every link opens outside the frame; the share panel gives the snippet.
import { expect, test, type Frame, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { embedSnippet } from '../../src/lib/takeaway/embed';
import { startServer } from '../support/static-server.js';
import { expectNoErrors, openTakeAway, watchPage, PRODUCTION } from './map-page';

test.use({ serviceWorkers: 'allow', permissions: ['clipboard-read', 'clipboard-write'] });

/** The article's site: another origin (localhost, where the atlas is 127.0.0.1), secure as both are local. */
let dir = '';
let server: Server;
let articlePort = 0;
test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-article-'));
  server = await startServer(dir, 0, 'localhost');
  articlePort = (server.address() as AddressInfo).port;
});

/** Counts the page's (and its frames') service worker registrations, whatever the browser then allows. */
async function countRegistrations(page: Page) {
  await page.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      (window as unknown as { registrations: number }).registrations =
        ((window as unknown as { registrations?: number }).registrations ?? 0) + 1;
      return register.apply(this, args);
    };
  });
}
const registrations = (frame: Page | Frame) =>
  frame.evaluate(() => (window as unknown as { registrations?: number }).registrations ?? 0);
test.afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** An article on another site with the atlas `width` px wide in it, loaded. */
async function article(page: Page, src: string, width: number) {
  await page.setViewportSize({ width: Math.max(width + 40, 400), height: 900 });
  const name = `article-${width}-${Date.now()}.html`;
  writeFileSync(
    join(dir, name),
    `<!doctype html><html lang="en"><title>An article</title><link rel="icon" href="data:,">` +
      `<body style="margin:20px">` +
      `<p>Text of the article before the map.</p>` +
      `<div style="width:${width}px">${embedSnippet(src, 'The atlas').replace('loading="lazy"', '')}</div>` +
      `<p>Text after it.</p></body></html>`
  );
  await page.goto(`http://localhost:${articlePort}/${name}`);
  const frame = page.frameLocator('iframe');
  const handle = (await page.locator('iframe').elementHandle())!;
  const content = (await handle.contentFrame())!;
  await content.waitForFunction(() => performance.getEntriesByName('atlas:map-idle').length > 0, null, {
    timeout: 60_000
  });
  return { frame, content };
}

for (const width of [360, 800]) {
  test(`an article shows a chapter at ${width} px: story card and map, no focus taken, links open outside`, async ({
    page
  }) => {
    const watch = watchPage(page);
    await countRegistrations(page);
    const { frame, content } = await article(page, `${PRODUCTION}?ch=gas-pipeline&embed=story`, width);
    await expect(frame.locator('[data-chapter="gas-pipeline"]')).toHaveAttribute('aria-current', 'step');
    await expect(frame.locator('[data-chapter="gas-pipeline"] h2')).toBeInViewport();
    await expect(frame.locator('nav.dock')).toBeHidden();
    const out = frame.getByRole('link', { name: /打开完整地图/ });
    await expect(out).toBeVisible();
    const href = new URL((await out.getAttribute('href'))!);
    expect(href.searchParams.get('ch')).toBe('gas-pipeline');
    expect(href.searchParams.has('embed')).toBe(false);
    // The article keeps the focus; the frame asked for none.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    expect(await content.evaluate(() => document.activeElement === document.body)).toBe(true);
    // Every link leaves the frame for a tab of its own (in-page anchors aside, and the tools' language links,
    // which a frame hides with the tools: checked above).
    const links = await content.evaluate(() =>
      [...document.querySelectorAll('a[href]')]
        .filter((a) => !a.getAttribute('href')!.startsWith('#') && !a.closest('nav.dock'))
        .map((a) => `${a.getAttribute('target')} ${a.getAttribute('rel')}`)
    );
    expect(links.length).toBeGreaterThan(2);
    for (const link of links) expect(link).toMatch(/^_blank .*noopener/);
    // A guest in another site's page saves nothing there (the atlas registers after its first view is drawn).
    await page.waitForTimeout(500);
    expect(await registrations(content)).toBe(0);
    expectNoErrors(watch);
    // The same atlas, not in a frame, does register: the count above could have seen it.
    await page.goto(`${PRODUCTION}?ch=gas-pipeline`);
    await expect.poll(() => registrations(page), { timeout: 30_000 }).toBe(1);
  });
}

test('embed=map shows the map alone; the share panel gives the iframe for this view', async ({ page }) => {
  const { frame } = await article(page, `${PRODUCTION}?ch=zhanatas&embed=map`, 800);
  await expect(frame.locator('[data-story]')).toBeHidden();
  await expect(frame.locator('.maplibregl-canvas')).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${PRODUCTION}?ch=zhanatas`);
  await openTakeAway(page);
  await page.getByText('嵌入文章').click();
  const code = await page.locator('[data-embed-code]').inputValue();
  expect(code).toMatch(/^<iframe src="[^"]+\?ch=zhanatas&amp;embed=story&amp;lang=zh" title="[^"]+" /);
  expect(code).toContain('loading="lazy"');
  await page.getByRole('button', { name: '复制嵌入代码' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
});
