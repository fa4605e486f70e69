// The tags a link preview reads, as HTML for the page's <head> (written by src/hooks.server.ts while the pages are
// prerendered, early in the head, where a fetcher that reads only the first bytes finds them): the Open Graph and
// X card, the description, and, when the build knows the site's public origin (PUBLIC_ORIGIN), the addresses that
// must be absolute: og:url, og:image, the canonical link and each language's alternate. Without an origin those
// are left out rather than written wrong (a relative og:image is ignored by every preview).
import type { Bounds } from '$lib/data/extent';
import { escapeXml } from '$lib/data/mercator-svg';
import type { Card } from './card';
import { CARD_IMAGE, cardPagePath } from './pages';
import { scriptJson, structuredData } from './structured-data';

export interface HeadInput {
  card: Card;
  /** The same card in every reader language, this one included (for og:locale:alternate and hreflang). */
  versions: Card[];
  /** The version a reader whose language is none of ours gets (hreflang's x-default). */
  fallback: Card;
  /** `https://news.example.com`, or null when the build was given none. */
  origin: string | null;
  /** The site's path on that origin (`/interactive/silk-road`, or '' at its root). */
  base: string;
  /** The build's date (ISO 8601), what the atlas is as of. */
  modified: string;
  /** What the card's map shows. */
  bounds: Bounds;
  /** The atlas's title in this language, when the page is a chapter's. */
  chapterOf: string | null;
}

const meta = (key: 'name' | 'property', name: string, content: string | number) =>
  `<meta ${key}="${name}" content="${escapeXml(String(content))}">`;

export function cardHead(input: HeadInput): string {
  const { card, versions, fallback, origin, base } = input;
  const absolute = (path: string) => (origin === null ? null : `${origin}${base}/${path}`);
  const page = absolute(card.pagePath);
  const image = absolute(card.imagePath);
  const atlas = absolute(cardPagePath(card.lang, { kind: 'atlas' }));
  const tags = [
    meta('name', 'description', card.description),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', card.siteName),
    meta('property', 'og:title', card.title),
    meta('property', 'og:description', card.description),
    meta('property', 'og:locale', card.locale),
    ...versions.filter((v) => v.lang !== card.lang).map((v) => meta('property', 'og:locale:alternate', v.locale)),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary')
  ];
  if (page && image) {
    tags.push(
      meta('property', 'og:url', page),
      meta('property', 'og:image', image),
      meta('property', 'og:image:type', CARD_IMAGE.type),
      meta('property', 'og:image:width', CARD_IMAGE.width),
      meta('property', 'og:image:height', CARD_IMAGE.height),
      meta('property', 'og:image:alt', card.imageAlt),
      meta('name', 'twitter:image:alt', card.imageAlt),
      `<link rel="canonical" href="${escapeXml(page)}">`,
      ...[...versions, { ...fallback, htmlLang: 'x-default' }].map(
        (v) => `<link rel="alternate" hreflang="${v.htmlLang}" href="${escapeXml(absolute(v.pagePath) ?? '')}">`
      )
    );
  }
  const data = structuredData(card, {
    addresses: page && image && atlas ? { page, image, atlas } : null,
    modified: input.modified,
    bounds: input.bounds,
    chapterOf: input.chapterOf
  });
  tags.push(`<script type="application/ld+json">${scriptJson(data)}</script>`);
  return tags.join('\n    ');
}
