// Addresses on this site, wherever it is published (the root of a host or a subpath: SvelteKit's `base`): its
// files (data, tiles, the static map) and links to a view. One module, read by the map and the interface alike.
import { base } from '$app/paths';
import type { Chapter } from '$lib/data/story';
import type { Lang } from '$lib/i18n/langs';
import { chapterPagePath, sharedChapters } from '$lib/share/pages';
import { serializeView, viewAddress, type ViewState } from '$lib/state/view-url';

/** Absolute URL of one of the site's files, by its path from the site's root (`data/rail.json`, `service-worker.js`). */
export function dataUrl(path: string): string {
  return new URL(`${base}/${path}`, window.location.href).href;
}

/** The absolute link to a view in a language, naming the language whatever the receiver's browser prefers. */
export function viewLink(view: ViewState, lang: Lang): string {
  return new URL(`${base}/${viewAddress(view, lang, true)}`, window.location.href).href;
}

/**
 * The link a reader shares for a view: in the story at a chapter other than the lead, that chapter's own page
 * (its link preview shows the chapter: src/lib/share/pages.ts), with whatever else the view holds (a selection)
 * in its query; any other view, its link as the address bar has it (viewLink).
 */
export function shareLink(view: ViewState, lang: Lang, chapters: readonly Chapter[]): string {
  const chapter = view.explore ? undefined : sharedChapters(chapters).find((c) => c.id === view.chapter);
  if (!chapter) return viewLink(view, lang);
  const rest = serializeView({ ...view, chapter: null, lang: null, explore: false });
  return new URL(`${base}/${chapterPagePath(lang, chapter.id)}${rest}`, window.location.href).href;
}
