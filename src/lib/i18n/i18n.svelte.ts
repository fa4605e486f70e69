// The reader's language, shared by context: interface strings (messages.ts), names and dates follow it.
import { getContext, setContext } from 'svelte';
import type { Lang } from './langs';
import { translate, type MessageKey } from './messages';

const I18N_CONTEXT = Symbol('silk-road-atlas/i18n');

export interface Named {
  name_zh: string;
  name_en: string;
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

  /** The other language: what the switch offers. */
  get otherLang(): Lang {
    return this.#lang === 'zh' ? 'en' : 'zh';
  }

  t = (key: MessageKey, params?: Record<string, string | number>): string => translate(this.lang, key, params);

  /** A thing's name in the reader's language. */
  name = (thing: Named): string => (this.lang === 'zh' ? thing.name_zh : thing.name_en);

  /** The name in the other language, shown beside the first. */
  otherName = (thing: Named): string => (this.lang === 'zh' ? thing.name_en : thing.name_zh);

  /** A number formatted for the reader's language. */
  number = (value: number): string => new Intl.NumberFormat(this.lang === 'zh' ? 'zh-CN' : 'en-GB').format(value);

  /** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) formatted for the reader's language, as precise as it is. */
  date = (iso: string): string => formatDate(iso, this.lang);
}

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) in a language (Intl), as precise as it is. */
export function formatDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number);
  const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
  const at = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat(locale, options).format(at);
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
    return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC'
    }).format(Date.UTC(year, month - 1, day));
  };
  return end ? `${format(start)}–${format(end)}` : format(start);
}
