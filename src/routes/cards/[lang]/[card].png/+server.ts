// Each link preview's picture, `cards/<lang>/<card>.png` (src/lib/share/pages.ts), made while the site is
// prerendered (src/lib/server/card-image.ts) and written to the build as a file.
import { error } from '@sveltejs/kit';
import { STORY } from '$lib/content/story';
import { isLang } from '$lib/i18n/langs';
import { cardPng } from '$lib/server/card-image';
import { cardOf } from '$lib/share/card';
import { CARD_IMAGE, allCards, cardName } from '$lib/share/pages';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

const CARDS = allCards(STORY.chapters);

export const entries: EntryGenerator = () => CARDS.map(({ lang, subject }) => ({ lang, card: cardName(subject) }));

export const GET: RequestHandler = ({ params }) => {
  const found = isLang(params.lang)
    ? CARDS.find((c) => c.lang === params.lang && cardName(c.subject) === params.card)
    : undefined;
  if (!found) error(404, `No card ${params.lang}/${params.card}`);
  const png = cardPng(cardOf(found.lang, found.subject), found.subject, found.lang);
  return new Response(new Uint8Array(png), { headers: { 'content-type': CARD_IMAGE.type } });
};
