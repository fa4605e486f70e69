// The page's security policy holds while a reader uses everything: no Content-Security-Policy violation from
// the story, the panels, the reader view, the timeline, the exports and print; external links open safely and
// nothing but the sources leaves the site.
import { expect, test } from '@playwright/test';
import { expectNoErrors, watchPage, PRODUCTION } from './map-page';

test.use({ acceptDownloads: true });

test('nothing the reader does breaks the Content-Security-Policy, and links out open safely', async ({ page }) => {
  test.slow(); // the whole page, used end to end, in software WebGL
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`)
    );
  });
  const watch = watchPage(page);
  await page.goto(PRODUCTION);

  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  // SvelteKit's bootstrap script and the boot script (src/hooks.server.ts), each by its hash; nothing else inline.
  expect(policy).toMatch(/script-src 'self' 'sha256-[^']+' 'sha256-[^']+'(;|$)/);
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).toMatch(/worker-src 'self'/);
  expect(policy).toMatch(/connect-src 'self'/);

  await page.waitForFunction(() => performance.getEntriesByName('atlas:map-idle').length > 0, null, {
    timeout: 60_000
  });
  // The story, a chapter with the journey, the reader view.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.locator('[data-chapter="journey-2013"] [data-read]').first().click();
  await expect(page.locator('dialog[open]')).toBeVisible();
  await page.keyboard.press('Escape');
  // Explore: the list, a panel with its sources, the timeline.
  await page.getByRole('button', { name: '列表', exact: true }).click();
  await page.locator('[data-item="project-angren-pap"]').click();
  const panel = page.locator('aside[data-selected="project-angren-pap"]');
  await expect(panel.locator('.sources a').first()).toBeVisible();
  await page.getByRole('button', { name: '时间轴', exact: true }).click();
  await page.locator('#timeline-month').focus();
  await page.keyboard.press('PageDown');
  // The exports and print.
  await page.getByRole('button', { name: '分享与导出', exact: true }).click();
  for (const kind of ['png', 'geojson']) {
    await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${kind}"]`).click()]);
  }
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print-map]')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(watch.errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  expectNoErrors(watch);

  // Every request stayed on the site.
  const origin = new URL(PRODUCTION).origin;
  expect(watch.requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url))).toEqual([]);
  // Links out (the sources) open in a new tab without handing over the page.
  const links = await page.locator('a[href]').evaluateAll((anchors) =>
    anchors.map((a) => ({
      href: (a as HTMLAnchorElement).href,
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel') ?? ''
    }))
  );
  const outside = links.filter((l) => !l.href.startsWith(origin) && !l.href.startsWith('blob:'));
  expect(outside.length).toBeGreaterThan(0);
  for (const link of outside) {
    expect(link.target, link.href).toBe('_blank');
    expect(link.rel, link.href).toContain('noopener');
    expect(link.rel, link.href).toContain('noreferrer');
  }
});
