// The reader languages as the site serves them: where each one's page lives, which a browser gets first, how its
// numbers and dates are written. The languages themselves (and the Localized texts) are the data contract's
// (src/lib/data/langs.ts); one place each, read by the routes, the boot script, the URL and the switch.
import { LANGS, type Lang } from '$lib/data/langs';

export { LANGS, type Lang };

/** The article's own language: its page is the site's root; the others live under their code (`/en/`). */
export const ROOT_LANG: Lang = 'zh';

/** The value of `<html lang>` for each language (Chinese in simplified characters). */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-Hans', en: 'en', ru: 'ru' };

/** The locale each language's numbers, dates and lists are written in (Intl). */
export const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB', ru: 'ru-RU' };

/**
 * The language shown beside a name or title in smaller type: English for a reader of Chinese, the article's
 * Chinese for a reader of any other language (the names as Xinhua writes them).
 */
export const BESIDE: Record<Lang, Lang> = { zh: 'en', en: 'zh', ru: 'zh' };

/** Each language's name in itself, as the language menu offers it on every page (not a translation). */
export const LANG_NAMES: Record<Lang, string> = { zh: '中文', en: 'English', ru: 'Русский' };

/** Each language's short mark, for the language button where a phone has no room for its name (as signs write it). */
export const LANG_MARKS: Record<Lang, string> = { zh: '中', en: 'EN', ru: 'RU' };

export function isLang(value: string | null | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '');
}

/** A language's page, relative to the site's root: `''` for the root language, `en/` for English. */
export function langPath(lang: Lang): string {
  return lang === ROOT_LANG ? '' : `${lang}/`;
}

/**
 * Which reader language a browser gets, by its preferred languages in order: the first whose primary subtag
 * (`kk` of `kk-KZ`) is one of these decides; a browser with none of them gets the fallback. (The boot script
 * reads the same table.) Russian is also what a browser set to Kazakh, Kyrgyz, Uzbek, Tajik or Turkmen gets: the
 * atlas has none of those languages, and Russian is the one their readers share (the language of inter-ethnic
 * communication in Kazakhstan and Kyrgyzstan, widely read in Uzbekistan, Tajikistan and Turkmenistan, and the
 * language the region's press publishes this kind of piece in besides its own), where English is not.
 */
export const BROWSER_LANGS: { prefixes: [string, Lang][]; fallback: Lang } = {
  prefixes: [
    ['zh', 'zh'],
    ['en', 'en'],
    ['ru', 'ru'],
    ['kk', 'ru'],
    ['ky', 'ru'],
    ['uz', 'ru'],
    ['tg', 'ru'],
    ['tk', 'ru']
  ],
  fallback: 'en'
};

/** The reader's language from the browser's preferences (BROWSER_LANGS). */
export function browserLang(languages: readonly string[]): Lang {
  for (const language of languages.map((l) => l.toLowerCase())) {
    const match = BROWSER_LANGS.prefixes.find(([prefix]) => language.split('-')[0] === prefix);
    if (match) return match[1];
  }
  return BROWSER_LANGS.fallback;
}
