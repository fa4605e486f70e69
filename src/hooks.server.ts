// Runs while the pages are prerendered: gives each page its language on <html lang>, puts the boot script
// (src/lib/boot/boot.ts) first in its <head>, and makes SvelteKit's start wait for the first paint (no module
// preloads in the head, its bootstrap script deferred to the boot script's paint promise): the words of the page
// are on screen before any of its code is fetched or run. A chapter's own page (its link preview's page) gets the
// script that opens the atlas at that chapter instead. Every page gets its link preview's tags (its card). The
// Content-Security-Policy, which SvelteKit writes with the hashes of its own scripts, gets the hashes of the
// scripts as they are served (the card's JSON-LD is data, which no policy governs).
import { createHash } from 'node:crypto';
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { boot, type BootConfig } from '$lib/boot/boot';
import { forward } from '$lib/boot/forward';
import { chapterSubject, pageCardHead } from '$lib/server/page-card';
import { STORY } from '$lib/content/story';
import { BROWSER_LANGS, HTML_LANG, LANGS, ROOT_LANG, isLang, langPath, type Lang } from '$lib/i18n/langs';
import { EMBED_MODES, EXPLORE_KEYS, viewAddress } from '$lib/state/view-url';
import favicon from '../static/favicon.svg?raw';

/** The icon as a data URL in the page itself: the browser asks for nothing else before the first paint. */
const FAVICON_URL = `data:image/svg+xml,${encodeURIComponent(favicon.trim())}`;

/** How long the page waits for a paint that is never reported (a hidden tab), in ms. */
const PAINT_FALLBACK_MS = 1500;

/** The site's root relative to the page at `pathname`: one `../` per folder below it (`/en/` is one). */
function rootOf(pathname: string): string {
  const depth = pathname.slice(base.length).split('/').length - 2;
  return depth > 0 ? '../'.repeat(depth) : './';
}

/** The script of a chapter's own page: to the atlas in `lang` at that chapter, as inline script text. */
function forwardScript(lang: Lang, pathname: string, chapter: string): string {
  const empty = { selected: null, hidden: [], camera: null, lang: null, month: null };
  const target = rootOf(pathname) + viewAddress({ ...empty, chapter }, lang, true);
  return `(${forward.toString()})(${JSON.stringify(target)})`;
}

/** The boot script for a page in `lang` at `pathname`, as inline script text. */
function bootScript(lang: string, pathname: string): string {
  const root = rootOf(pathname);
  const config: BootConfig = {
    paintFallbackMs: PAINT_FALLBACK_MS,
    // Each language's page has its own manifest beside it (its name in that language).
    manifest: `${root}${langPath(lang as Lang)}manifest.webmanifest`,
    lang,
    root,
    pages: Object.fromEntries(LANGS.map((l) => [l, langPath(l)])),
    rootLang: ROOT_LANG,
    browser: BROWSER_LANGS,
    chapters: STORY.chapters.map((c) => c.id),
    exploreKeys: [...EXPLORE_KEYS],
    embedModes: [...EMBED_MODES]
  };
  return `(${boot.toString()})(${JSON.stringify(config)})`;
}

const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/** SvelteKit's bootstrap script (`Promise.all([import(start), import(app)]).then(…)`), started after the paint. */
function deferStart(script: string): string {
  const deferred = script.replace(
    /Promise\.all\(\[(\s*import\([^)]*\),\s*import\([^)]*\)\s*)\]\)\.then\(/,
    'window.__atlasPainted.then(() => Promise.all([$1])).then('
  );
  if (deferred === script)
    throw new Error('SvelteKit’s bootstrap script has changed shape: hooks.server.ts cannot defer it.');
  return deferred;
}

/**
 * The page with its language, its first script (`firstScript`, else the boot script), its card's tags and
 * SvelteKit's start deferred, and the policy's `script-src` made of the hashes of the inline scripts exactly as
 * served (SvelteKit hashed its bootstrap before we changed it).
 */
export function withBoot(html: string, lang: string, pathname: string, card = '', firstScript?: string): string {
  const page = html
    .replace(/<script>([\s\S]*?)<\/script>/g, (whole, script: string) =>
      script.includes('kit.start(') ? `<script>${deferStart(script)}</script>` : whole
    )
    .replace('<html lang="%lang%">', `<html lang="${HTML_LANG[lang as keyof typeof HTML_LANG]}">`)
    .replace('<!--boot-->', `<script>${firstScript ?? bootScript(lang, pathname)}</script>`)
    .replace('<!--card-->', card)
    .replace('%favicon%', FAVICON_URL);
  const hashes = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => hashOf(match[1]));
  const policy = /(<meta http-equiv="content-security-policy" content="[^"]*script-src 'self')(?: 'sha256-[^']+')*/;
  if (!policy.test(page)) throw new Error('The page has no Content-Security-Policy with a script-src to extend.');
  return page.replace(policy, `$1 ${hashes.join(' ')}`);
}

export const handle: Handle = ({ event, resolve }) => {
  const lang = isLang(event.params.lang) ? event.params.lang : ROOT_LANG;
  const chapter = chapterSubject(event.params.id);
  const pathname = event.url.pathname;
  const firstScript = chapter ? forwardScript(lang, pathname, chapter.chapter.id) : undefined;
  return resolve(event, {
    // No module preloads: the page's code is asked for once its words are painted (deferStart).
    preload: ({ type }) => type !== 'js',
    transformPageChunk: ({ html }) =>
      withBoot(html, lang, pathname, pageCardHead(lang, chapter ?? { kind: 'atlas' }), firstScript)
  });
};
