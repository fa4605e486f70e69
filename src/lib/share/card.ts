// What a shared link shows before anyone opens it (its Open Graph / X card), in the page's language: the atlas's
// title and what it is, or a chapter's title with the first line of the article's words it tells; the picture's
// description; where the page and its picture are. Pure: the head tags (head.ts), the card's picture
// (src/lib/server/card-image.ts) and the tests read it.
import { ATLAS_CARD, CREDITS, creditText } from '$lib/content/site';
import type { Quote } from '$lib/data/article';
import { ORIGINAL_LANG, type TranslationLang } from '$lib/data/langs';
import { HTML_LANG, LOCALES, type Lang } from '$lib/i18n/langs';
import { translate } from '$lib/i18n/messages';
import { cardImagePath, cardPagePath, type CardSubject } from './pages';

export interface Card {
  lang: Lang;
  siteName: string;
  /** The chapter's title, or the article's for the atlas. */
  title: string;
  /** The page's `<title>`: the card's title with the site's name. */
  documentTitle: string;
  /** A sentence of what the atlas is, or the chapter's first line of the article's words (quoted, with its source). */
  description: string;
  /** The chapter's first line of the article's words alone (drawn on the picture), or null for the atlas. */
  quoteLine: string | null;
  /** What the picture shows, in words. */
  imageAlt: string;
  /** The credits, in one line (drawn at the picture's foot). */
  credits: string;
  /** The page and its picture, relative to the site's root. */
  pagePath: string;
  imagePath: string;
  /** Open Graph's locale (`zh_CN`, `en_GB`). */
  locale: string;
  /** `<html lang>`'s value (`zh-Hans`), which hreflang and JSON-LD's inLanguage take too. */
  htmlLang: string;
}

/** Longest first line a card shows: previews cut a description at about two lines. */
const MAX_LINE = 120;

/** The first sentence of `text` (to its full stop), cut at MAX_LINE characters with an ellipsis. */
export function firstLine(text: string): string {
  const sentence = /^.*?[。！？；.!?;](?=\s|$|[^.\d])/su.exec(text.trim())?.[0] ?? text.trim();
  const line = sentence.replace(/\s+/g, ' ').replace(/[，、,;；：:—–-]+$/u, '');
  return line.length <= MAX_LINE ? line : `${line.slice(0, MAX_LINE - 1).trimEnd()}…`;
}

/** A quote in a reader language: the article's own words, or our translation of them. */
const quoteIn = (quote: Quote, lang: Lang): string =>
  lang === ORIGINAL_LANG ? quote.text : (quote.translation?.[lang as TranslationLang] ?? quote.text);

export const ogLocale = (lang: Lang): string => LOCALES[lang].replace('-', '_');

export function cardOf(lang: Lang, subject: CardSubject): Card {
  const siteName = ATLAS_CARD.siteName[lang];
  const common = {
    lang,
    siteName,
    credits: CREDITS[lang].map(creditText).join(' · '),
    pagePath: cardPagePath(lang, subject),
    imagePath: cardImagePath(lang, subject),
    locale: ogLocale(lang),
    htmlLang: HTML_LANG[lang]
  };
  if (subject.kind === 'atlas') {
    const title = ATLAS_CARD.title[lang];
    return {
      ...common,
      title,
      documentTitle: `${title} · ${siteName}`,
      description: ATLAS_CARD.description[lang],
      quoteLine: null,
      imageAlt: ATLAS_CARD.imageAlt[lang]
    };
  }
  const { chapter } = subject;
  const title = chapter.title[lang];
  const quoteLine = chapter.quotes[0] ? firstLine(quoteIn(chapter.quotes[0], lang)) : null;
  return {
    ...common,
    title,
    documentTitle: `${title} · ${siteName}`,
    description: quoteLine ? `“${quoteLine}”${translate(lang, 'card.quoteSource')}` : chapter.alt[lang],
    quoteLine,
    imageAlt: `${title}: ${chapter.alt[lang]}`
  };
}
