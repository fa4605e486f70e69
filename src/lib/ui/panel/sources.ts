// Sources as the panel cites them: numbered in order of first use, each a reference in the reader's language
// ("人民日报，2023年5月22日" / "People's Daily, 22 May 2023") linked to the publisher's own page; a copy that was
// read elsewhere is offered apart, named by the outlet that carried it when a reputable one did, never by its host.
import type { Catalog } from '$lib/data/catalog';
import type { Lang, Localized } from '$lib/data/langs';
import { formatDate } from '$lib/i18n/i18n.svelte';
import { translate } from '$lib/i18n/messages';

export interface CitedSource {
  key: string;
  number: number;
  publisher: Localized;
  /** The headline as published, in the source's own language (`titleLang`). */
  title: string | null;
  titleLang: string;
  /** Our description where the headline was not established. */
  titleSupplied: Localized | null;
  /** ISO date, as precise as known; null when undated (then `undated` says why). */
  date: string | null;
  undated: Localized | null;
  /** The publisher's own page, or null where it was not found. */
  href: string | null;
  /** The copy that was read, when it is not on the publisher's site, and the reputable outlet that carried it. */
  copy: { href: string; checked: string; carrier: Localized | null } | null;
  /** Why the source is weak, when it is. */
  weak: Localized | null;
  note: Localized;
}

/** Numbers the sources named in `keys` (repeats ignored) in the order given. */
export function citeSources(keys: string[], catalog: Pick<Catalog, 'sources' | 'publishers'>): CitedSource[] {
  const cited: CitedSource[] = [];
  for (const key of keys) {
    const source = catalog.sources[key];
    if (cited.some((c) => c.key === key) || !source) continue;
    const carrier = source.read_at?.carrier;
    cited.push({
      key,
      number: cited.length + 1,
      publisher: catalog.publishers[source.publisher].name,
      title: source.title ?? null,
      titleLang: source.language,
      titleSupplied: source.title_supplied ?? null,
      date: source.date,
      undated: source.undated ?? null,
      href: source.url,
      copy: source.read_at
        ? {
            href: source.read_at.url,
            checked: source.read_at.checked,
            carrier: carrier ? catalog.publishers[carrier].name : null
          }
        : null,
      weak: source.weak ?? null,
      note: source.note
    });
  }
  return cited;
}

/** The reference: publisher and date ("Xinhua, 16 May 2023"), or publisher and why there is no date. */
export function referenceText(source: CitedSource, lang: Lang): string {
  const date = source.date ? formatDate(source.date, lang) : (source.undated?.[lang] ?? '');
  return translate(lang, 'source.reference', { publisher: source.publisher[lang], date });
}

/** The title as published, or our description of the text in brackets. */
export function titleText(source: CitedSource, lang: Lang): string {
  if (source.title) return source.title;
  return translate(lang, 'source.suppliedTitle', { title: source.titleSupplied?.[lang] ?? '' });
}

/** What the copy link says: "copy", or "copy (People's Daily Online)" when a reputable outlet carried it. */
export function copyText(source: CitedSource, lang: Lang): string {
  const carrier = source.copy?.carrier;
  return carrier ? translate(lang, 'source.copyFrom', { carrier: carrier[lang] }) : translate(lang, 'source.copy');
}

/** One line for a data download: `key: reference, title <publisher's url> (copy <url>) [weakly sourced]`. */
export function sourceLine(source: CitedSource, lang: Lang): string {
  const reference = translate(lang, 'source.withTitle', {
    reference: referenceText(source, lang),
    title: titleText(source, lang)
  });
  const parts = [`${source.key}: ${reference}`];
  if (source.href) parts.push(`<${source.href}>`);
  if (source.copy) parts.push(`(${copyText(source, lang)} <${source.copy.href}>)`);
  if (source.weak) parts.push(`[${translate(lang, 'source.weak')}]`);
  return parts.join(' ');
}
