// A chapter's own page in each reader language (`chapter/gas-pipeline/`, `en/chapter/gas-pipeline/`): what a link
// preview reads for that chapter (its card, written into the head by src/hooks.server.ts), and for a reader the
// way into the atlas at that chapter (its first script goes there: src/lib/boot/forward.ts). It carries no app:
// a few kilobytes, where the atlas's page is sixty.
import { error } from '@sveltejs/kit';
import { STORY } from '$lib/content/story';
import { LANGS, ROOT_LANG, isLang } from '$lib/i18n/langs';
import { cardOf } from '$lib/share/card';
import { sharedChapters } from '$lib/share/pages';
import { viewAddress } from '$lib/state/view-url';
import type { EntryGenerator, PageServerLoad } from './$types';

// Nothing runs here but the first script: no hydration, no app code.
export const csr = false;

export const entries: EntryGenerator = () =>
  LANGS.flatMap((lang) =>
    sharedChapters(STORY.chapters).map((chapter) => ({ lang: lang === ROOT_LANG ? undefined : lang, id: chapter.id }))
  );

export const load: PageServerLoad = ({ params }) => {
  const lang = isLang(params.lang) ? params.lang : ROOT_LANG;
  const chapter = sharedChapters(STORY.chapters).find((c) => c.id === params.id);
  if (!chapter) error(404, `No chapter ${params.id}`);
  const empty = { selected: null, hidden: [], camera: null, lang: null, month: null };
  return {
    lang,
    card: cardOf(lang, { kind: 'chapter', chapter }),
    /** The atlas at this chapter, relative to the site's root (the link for a reader without JavaScript). */
    atlasPath: viewAddress({ ...empty, chapter: chapter.id }, lang, true)
  };
};
