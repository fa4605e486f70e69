// English translations of the article's quoted words, one per quoted text (quotes.en.json, ours, not Xinhua's).
// The geo build adds them to every quote it writes; a unit test fails on any quote without one.
import translations from './article/quotes.en.json';

const TRANSLATIONS: Record<string, string> = translations;

/** Our English translation of a quoted Chinese text, or null when there is none. */
export function translationOf(text: string): string | null {
  return TRANSLATIONS[text] ?? null;
}

const isQuote = (value: object): value is { paragraph: string; text: string } =>
  typeof (value as { paragraph?: unknown }).paragraph === 'string' &&
  typeof (value as { text?: unknown }).text === 'string';

/** A copy of `value` in which every quote (`{paragraph, text}`) carries its translation as `en`. */
export function withTranslations<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withTranslations) as T;
  if (!value || typeof value !== 'object') return value;
  const copy = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withTranslations(v)]));
  if (isQuote(value)) {
    const en = translationOf(value.text);
    if (en) copy.en = en;
  }
  return copy as T;
}
