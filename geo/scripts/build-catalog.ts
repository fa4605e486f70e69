// Everything the panels and the list show, in one file the page loads when a reader first asks: the network's
// features (from build-network), the six countries (names from the map data, the story's facts from
// story-countries.json) and every source they cite.
import type { Feature, Geometry } from 'geojson';
import type { CatalogEntry, Quote } from './build-network';
import type { PhysicalFeatureSource, PhysicalKind } from './build-physical';

export interface SourceEntry {
  url?: string;
  repo?: string;
  path?: string;
  commit?: string;
  note: string;
}

export interface StoryCountrySource {
  iso3: string;
  bri_document: { date: string; quote: Quote; sources: string[]; note_en?: string } | null;
  partnerships: {
    year: number | null;
    label_zh: string;
    label_en: string;
    quote: Quote;
    sources: string[];
  }[];
  quotes: Quote[];
  sources: string[];
}

export interface CountryEntry extends StoryCountrySource {
  kind: 'country';
  id: string;
  name_zh: string;
  name_en: string;
  /** Ids of the network features that lie in or cross the country, in catalog order. */
  features: string[];
  bbox: [number, number, number, number];
}

/** A range, desert, valley or river the article names. */
export interface LandformEntry {
  kind: 'landform';
  id: string;
  landform: PhysicalKind;
  name_zh: string;
  name_en: string;
  quotes: Quote[];
  /** Where the drawing comes from (its outline or line). */
  accuracy: string;
  sources: string[];
  bbox: [number, number, number, number];
}

export interface Catalog {
  features: Record<string, CatalogEntry>;
  countries: Record<string, CountryEntry>;
  landforms: Record<string, LandformEntry>;
  /** The names of every country a feature lies in or crosses, by ISO code (for "countries crossed"). */
  countryNames: Record<string, { name_zh: string; name_en: string }>;
  sources: Record<string, SourceEntry>;
}

type CountryFeature = Feature<Geometry, { iso3: string | null; name_zh: string; name_en: string }>;

/** The catalog id of a country: the same shape as the network's ids, so one selection can hold either. */
export const countryId = (iso3: string) => `country-${iso3.toLowerCase()}`;

/** Every source key cited anywhere below `value` (in arrays named `sources`). */
export function citedSources(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) citedSources(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(inner)) for (const s of inner) into.add(s as string);
      else citedSources(inner, into);
    }
  }
  return into;
}

export function buildCatalog(
  features: Record<string, CatalogEntry>,
  stories: StoryCountrySource[],
  countryShapes: CountryFeature[],
  bboxOf: (feature: Feature) => [number, number, number, number],
  sources: Record<string, SourceEntry>,
  physical: { sources: PhysicalFeatureSource[]; drawn: Feature<Geometry, { id?: string }>[] } = {
    sources: [],
    drawn: []
  }
): Catalog {
  const countries: Record<string, CountryEntry> = {};
  for (const story of stories) {
    const shape = countryShapes.find((c) => c.properties.iso3 === story.iso3);
    if (!shape) throw new Error(`story-countries: no country ${story.iso3} in the map data`);
    const id = countryId(story.iso3);
    countries[id] = {
      kind: 'country',
      id,
      name_zh: shape.properties.name_zh,
      name_en: shape.properties.name_en,
      ...story,
      features: Object.values(features)
        .filter((f) => f.countries.includes(story.iso3))
        .map((f) => f.id),
      bbox: bboxOf(shape)
    };
  }
  const landforms: Record<string, LandformEntry> = {};
  for (const source of physical.sources) {
    const drawn = physical.drawn.filter((f) => f.properties.id === source.id);
    if (drawn.length === 0) throw new Error(`Physical feature ${source.id} is not drawn`);
    const boxes = drawn.map(bboxOf);
    landforms[source.id] = {
      kind: 'landform',
      id: source.id,
      landform: source.kind,
      name_zh: source.name_zh,
      name_en: source.name_en,
      quotes: source.quotes,
      accuracy: source.source,
      sources: source.sources,
      bbox: [
        Math.min(...boxes.map((b) => b[0])),
        Math.min(...boxes.map((b) => b[1])),
        Math.max(...boxes.map((b) => b[2])),
        Math.max(...boxes.map((b) => b[3]))
      ]
    };
  }
  const countryNames: Catalog['countryNames'] = {};
  const codes = Object.values(features).flatMap((f) => [...f.countries, ...f.countries_drawn]);
  for (const iso3 of [...new Set(codes)].sort()) {
    const shape = countryShapes.find((c) => c.properties.iso3 === iso3);
    if (!shape) throw new Error(`The catalog names a country the map does not have: ${iso3}`);
    countryNames[iso3] = { name_zh: shape.properties.name_zh, name_en: shape.properties.name_en };
  }
  const cited = citedSources([features, countries, landforms]);
  const used: Record<string, SourceEntry> = {};
  for (const key of [...cited].sort()) {
    if (!sources[key]) throw new Error(`The catalog cites an unknown source "${key}"`);
    used[key] = sources[key];
  }
  return { features, countries, landforms, countryNames, sources: used };
}
