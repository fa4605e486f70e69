// The addresses a link preview reads, relative to the site's root: each chapter's own page in each language (a
// static host cannot give `?ch=` links their own card, so each chapter has a path: `chapter/gas-pipeline/`,
// `en/chapter/gas-pipeline/`) and each card's picture. One place, read by the routes, the head tags, the Share
// panel, the service worker and the tests.
import type { Chapter } from '$lib/data/story';
import { LANGS, langPath, type Lang } from '$lib/i18n/langs';

/** A card's picture: the size every preview (Open Graph, X's large card) takes, and its byte budget. */
export const CARD_IMAGE = { width: 1200, height: 630, budgetBytes: 300_000, type: 'image/png' } as const;

/** The folder of the cards' pictures under the site's root. */
export const CARDS_DIR = 'cards';

/** What a page's card shows: the atlas (its lead), or one chapter. */
export type CardSubject = { kind: 'atlas' } | { kind: 'chapter'; chapter: Chapter };

/** The chapters with a page of their own: every one but the lead, whose card is the atlas's (the root page). */
export const sharedChapters = (chapters: readonly Chapter[]): Chapter[] => chapters.slice(1);

/** A chapter's page in a language, relative to the site's root: `chapter/gas-pipeline/`, `en/chapter/…/`. */
export const chapterPagePath = (lang: Lang, chapterId: string): string => `${langPath(lang)}chapter/${chapterId}/`;

/** The page a card belongs to, relative to the site's root. */
export const cardPagePath = (lang: Lang, subject: CardSubject): string =>
  subject.kind === 'atlas' ? langPath(lang) : chapterPagePath(lang, subject.chapter.id);

/** The name of a card's picture (the atlas's is `atlas`, a chapter's its id). */
export const cardName = (subject: CardSubject): string => (subject.kind === 'atlas' ? 'atlas' : subject.chapter.id);

/** A card's picture, relative to the site's root: `cards/en/gas-pipeline.png`. */
export const cardImagePath = (lang: Lang, subject: CardSubject): string =>
  `${CARDS_DIR}/${lang}/${cardName(subject)}.png`;

/** Whether a path under the site's root is a card's picture (made for link previews, never for the reader). */
export const isCardImage = (path: string): boolean => path.startsWith(`${CARDS_DIR}/`);

/** Every card: the atlas's and each shared chapter's, in every language. */
export function allCards(chapters: readonly Chapter[]): { lang: Lang; subject: CardSubject }[] {
  const subjects: CardSubject[] = [
    { kind: 'atlas' },
    ...sharedChapters(chapters).map((chapter) => ({ kind: 'chapter' as const, chapter }))
  ];
  return LANGS.flatMap((lang) => subjects.map((subject) => ({ lang, subject })));
}
