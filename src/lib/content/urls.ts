// Addresses on this site, wherever it is published (the root of a host or a subpath: SvelteKit's `base`): its
// files (data, tiles, the static map) and links to a view. One module, read by the map and the interface alike.
import { base } from '$app/paths';
import type { Lang } from '$lib/i18n/langs';
import { viewAddress, type ViewState } from '$lib/state/view-url';

/** Absolute URL of a file under static/ (`data/rail.json`). */
export function dataUrl(path: string): string {
  return new URL(`${base}/${path}`, window.location.href).href;
}

/** The absolute link to a view in a language, naming the language whatever the receiver's browser prefers. */
export function viewLink(view: ViewState, lang: Lang): string {
  return new URL(`${base}/${viewAddress(view, lang, true)}`, window.location.href).href;
}
