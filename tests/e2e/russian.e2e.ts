// The atlas in Russian, read whole: a Kazakh browser opens the Russian page, and the visible text of each view
// (the story, explore, the list, a panel, the timeline, share, the full article, the no-WebGL fallback) holds no
// Chinese and no English outside what is marked as another language (the article's quotes and originals, each
// language's own name in the language menu), the credits and the proper names; axe finds nothing serious.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { MESSAGES } from '../../src/lib/i18n/messages';
import { findChromium } from '../support/chromium.js';
import { chromiumLaunch } from '../support/chromium-args.js';
import { seriousViolations } from './axe';
import { expectNoErrors, waitForMapIdle, waitForStart, watchPage } from './map-page';

const ru = MESSAGES.ru;

/** Latin words a Russian text may hold: names of things, formats and standards, written so in Russian too. */
const NAMES =
  /^(OpenStreetMap|Natural|Earth|ETOPO5|NOAA|GeoJSON|CSV|PNG|HTML|WebGL|ODbL|CNPC|SPIC|CRBC|CRTG|EPC|BYD|BILK|Reuters|Visor|PowerChina|Rystad|SIA|Energy|China|Daily|Rail|Link|Railway|Tunnel|Group|Power|International|Holding|Chengdu|Engineering|Corporation|contributors|embed|story|map|railroads|Alataw|Mts|TIAN|SHAN|QIZILQUM|DESERT|Fergana|Valley|Amu|Darya|CCTV|CRI|G20|COVID|OSM|chinanews|Open|Database|Licence|[A-D]|[IVX]+|X\d+)$/;

/** The publishers' names are names too, in whatever script they have (CGTN, Trend). */
const catalog = JSON.parse(readFileSync(new URL('../../static/data/catalog.json', import.meta.url), 'utf8')) as {
  publishers: Record<string, { name: { ru: string } }>;
};
const PUBLISHER_WORDS = new Set(
  Object.values(catalog.publishers).flatMap((p) => p.name.ru.match(/[A-Za-z][A-Za-z0-9’']*/g) ?? [])
);

/**
 * The visible words of the page that are meant to be Russian: text outside any element marked as another
 * language (`lang`), the credits and the map's own attribution, and what is not shown.
 */
async function russianText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement!;
      const text = node.textContent!.trim();
      if (!text || element.closest('script, style, [data-credits], .maplibregl-ctrl-attrib')) continue;
      if (!element.closest('[lang]')!.getAttribute('lang')!.startsWith('ru')) continue;
      if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      texts.push(text);
    }
    return texts;
  });
}

/** The words of a view that are still Chinese or English (none, when it is all Russian). */
async function untranslated(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const text of await russianText(page)) {
    // Chinese only inside «quotes» (a source's own words, quoted as the English quotes them).
    if (/\p{Script=Han}/u.test(text.replace(/«[^»]*»/g, ''))) found.push(text);
    // URLs, host and file names and OSM tags are no words; the others must be Russian or a name.
    const words = text.replace(/\S*[/=_@]\S*|\S+\.[a-z]{2,4}\b/g, '').match(/[A-Za-z][A-Za-z0-9’']*/g) ?? [];
    const english = words.filter((word) => !NAMES.test(word) && !PUBLISHER_WORDS.has(word));
    if (english.length) found.push(`${english.join(' ')} ← ${text.slice(0, 120)}`);
  }
  return found;
}

async function expectRussian(page: Page, view: string): Promise<void> {
  expect(await untranslated(page), view).toEqual([]);
}

async function clickTool(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).click();
}

test.use({ locale: 'kk-KZ' });

test('a Kazakh browser reads every view in Russian, with axe finding nothing serious', async ({ page }) => {
  test.setTimeout(90_000);
  const watch = watchPage(page);
  await page.goto('./');
  await expect(page).toHaveURL(/\/ru\/(\?ch=lead)?$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page).toHaveTitle(/Атлас Шёлкового пути/);
  await waitForStart(page);
  await waitForMapIdle(page);
  await expectRussian(page, 'story');
  expect(await seriousViolations(page), 'story').toEqual([]);
  // The map's labels in Russian: the label expressions read the language.
  expect(await page.evaluate(() => window.__map!.getGlobalState().lang)).toBe('ru');

  // The language menu: three languages, the current one marked, a link keeps the choice.
  await page.getByRole('button', { name: `${ru['lang.label']}: Русский` }).click();
  await expect(page.getByRole('link', { name: 'Русский' })).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('#lang-menu a')).toHaveText(['中文', 'English', 'Русский']);
  await page.keyboard.press('Escape');
  await expect(page.locator('#lang-menu')).toBeHidden();

  await clickTool(page, ru['mode.explore']);
  await expectRussian(page, 'explore');

  await clickTool(page, ru['list.open']);
  await expectRussian(page, 'list');
  await page.locator('[data-item="project-angren-pap"]').click();
  const panel = page.locator('aside[data-selected="project-angren-pap"]');
  await expect(panel.locator('blockquote').first()).toContainText('安格连—帕普');
  await expect(panel.locator('.translation').first()).toContainText(ru['quote.translation']);
  await expect(panel).toContainText(/\d\u00a0\d{3}|км/);
  await expectRussian(page, 'panel');
  expect(await seriousViolations(page), 'panel').toEqual([]);
  await page.getByRole('button', { name: ru['panel.close'] }).first().click();

  await clickTool(page, ru['timeline.title']);
  await expect(page.locator('.timeline output')).toHaveText(/\d{4} г\./);
  await expectRussian(page, 'timeline');

  await clickTool(page, ru['share.open']);
  await expect(page.locator('#takeaway')).toBeVisible();
  await page.locator('#takeaway details.licence summary').click();
  await expectRussian(page, 'share');
  expect(await seriousViolations(page), 'share').toEqual([]);
  const link = await page.locator('[data-share-link]').first().inputValue();
  expect(new URL(link).pathname).toMatch(/\/ru\/$/);
  await clickTool(page, ru['share.open']);

  await clickTool(page, ru['reader.title']);
  const reader = page.locator('dialog.reader');
  await expect(reader.locator('[data-translation="p01"]')).toHaveAttribute('lang', 'ru');
  await expect(reader.locator('[data-translation="p01"]')).toContainText('Ба');
  await expectRussian(page, 'full article');
  expect(await seriousViolations(page), 'full article').toEqual([]);
  expectNoErrors(watch);
});

// A browser of its own, launched without WebGL (a launch option cannot change within this file's worker).
test('without WebGL the fallback says why in Russian, and the story around it is Russian', async ({
  playwright,
  baseURL
}) => {
  const browser = await playwright.chromium.launch(
    chromiumLaunch(findChromium()!, ['--disable-webgl', '--disable-webgl2'])
  );
  const page = await browser.newPage({ baseURL, locale: 'ru-RU' });
  await page.goto('./');
  await expect(page).toHaveURL(/\/ru\/$/);
  await expect(page.locator('[data-static-map]')).toBeVisible();
  await expect(page.locator('[data-map-failure]')).toContainText('WebGL 2');
  await expect(page.locator('[data-static-map]')).toHaveAttribute('alt', ru['map.staticAlt']);
  await expectRussian(page, 'no-WebGL fallback');
  await browser.close();
});
