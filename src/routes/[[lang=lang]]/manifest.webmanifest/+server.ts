// The web app manifest of each language's page (`manifest.webmanifest`, `en/manifest.webmanifest` …), prerendered:
// the name a home screen shows, in the reader's language, and that language's page to open.
import { json } from '@sveltejs/kit';
import { SITE } from '$lib/content/site';
import { HTML_LANG, LANGS, ROOT_LANG, isLang } from '$lib/i18n/langs';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
// A file, not a folder: `en/manifest.webmanifest`.
export const trailingSlash = 'never';

/** Every language but the root's, whose manifest the crawler finds without a parameter. */
export const entries: EntryGenerator = () => LANGS.filter((lang) => lang !== ROOT_LANG).map((lang) => ({ lang }));

export const GET: RequestHandler = ({ params }) => {
  const lang = isLang(params.lang) ? params.lang : ROOT_LANG;
  const icons = lang === ROOT_LANG ? '' : '../';
  const manifest = {
    name: SITE.appName[lang],
    short_name: SITE.name[lang],
    description: SITE.appDescription[lang],
    lang: HTML_LANG[lang],
    start_url: './',
    scope: `./${icons}`,
    display: 'standalone',
    background_color: '#f1eee7',
    theme_color: '#8c2f1b',
    icons: [
      { src: `${icons}favicon.svg`, sizes: 'any', type: 'image/svg+xml' },
      { src: `${icons}icon-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `${icons}icon-512.png`, sizes: '512x512', type: 'image/png' },
      { src: `${icons}icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' }
    ]
  };
  return json(manifest, { headers: { 'content-type': 'application/manifest+json' } });
};
