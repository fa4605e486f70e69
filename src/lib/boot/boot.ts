// The page's first script: inlined at the top of every prerendered page's <head> (src/hooks.server.ts, which also
// adds its hash to the page's Content-Security-Policy), it runs before anything is painted and does only what the
// URL alone decides and the first paint must already show:
// - a link that names another language (`?lang=en`), or a first visit to the root page from a browser set to
//   another language, goes to that language's page (`location.replace`: no history entry, nothing painted twice);
// - the view the link opens (the lead, a later chapter, or explore) is written on `<html data-view>`, and a page
//   inside another site's article on `<html data-embed>`, which the stylesheets read, so that the first paint has
//   the layout the page keeps once its scripts run;
// - a chapter link makes that chapter its list's initial scroll position (CSS `scroll-initial-target`, where the
//   browser has it; elsewhere the story scrolls there when the page starts, which moves no layout);
// - the web app manifest is linked after the first paint;
// - `window.__atlasPainted` resolves once the first contentful paint is on screen: the app's scripts and the map
//   start after it (src/hooks.server.ts defers SvelteKit's start; MapView waits too), so that the words are
//   painted before any script competes with them.
// It is serialised with Function.prototype.toString, so it uses nothing from outside its own body.

export interface BootConfig {
  /** The web app manifest, relative to this page: linked once the first paint is on screen. */
  manifest: string;
  /** How long the page waits for a paint that is never reported (a hidden tab), in ms. */
  paintFallbackMs: number;
  /** This page's language. */
  lang: string;
  /** The site's root, relative to this page (`./`, `../`). */
  root: string;
  /** Each language's page, relative to the root (`''`, `en/`). */
  pages: Record<string, string>;
  /** The language whose page is the root: the one that follows the browser when no link names a language. */
  rootLang: string;
  /** Browser languages (primary subtags) and the reader language each gets, in order; then the fallback. */
  browser: { prefixes: [string, string][]; fallback: string };
  /** The story's chapter ids; the first is the lead. */
  chapters: string[];
  /** Query parameters that open explore mode when no chapter is named (view-url.ts's isStoryView). */
  exploreKeys: string[];
  /** The values of `embed` (view-url.ts's EMBED_MODES): the page inside another site's article. */
  embedModes: string[];
}

/** The view a URL opens, as `<html data-view>` names it for the stylesheets. */
export type BootView = 'lead' | 'chapter' | 'explore';

export function boot(config: BootConfig): void {
  window.__atlasPainted = new Promise((resolve) => {
    const timer = setTimeout(resolve, document.visibilityState === 'hidden' ? 0 : config.paintFallbackMs);
    try {
      const observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing in this browser: the timer decides.
    }
  });
  // The manifest is for installing the atlas, not for reading it: linked after the first paint (a browser asks
  // for it as soon as it sees the link).
  void window.__atlasPainted.then(() => {
    const link = document.createElement('link');
    link.rel = 'manifest';
    link.href = config.manifest;
    document.head.append(link);
  });

  const query = new URLSearchParams(location.search);
  const asked = query.get('lang');

  let target: string | null = null;
  if (asked !== null && asked !== config.lang && asked in config.pages) target = asked;
  else if (asked === null && config.lang === config.rootLang) {
    const wanted = (navigator.languages ?? [navigator.language]).map((l) => l.toLowerCase());
    let browserLang = config.browser.fallback;
    for (const language of wanted) {
      const match = config.browser.prefixes.find(([prefix]) => language.split('-')[0] === prefix);
      if (match) {
        browserLang = match[1];
        break;
      }
    }
    if (browserLang !== config.lang) target = browserLang;
  }
  if (target !== null) {
    // The root's language keeps `lang` in the link (the root otherwise follows the browser); the others need none.
    if (target !== config.rootLang) query.delete('lang');
    const search = query.toString();
    location.replace(config.root + config.pages[target] + (search ? `?${search}` : '') + location.hash);
    return;
  }

  const ch = query.get('ch');
  const chapter = ch !== null && config.chapters.includes(ch) ? ch : null;
  const explore =
    chapter === null && (query.get('mode') === 'explore' || config.exploreKeys.some((key) => query.has(key)));
  const view: BootView = explore ? 'explore' : chapter !== null && chapter !== config.chapters[0] ? 'chapter' : 'lead';
  document.documentElement.dataset.view = view;
  const embed = query.get('embed');
  if (embed !== null && config.embedModes.includes(embed)) document.documentElement.dataset.embed = embed;
  if (view === 'chapter') {
    // The id is one of the story's own (checked above), never the raw query.
    const style = document.createElement('style');
    // Removed once the page has started (the story scrolls itself from then on).
    style.dataset.boot = '';
    // Aligned as the story scrolls to a chapter (chapter-scroll.svelte.ts's scrollToChapter: its top, less its
    // scroll margin).
    style.textContent = `[data-chapter="${chapter}"]{scroll-initial-target:nearest;scroll-snap-align:start}`;
    document.head.append(style);
  }
}
