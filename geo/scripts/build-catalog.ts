// Everything the panels and the list show, in one file the page loads when a reader first asks: the network's
// features (from build-network), the six countries (names from the map data, the story's facts from
// story-countries.json) and every source they cite.
import type { Feature, Geometry } from 'geojson';
import type { CountryProperties } from '../../src/lib/data/basemap';
import {
  countryId,
  type Catalog,
  type CountryEntry,
  type LandformEntry,
  type SourceEntry,
  type StoryCountrySource
} from '../../src/lib/data/catalog';
import type { CatalogEntry } from '../../src/lib/data/network';
import { citedSources, type SourceTable } from '../lib/sources';
import type { PhysicalFeatureSource } from './build-physical';
import { fromNullableColumns, type Localized } from '../../src/lib/data/langs';

type CountryFeature = Feature<Geometry, CountryProperties>;

/** A country's names as the map data holds them (flat columns), as one Localized text (context land has none). */
function nameOf(shape: CountryFeature): Localized {
  const name = fromNullableColumns('name', shape.properties);
  if (name === null) throw new Error(`The catalog names ${shape.properties.iso3}, which has no name in every language`);
  return name;
}

export function buildCatalog(
  features: Record<string, CatalogEntry>,
  stories: StoryCountrySource[],
  countryShapes: CountryFeature[],
  bboxOf: (feature: Feature) => [number, number, number, number],
  { sources, publishers }: SourceTable,
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
      name: nameOf(shape),
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
      name: source.name,
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
    countryNames[iso3] = nameOf(shape);
  }
  const cited = citedSources([features, countries, landforms]);
  const used: Record<string, SourceEntry> = {};
  for (const key of [...cited].sort()) {
    if (!sources[key]) throw new Error(`The catalog cites an unknown source "${key}"`);
    used[key] = sources[key];
  }
  // The page needs each publisher's name only; its hosts are for the checks (geo/lib/sources.ts).
  const named = Object.values(used).flatMap((s) => [s.publisher, s.read_at?.carrier ?? []].flat());
  const publisherNames: Catalog['publishers'] = {};
  for (const key of [...new Set(named)].sort()) {
    if (!publishers[key]) throw new Error(`A source names an unknown publisher "${key}"`);
    publisherNames[key] = { name: publishers[key].name };
  }
  return { features, countries, landforms, countryNames, sources: used, publishers: publisherNames };
}
