// The reader's language, shared by context: interface strings (messages.ts), every Localized text (names, titles,
// notes), numbers and dates follow it. The one place a language is picked: components call these, they never
// compare language codes themselves.
import { getContext, setContext } from 'svelte';
import { ORIGINAL_LANG, type Localized, type TranslationLang } from '$lib/data/langs';
import { BESIDE, HTML_LANG, LOCALES, type Lang } from './langs';
import { translate, type MessageKey } from './messages';

const I18N_CONTEXT = Symbol('silk-road-atlas/i18n');

/** Anything with a name in every language (a feature, a country, a list item, a legend member). */
export interface Named {
  name: Localized;
}

export class I18n {
  #lang = $state<Lang>('zh');

  constructor(lang: Lang) {
    this.#lang = lang;
  }

  /** The reader's language (change it with `setLang`: the switch, or a link that names one). */
  get lang(): Lang {
    return this.#lang;
  }

  setLang(lang: Lang): void {
    this.#lang = lang;
  }

  /** The language shown beside the reader's in smaller type (see BESIDE). */
  get besideLang(): Lang {
    return BESIDE[this.#lang];
  }

  /** Whether the reader reads the article's own language (its quotes then need no translation beside them). */
  get readsOriginal(): boolean {
    return this.#lang === ORIGINAL_LANG;
  }

  /**
   * The language the article's title and words are translated into for this reader: the reader's own, or, for a
   * reader of the original, the one beside it (English).
   */
  get translationLang(): TranslationLang {
    return this.readsOriginal ? (this.besideLang as TranslationLang) : (this.#lang as TranslationLang);
  }

  /** The reader's language as `<html lang>` and every `lang` attribute write it. */
  get htmlLang(): string {
    return HTML_LANG[this.#lang];
  }

  /** Our translation of the article's words for this reader, or null for a reader of the original. */
  translation = (translations: Partial<Record<TranslationLang, string>> | undefined): string | null =>
    this.readsOriginal ? null : (translations?.[this.#lang as TranslationLang] ?? null);

  /** The Intl locale of the reader's language. */
  get locale(): string {
    return LOCALES[this.#lang];
  }

  t = (key: MessageKey, params?: Record<string, string | number>): string => translate(this.lang, key, params);

  /** A text in the reader's language. */
  pick = (text: Localized): string => text[this.lang];

  /** The same text in the language shown beside it. */
  beside = (text: Localized): string => text[this.besideLang];

  /** A thing's name in the reader's language. */
  name = (thing: Named): string => this.pick(thing.name);

  /** The name in the language shown beside it. */
  otherName = (thing: Named): string => this.beside(thing.name);

  /** A number formatted for the reader's language. */
  number = (value: number): string => new Intl.NumberFormat(this.locale).format(value);

  /** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) formatted for the reader's language, as precise as it is. */
  date = (iso: string): string => formatDate(iso, this.lang);
}

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) in a language (Intl), as precise as it is. */
export function formatDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number);
  const at = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(at);
}

/** A span of days (`2013-09-03` to `2013-09-04`), or one date when there is no end. */
export function formatDateSpan(start: string, end: string | null, lang: Lang): string {
  return end ? `${formatDate(start, lang)} – ${formatDate(end, lang)}` : formatDate(start, lang);
}

export function setI18n(i18n: I18n): I18n {
  return setContext(I18N_CONTEXT, i18n);
}

export function getI18n(): I18n {
  const i18n = getContext<I18n | undefined>(I18N_CONTEXT);
  if (!i18n) throw new Error('getI18n() was called outside the page that sets the language.');
  return i18n;
}

/** Day and month only (`9月3日`, `3 September`), and a span of them: for labels where the year is known. */
export function formatDayMonth(start: string, end: string | null, lang: Lang): string {
  const format = (iso: string) => {
    const [year, month, day] = iso.split('-').map(Number);
    return new Intl.DateTimeFormat(LOCALES[lang], {
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC'
    }).format(Date.UTC(year, month - 1, day));
  };
  return end ? `${format(start)}–${format(end)}` : format(start);
}
