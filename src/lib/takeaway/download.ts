// Saving what the reader takes away: file names that say what and when, and the download itself.
import { isoMonth } from '$lib/data/months';
import type { ViewState } from '$lib/state/view-url';

/**
 * `silk-road-atlas_project-angren-pap_2026-11-24.png`: the site, what the view shows (the selection, else the
 * chapter, else explore; the timeline's month when open) and the day it was saved.
 */
export function exportName(view: ViewState, extension: string, now: Date): string {
  const subject = view.selected ?? (view.chapter ? `chapter-${view.chapter}` : 'explore');
  const month = view.month !== null ? `_as-of-${isoMonth(view.month)}` : '';
  const day = now.toISOString().slice(0, 10);
  return `silk-road-atlas_${subject}${month}_${day}.${extension}`;
}

/** Saves a blob under a file name through a temporary link. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
