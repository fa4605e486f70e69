// The schema of catalog.json (built by geo/scripts/build-catalog.ts, fetched when a panel first opens): every
// network feature, the six countries and the landforms with their facts, and the sources they cite.
import type { Quote } from './article';
import type { Localized } from './langs';
import type { PhysicalKind } from './basemap';
import type { CatalogEntry } from './network';

/** What a source is, as a standards desk sorts them: primary (the first four), the press, or a reference work. */
export const SOURCE_KINDS = ['government', 'company', 'international-body', 'dataset', 'news', 'reference'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** An organisation that publishes sources: its name as a newsroom prints it (geo/sources/authored/publishers.json). */
export interface PublisherEntry {
  name: Localized;
}

/**
 * A source as a reference (geo/README.md, Sources policy): who first published it, its title and date, and the
 * publisher's own page; the copy that was actually read, when it is not on the publisher's site, kept apart.
 */
export interface SourceEntry {
  /** A key of `Catalog.publishers` (`unknown` where nobody could be named: such a source is always weak). */
  publisher: string;
  /** The headline as published, in `language`; absent where it was not established (then `title_supplied`). */
  title?: string;
  /** Our description of the text, where its headline was not established (shown in brackets). */
  title_supplied?: Localized;
  /** When it was published (YYYY, YYYY-MM or YYYY-MM-DD, as precise as known), or null (then `undated` says why). */
  date: string | null;
  undated?: Localized;
  /** The dateline as printed (the article's: 新华社西安5月16日电). */
  dateline?: string;
  /** The language it is written in (BCP 47: zh, en, ru, fr, hr). */
  language: string;
  kind: SourceKind;
  /** The publisher's own page, or null where it was not found. */
  url: string | null;
  /** The copy actually read, when not on the publisher's site: when it was checked, and the reputable outlet that carried it, if one did (a key of `Catalog.publishers`). */
  read_at?: { url: string; checked: string; carrier?: string };
  /** Why the source is weak (neither the publisher nor a reputable outlet, or a reference work): shown to the reader. */
  weak?: Localized;
  /** What the source says, as the fact sheet noted it, in every language. */
  note: Localized;
}

export interface StoryCountrySource {
  iso3: string;
  bri_document: { date: string; quote: Quote; sources: string[]; note?: Localized } | null;
  partnerships: {
    year: number | null;
    label: Localized;
    quote: Quote;
    sources: string[];
  }[];
  quotes: Quote[];
  sources: string[];
}

export interface CountryEntry extends StoryCountrySource {
  kind: 'country';
  id: string;
  name: Localized;
  /** Ids of the network features that lie in or cross the country, in catalog order. */
  features: string[];
  bbox: [number, number, number, number];
}

/** A range, desert, valley or river the article names. */
export interface LandformEntry {
  kind: 'landform';
  id: string;
  landform: PhysicalKind;
  name: Localized;
  quotes: Quote[];
  /** Where the drawing comes from (its outline or line). */
  accuracy: Localized;
  sources: string[];
  bbox: [number, number, number, number];
}

export interface Catalog {
  features: Record<string, CatalogEntry>;
  countries: Record<string, CountryEntry>;
  landforms: Record<string, LandformEntry>;
  /** The names of every country a feature lies in or crosses, by ISO code (for "countries crossed"). */
  countryNames: Record<string, Localized>;
  sources: Record<string, SourceEntry>;
  /** The publishers (and carriers) of those sources. */
  publishers: Record<string, PublisherEntry>;
}

/** What starts every country's catalog id (`country-kaz`), and no other id. */
const COUNTRY_ID_PREFIX = 'country-';

/** The catalog id of a country: the same shape as the network's ids, so one selection can hold either. */
export const countryId = (iso3: string) => `${COUNTRY_ID_PREFIX}${iso3.toLowerCase()}`;

/** The ISO alpha-3 code a country's catalog id names (`country-kaz` → `KAZ`); null for any other id. */
export const iso3OfCountryId = (id: string): string | null =>
  id.startsWith(COUNTRY_ID_PREFIX) ? id.slice(COUNTRY_ID_PREFIX.length).toUpperCase() : null;
