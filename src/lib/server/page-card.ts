// Which card a prerendered page carries (the atlas's, or a chapter's), in its language, as the tags of its head
// (src/lib/share/head.ts). Read by src/hooks.server.ts for every page.
import { base } from '$app/paths';
import { STORY } from '$lib/content/story';
import { REGION_FRAME } from '$lib/data/extent';
import { LANGS, ROOT_LANG, type Lang } from '$lib/i18n/langs';
import { cardOf } from '$lib/share/card';
import { cardHead } from '$lib/share/head';
import { sharedChapters, type CardSubject } from '$lib/share/pages';
import { PUBLIC_ORIGIN } from './public-origin';

/** The day the site was built: what the atlas is as of (JSON-LD's dateModified). */
const BUILT_ON = new Date().toISOString().slice(0, 10);

/** The subject of a chapter's page, by its id (null for an id with no page of its own). */
export function chapterSubject(id: string | undefined): Extract<CardSubject, { kind: 'chapter' }> | null {
  const chapter = sharedChapters(STORY.chapters).find((c) => c.id === id);
  return chapter ? { kind: 'chapter', chapter } : null;
}

/** The head tags of a page in `lang` whose card is `subject`. */
export function pageCardHead(lang: Lang, subject: CardSubject): string {
  return cardHead({
    card: cardOf(lang, subject),
    versions: LANGS.map((l) => cardOf(l, subject)),
    fallback: cardOf(ROOT_LANG, subject),
    origin: PUBLIC_ORIGIN,
    base,
    modified: BUILT_ON,
    bounds: subject.kind === 'atlas' ? REGION_FRAME : subject.chapter.bounds,
    chapterOf: subject.kind === 'chapter' ? cardOf(lang, { kind: 'atlas' }).title : null
  });
}
