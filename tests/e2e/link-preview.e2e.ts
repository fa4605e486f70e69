// Shared links as the sites that show them see them: every prerendered page read as a link preview's fetcher
// reads it (no JavaScript, its first bytes only), its card's pictures, and the way from a chapter's own page into
// the atlas. Most of these read the built files and ask the test server for pages: no browser. The test build is
// made with the test server's origin (build-test-site.js), the production build with none (as `npm test` runs it).
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ATLAS_CARD } from '../../src/lib/content/site';
import { parseBuilt } from '../../src/lib/data/built';
import { HTML_LANG, LANGS, ROOT_LANG, langPath } from '../../src/lib/i18n/langs';
import { CARDS_DIR, CARD_IMAGE, chapterPagePath, sharedChapters } from '../../src/lib/share/pages';
import { FETCHER_BYTES, one, pngSize, previewTags, schemaOrgProblems } from '../support/link-preview';
import { PRODUCTION_SITE, TEST_SITE, siteOrigin, siteUrl } from '../support/sites.js';
import { openTakeAway, waitForMapIdle } from './map-page';

const STORY = parseBuilt('story', readFileSync('geo/output/data/story.json', 'utf8'));
const SHARED = sharedChapters(STORY.chapters);
/** The three chapters whose cards are read over HTTP, as a fetcher would. */
const SAMPLED = ['gas-pipeline', 'angren-pap', 'summit'];

const walk = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
const pagesOf = (dir: string) => walk(dir).filter((path) => path.endsWith('index.html'));

/** The file of the build that an absolute address on the test site names (null when it names none). */
function fileOf(address: string): string | null {
  const prefix = siteUrl(TEST_SITE);
  if (!address.startsWith(prefix)) return null;
  const path = address.slice(prefix.length);
  const file = join(TEST_SITE.dir, path.endsWith('/') || path === '' ? `${path}index.html` : path);
  return existsSync(file) ? file : null;
}

/** The first FETCHER_BYTES of a page from the test server, read and then let go, as a preview's fetcher does. */
async function fetchHead(url: string): Promise<string> {
  const response = await fetch(url, { headers: { 'user-agent': 'facebookexternalhit/1.1' } });
  expect(response.status, url).toBe(200);
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  let read = 0;
  while (read < FETCHER_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    read += value.length;
  }
  await reader.cancel();
  return Buffer.concat(chunks).subarray(0, FETCHER_BYTES).toString();
}

test('every page of the build carries its card in its first bytes, each address naming a file of the build', () => {
  const pages = pagesOf(TEST_SITE.dir);
  // The atlas's page and each chapter's own, in every language.
  expect(pages).toHaveLength(LANGS.length * (1 + SHARED.length));
  for (const file of pages) {
    const tags = previewTags(readFileSync(file, 'utf8'));
    const url = one(tags, 'og:url');
    expect(fileOf(url), `${file}: og:url ${url}`).toBe(file);
    expect(tags.canonical, file).toBe(url);
    for (const name of ['og:title', 'og:description', 'og:site_name', 'og:image:alt', 'description'])
      expect(one(tags, name).trim(), `${file}: ${name}`).not.toBe('');
    expect(one(tags, 'og:type')).toBe('website');
    expect(one(tags, 'twitter:card')).toBe('summary_large_image');
    expect([one(tags, 'og:image:width'), one(tags, 'og:image:height')]).toEqual(['1200', '630']);
    const image = fileOf(one(tags, 'og:image'));
    expect(image, `${file}: og:image ${one(tags, 'og:image')}`).not.toBeNull();
    expect(pngSize(readFileSync(image!)), image!).toEqual({ width: CARD_IMAGE.width, height: CARD_IMAGE.height });
    // Each language's version of the page, and the one for a reader of none of them.
    expect([...tags.alternates.keys()].sort()).toEqual([...LANGS.map((l) => HTML_LANG[l]), 'x-default'].sort());
    for (const [lang, href] of tags.alternates) expect(fileOf(href), `${file}: ${lang} ${href}`).not.toBeNull();
    expect(tags.alternates.get(tags.htmlLang!)).toBe(url);
    expect(tags.meta.get('og:locale:alternate')).toHaveLength(LANGS.length - 1);
    expect(tags.jsonLd, file).toHaveLength(1);
    expect(schemaOrgProblems(tags.jsonLd[0]), file).toEqual([]);
    expect(tags.jsonLd[0]).toMatchObject({ '@type': 'Map', url, image: one(tags, 'og:image') });
  }
});

