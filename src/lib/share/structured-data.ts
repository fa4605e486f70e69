// The page described for search engines and link previews that read schema.org (one `application/ld+json` block
// in the head): the atlas, or one of its chapters, is a Map based on the Xinhua article and on the map data its
// credits name, each with its publisher. Typed by schema-dts (Google's schema.org types), so a property schema.org
// does not define for that type fails to compile; tests/unit/link-preview.test.ts checks the built block against
// the same vocabulary.
import type { Dataset, Map as SchemaMap, NewsArticle, WithContext } from 'schema-dts';
import { ARTICLE } from '$lib/content/site';
import type { Bounds } from '$lib/data/extent';
import { HTML_LANG, ROOT_LANG } from '$lib/i18n/langs';
import type { Card } from './card';

/** Where the page's absolute addresses point (null without a public origin: then none is written). */
export interface CardAddresses {
  page: string;
  image: string;
  /** The atlas's page in the same language (a chapter is part of it). */
  atlas: string;
}

const organization = (name: string, url?: string) => ({
  '@type': 'Organization' as const,
  name,
  ...(url ? { url } : {})
});

/** The article the atlas tells. */
const ARTICLE_WORK: NewsArticle = {
  '@type': 'NewsArticle',
  headline: ARTICLE.title,
  alternativeHeadline: ARTICLE.titleIn.en,
  datePublished: ARTICLE.date,
  inLanguage: HTML_LANG[ROOT_LANG],
  publisher: { ...organization(ARTICLE.publisher.zh), alternateName: ARTICLE.publisher.en }
};

/** The map data the credits name (src/lib/content/site.ts, CREDITS), with their publishers and licences. */
const MAP_DATA: Dataset[] = [
  {
    '@type': 'Dataset',
    name: 'OpenStreetMap',
    url: 'https://www.openstreetmap.org/copyright',
    license: 'https://opendatacommons.org/licenses/odbl/1-0/',
    publisher: organization('OpenStreetMap Foundation', 'https://osmfoundation.org/')
  },
  {
    '@type': 'Dataset',
    name: 'Natural Earth',
    url: 'https://www.naturalearthdata.com/',
    license: 'https://www.naturalearthdata.com/about/terms-of-use/',
    publisher: organization('Natural Earth', 'https://www.naturalearthdata.com/')
  },
  {
    '@type': 'Dataset',
    name: 'ETOPO5 5-minute gridded elevation data',
    publisher: organization('NOAA National Centers for Environmental Information', 'https://www.ncei.noaa.gov/')
  }
];

/** schema.org's GeoShape box: "south west north east". */
const box = ([west, south, east, north]: Bounds) => `${south} ${west} ${north} ${east}`;

/**
 * The page's JSON-LD. `modified` is the build's date (ISO 8601); `bounds` what the card's map shows; `chapterOf`
 * the atlas's title in this language when the page is a chapter's.
 */
export function structuredData(
  card: Card,
  options: { addresses: CardAddresses | null; modified: string; bounds: Bounds; chapterOf: string | null }
): WithContext<SchemaMap> {
  const { addresses, modified, bounds, chapterOf } = options;
  return {
    '@context': 'https://schema.org',
    '@type': 'Map',
    name: card.title,
    description: card.description,
    inLanguage: card.htmlLang,
    dateModified: modified,
    ...(addresses ? { url: addresses.page, image: addresses.image } : {}),
    ...(chapterOf
      ? { isPartOf: { '@type': 'Map', name: chapterOf, ...(addresses ? { url: addresses.atlas } : {}) } }
      : {}),
    spatialCoverage: { '@type': 'Place', geo: { '@type': 'GeoShape', box: box(bounds) } },
    isBasedOn: [ARTICLE_WORK, ...MAP_DATA],
    creditText: card.credits
  };
}

/** JSON for inside a `<script>` element: `<` escaped, so no text in it can close the element. */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replaceAll('<', '\\u003c');
