// Our translations of the article's quoted words, one per quoted text and language (article/quotes.<lang>.json;
// ours, not Xinhua's). The geo build adds them to every quote it writes; a unit test fails on a quote without one.
import en from './article/quotes.en.json';
import ru from './article/quotes.ru.json';
import { TRANSLATION_LANGS, type TranslationLang, type Translations } from './langs';

const QUOTES: Record<TranslationLang, Record<string, string>> = { en, ru };

/** Our translations of a quoted Chinese text, or null when one is missing. */
export function translationsOf(text: string): Translations | null {
  const found = Object.fromEntries(TRANSLATION_LANGS.map((lang) => [lang, QUOTES[lang][text]]));
  return TRANSLATION_LANGS.every((lang) => typeof found[lang] === 'string') ? (found as Translations) : null;
}

const isQuote = (value: object): value is { paragraph: string; text: string } =>
  typeof (value as { paragraph?: unknown }).paragraph === 'string' &&
  typeof (value as { text?: unknown }).text === 'string';

/** A copy of `value` in which every quote (`{paragraph, text}`) carries its translations as `translation`. */
export function withTranslations<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withTranslations) as T;
  if (!value || typeof value !== 'object') return value;
  const copy = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withTranslations(v)]));
  if (isQuote(value)) {
    const translation = translationsOf(value.text);
    if (translation) copy.translation = translation;
  }
  return copy as T;
}