test('a link preview gets the right card for the atlas and for three chapters, in each language', async () => {
  for (const lang of LANGS) {
    const cases = [
      { path: langPath(lang), title: ATLAS_CARD.title[lang], image: 'atlas' },
      ...SAMPLED.map((id) => ({
        path: chapterPagePath(lang, id),
        title: STORY.chapters.find((c) => c.id === id)!.title[lang],
        image: id
      }))
    ];
    for (const { path, title, image } of cases) {
      const url = siteUrl(TEST_SITE) + path;
      const tags = previewTags(await fetchHead(url));
      expect(tags.htmlLang, url).toBe(HTML_LANG[lang]);
      expect(one(tags, 'og:title'), url).toBe(title);
      expect(one(tags, 'og:url'), url).toBe(url);
      const imageUrl = one(tags, 'og:image');
      expect(imageUrl, url).toBe(`${siteUrl(TEST_SITE)}${CARDS_DIR}/${lang}/${image}.png`);
      const picture = await fetch(imageUrl);
      expect(picture.headers.get('content-type')).toBe('image/png');
      expect(pngSize(Buffer.from(await picture.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
    }
  }
});

test('every card picture is a 1200 × 630 PNG within its budget, in both builds', () => {
  for (const dir of [TEST_SITE.dir, PRODUCTION_SITE.dir]) {
    const pictures = walk(join(dir, CARDS_DIR));
    expect(pictures, dir).toHaveLength(LANGS.length * (1 + SHARED.length));
    for (const file of pictures) {
      const bytes = readFileSync(file);
      expect(pngSize(bytes), file).toEqual({ width: CARD_IMAGE.width, height: CARD_IMAGE.height });
      expect(bytes.length, file).toBeLessThanOrEqual(CARD_IMAGE.budgetBytes);
    }
  }
});

test('a build without a public origin keeps the card’s words and writes no address it cannot know', () => {
  const pages = pagesOf(PRODUCTION_SITE.dir);
  expect(pages).toHaveLength(LANGS.length * (1 + SHARED.length));
  for (const file of pages) {
    const tags = previewTags(readFileSync(file, 'utf8'));
    expect(one(tags, 'og:title').trim(), file).not.toBe('');
    for (const name of ['og:url', 'og:image']) expect(tags.meta.has(name), `${file}: ${name}`).toBe(false);
    expect(tags.canonical, file).toBeNull();
    expect(tags.alternates.size, file).toBe(0);
    expect(schemaOrgProblems(tags.jsonLd[0]), file).toEqual([]);
  }
});

test('a chapter’s page is light: no app, a few kilobytes', () => {
  for (const lang of LANGS) {
    const file = join(TEST_SITE.dir, chapterPagePath(lang, 'gas-pipeline'), 'index.html');
    const html = readFileSync(file, 'utf8');
    expect(html.length, file).toBeLessThan(12_000);
    expect(html).not.toContain('kit.start(');
  }
});

test('a chapter’s shared link opens the atlas at that chapter, and the Share panel gives that link', async ({
  page
}) => {
  await page.goto(`./${chapterPagePath('en', 'gas-pipeline')}?sel=project-galkynysh`);
  await page.waitForURL(/[?&]ch=gas-pipeline/);
  const url = new URL(page.url());
  expect(url.pathname).toBe(`${TEST_SITE.base}/en/`);
  // The chapter and the language are the page's; what else the link carried goes along.
  expect(url.searchParams.get('sel')).toBe('project-galkynysh');
  await waitForMapIdle(page);
  await expect(page.locator('[data-chapter="gas-pipeline"]')).toHaveAttribute('aria-current', 'step');
  await page.goto(`./?ch=angren-pap&lang=${ROOT_LANG}`);
  await waitForMapIdle(page);
  await openTakeAway(page);
  await expect(page.locator('[data-share-link]')).toHaveValue(
    `${siteOrigin(TEST_SITE)}${TEST_SITE.base}/${chapterPagePath(ROOT_LANG, 'angren-pap')}`
  );
});

test('the cards as a preview shows them (screenshot for people to look at)', async ({ page }) => {
  const cases = LANGS.flatMap((lang) => [
    langPath(lang),
    chapterPagePath(lang, 'gas-pipeline'),
    chapterPagePath(lang, 'journey-2013')
  ]);
  const cards = [];
  for (const path of cases) {
    const tags = previewTags(readFileSync(join(TEST_SITE.dir, path, 'index.html'), 'utf8'));
    cards.push({
      image: one(tags, 'og:image'),
      alt: one(tags, 'og:image:alt'),
      site: new URL(one(tags, 'og:url')).host,
      title: one(tags, 'og:title'),
      description: one(tags, 'og:description')
    });
  }
  const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
  await page.setViewportSize({ width: 1100, height: 1400 });
  await page.goto(siteUrl(TEST_SITE));
  await page.setContent(
    `<style>body{margin:16px;font:14px system-ui,"Noto Sans CJK SC",sans-serif;display:grid;grid-template-columns:1fr 1fr;gap:16px;background:#e9ebee}
      .card{background:#fff;border:1px solid #dadde1}.card img{width:100%;aspect-ratio:1.91;display:block}
      .text{padding:8px 12px;background:#f2f3f5}.site{color:#606770;text-transform:uppercase;font-size:12px}
      .title{font-weight:600;font-size:16px;margin:2px 0}.description{color:#606770;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}</style>` +
      cards
        .map(
          (c) =>
            `<div class="card"><img src="${escape(c.image)}" alt="${escape(c.alt)}"><div class="text"><div class="site">${escape(c.site)}</div><div class="title">${escape(c.title)}</div><div class="description">${escape(c.description)}</div></div></div>`
        )
        .join('')
  );
  await expect
    .poll(() => page.evaluate(() => [...document.images].every((i) => i.complete && i.naturalWidth === 1200)))
    .toBe(true);
  await page.screenshot({ path: test.info().outputPath('link-previews.png'), fullPage: true });
});
