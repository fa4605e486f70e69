// The schema of catalog.json (built by geo/scripts/build-catalog.ts, fetched when a panel first opens): every
// network feature, the six countries and the landforms with their facts, and the sources they cite.
import type { Quote } from './article';
import type { Localized } from './langs';
import type { PhysicalKind } from './basemap';
import type { CatalogEntry } from './network';

export interface SourceEntry {
  url?: string | null;
  repo?: string;
  path?: string;
  commit?: string;
  /** What the source says, as the fact sheet noted it (English), with our translations. */
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
}

/** The catalog id of a country: the same shape as the network's ids, so one selection can hold either. */
export const countryId = (iso3: string) => `country-${iso3.toLowerCase()}`;
