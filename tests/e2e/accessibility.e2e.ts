// axe-core on the production build: no serious or critical violation in the default view, with the list open and
// with a panel open, and the timeline in English, on a wide screen and on a phone.
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { clickTool, PRODUCTION } from './map-page';

const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } }
];

for (const { name, viewport } of SIZES) {
  test(`no serious accessibility violations on a ${name}: story, panel, list, timeline, English`, async ({ page }) => {
    test.slow();
    await page.setViewportSize(viewport);
    await page.goto(PRODUCTION);
    await expect(page.locator('.maplibregl-canvas')).toBeVisible();
    await expect(page.locator('[data-story]')).toBeVisible();
    expect(await seriousViolations(page), 'default view: the story').toEqual([]);

    // On from there as a reader goes (a new page would draw the map again): the list, then a project's panel.
    await clickTool(page, '列表');
    await expect(page.locator('[data-item]').first()).toBeVisible();
    expect(await seriousViolations(page), 'list open').toEqual([]);

    await page.locator('[data-item="project-angren-pap"]').click();
    await expect(page.locator('aside[data-selected] blockquote').first()).toBeVisible();
    expect(await seriousViolations(page), 'panel open').toEqual([]);

    await page.goto(`${PRODUCTION}?t=2014-09&lang=en`);
    await expect(page.locator('[data-month-events]')).toBeVisible();
    expect(await seriousViolations(page), 'timeline open, in English').toEqual([]);
  });
}
