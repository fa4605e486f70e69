// Sources as the panel cites them: numbered in order of first use, each with a link where there is one.
import type { SourceEntry } from '$lib/data/catalog';
import type { Localized } from '$lib/data/langs';

export interface CitedSource {
  key: string;
  number: number;
  href: string | null;
  /** What the link says: the site's host name, or the repository for a file in one. */
  label: string;
  note: Localized;
}

export function sourceHref(source: SourceEntry): string | null {
  if (source.url) return source.url;
  if (source.repo && source.path)
    return `https://github.com/${source.repo}/blob/${source.commit ?? 'HEAD'}/${source.path}`;
  return null;
}

function sourceLabel(source: SourceEntry, key: string): string {
  if (source.repo) return source.repo;
  if (source.url) {
    try {
      return new URL(source.url).hostname.replace(/^www\./, '');
    } catch {
      return key;
    }
  }
  return key;
}

/** Numbers the sources named in `keys` (repeats ignored) in the order given. */
export function citeSources(keys: string[], all: Record<string, SourceEntry>): CitedSource[] {
  const cited: CitedSource[] = [];
  for (const key of keys) {
    if (cited.some((c) => c.key === key) || !all[key]) continue;
    const source = all[key];
    cited.push({
      key,
      number: cited.length + 1,
      href: sourceHref(source),
      label: sourceLabel(source, key),
      note: source.note
    });
  }
  return cited;
}
