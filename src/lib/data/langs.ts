// The reader languages and the one way a text in all of them is held (`Localized`), from the authored inputs
// through the built files to the interface. Adding a language is adding its code here and its texts: every
// Localized value then lacks it until it is written, which the schemas of the geo build and the unit tests name.

export const LANGS = ['zh', 'en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every reader language (a name, a title, a note of ours). */
export type Localized = Record<Lang, string>;

/** The article's own language: its words are quoted in it, and translated (by us, and said so) into the others. */
export const ORIGINAL_LANG = 'zh' satisfies Lang;
export type TranslationLang = Exclude<Lang, typeof ORIGINAL_LANG>;
export const TRANSLATION_LANGS = LANGS.filter((lang): lang is TranslationLang => lang !== ORIGINAL_LANG);

/** Our translations of a Chinese original into the other reader languages. */
export type Translations = Record<TranslationLang, string>;

/** A text made for every language by `make` (a date written in each, say). */
export function inEveryLang(make: (lang: Lang) => string): Localized {
  return Object.fromEntries(LANGS.map((lang) => [lang, make(lang)])) as Localized;
}

/** The flat columns a map feature or a data download carries for a Localized text: `name_zh`, `name_en`, … */
export type LocalizedColumns<P extends string> = { [L in Lang as `${P}_${L}`]: string };

/** A Localized text as flat columns (map properties, CSV): the one conversion from the one to the other. */
export function toColumns<P extends string>(prefix: P, text: Localized): LocalizedColumns<P> {
  return Object.fromEntries(LANGS.map((lang) => [`${prefix}_${lang}`, text[lang]])) as LocalizedColumns<P>;
}

/** The columns of a text that may be missing (an unnamed lake, land outside the story's area). */
export type NullableLocalizedColumns<P extends string> = { [K in keyof LocalizedColumns<P>]: string | null };

/** The same for a text that may be missing (an unnamed lake): every column null then. */
export function toNullableColumns<P extends string>(prefix: P, text: Localized | null): NullableLocalizedColumns<P> {
  return Object.fromEntries(
    LANGS.map((lang) => [`${prefix}_${lang}`, text ? text[lang] : null])
  ) as NullableLocalizedColumns<P>;
}

/** Columns that may be missing back as one Localized text, or null when any language lacks it. */
export function fromNullableColumns<P extends string>(
  prefix: P,
  columns: NullableLocalizedColumns<P>
): Localized | null {
  const flat = columns as Record<string, string | null>;
  return LANGS.every((lang) => flat[`${prefix}_${lang}`])
    ? fromColumns(prefix, columns as unknown as LocalizedColumns<P>)
    : null;
}

/** The flat columns back as one Localized text. */
export function fromColumns<P extends string>(prefix: P, columns: LocalizedColumns<P>): Localized {
  const flat = columns as Record<string, string>;
  return Object.fromEntries(LANGS.map((lang) => [lang, flat[`${prefix}_${lang}`]])) as Localized;
}
