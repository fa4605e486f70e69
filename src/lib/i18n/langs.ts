// The reader languages: which there are, where each one's page lives and which a browser gets first. One place,
// read by the routes (each language is a prerendered page of its own), the boot script, the URL and the switch.

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The article's own language: its page is the site's root; the others live under their code (`/en/`). */
export const ROOT_LANG: Lang = 'zh';

/** The value of `<html lang>` for each language (Chinese in simplified characters). */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };

export function isLang(value: string | null | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '');
}

/** A language's page, relative to the site's root: `''` for the root language, `en/` for English. */
export function langPath(lang: Lang): string {
  return lang === ROOT_LANG ? '' : `${lang}/`;
}

/**
 * Which reader language a browser gets, by its preferred languages in order: the first that starts with one of
 * these prefixes decides; a browser with none of them gets the fallback. (The boot script reads the same table.)
 */
export const BROWSER_LANGS: { prefixes: [string, Lang][]; fallback: Lang } = {
  prefixes: [
    ['zh', 'zh'],
    ['en', 'en']
  ],
  fallback: 'en'
};

/** The reader's language from the browser's preferences (BROWSER_LANGS). */
export function browserLang(languages: readonly string[]): Lang {
  for (const language of languages.map((l) => l.toLowerCase())) {
    const match = BROWSER_LANGS.prefixes.find(([prefix]) => language.startsWith(prefix));
    if (match) return match[1];
  }
  return BROWSER_LANGS.fallback;
}
