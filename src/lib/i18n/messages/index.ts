// Every interface string, one catalogue per language (zh.ts, en.ts, ru.ts): the Chinese one defines the keys and every
// other is typed by it, so a key missing in a language fails to compile, and a unit test fails on one left empty.
// Adding a language is adding its catalogue here. `{name}` placeholders are filled by `translate`.
import type { Lang, Localized } from '$lib/data/langs';
import { en } from './en';
import { ru } from './ru';
import { zh } from './zh';

export type MessageKey = keyof typeof zh;
export type Messages = Record<MessageKey, string>;

export const MESSAGES: Record<Lang, Messages> = { zh, en, ru };

export function isMessageKey(key: string): key is MessageKey {
  return key in zh;
}

export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  );
}

/** One message in every language, as a Localized text (for data that carries its own label: the legend's). */
export function localizedMessage(key: MessageKey): Localized {
  return Object.fromEntries(Object.entries(MESSAGES).map(([lang, messages]) => [lang, messages[key]])) as Localized;
}
