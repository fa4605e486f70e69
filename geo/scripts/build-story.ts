// The story's dated and placed material (geo/sources/authored/story): the timeline's events, the 2013 journey
// with its moments, and the headline figures. Dates that are facts elsewhere (a feature's service date, a
// country's Belt and Road document) are read from there; turf draws the journey and measures along it.
import { distance, greatCircle, length, lineString, nearestPointOnLine, point } from '@turf/turf';
import type { Position } from 'geojson';
import type { Quote } from '../../src/lib/data/article';
import type { SourceEntry, StoryCountrySource } from '../../src/lib/data/catalog';
import { monthOf } from '../../src/lib/data/months';
import {
  TIMELINE_RANGE,
  type EventKind,
  type Headline,
  type JourneyMomentSource,
  type JourneyOmission,
  type PlaceRef,
  type Story,
  type StoryEvent
} from '../../src/lib/data/story';
import { citedSources } from '../lib/sources';
import type { NetworkFeatureSource, ResolvedPoint } from './build-network';
import type { PhysicalFeatureSource } from './build-physical';
import type { Localized } from '../../src/lib/data/langs';

export interface StoryEventSource {
  id: string;
  kind: EventKind;
  /** Read the date from a feature's `dates` or a country's Belt and Road document instead of giving it. */
  from?: { feature: string; date: string } | { country: string };
  date?: string;
  date_end?: string;
  context?: boolean;
  title: Localized;
  place: string | null;
  highlight: string[];
  quote?: Quote;
  sources?: string[];
}

export interface JourneySource {
  accuracy: string;
  quote: Quote;
  omitted: JourneyOmission;
  stops: {
    point: string;
    date: string | null;
    date_end?: string;
    label: Localized;
    sources: string[];
  }[];
  landforms: string[];
  moments: JourneyMomentSource[];
}

export interface StorySources {
  events: StoryEventSource[];
  journey: JourneySource;
  headlines: Headline[];
}

function placeRef(points: Map<string, ResolvedPoint>, id: string, user: string): PlaceRef {
  const p = points.get(id);
  if (!p) throw new Error(`${user} names an unknown point "${id}"`);
  return { id, name: p.name, coord: p.coord };
}

function resolveEvent(
  source: StoryEventSource,
  features: Map<string, NetworkFeatureSource>,
  countries: Map<string, StoryCountrySource>,
  points: Map<string, ResolvedPoint>
): StoryEvent {
  let date = source.date;
  let quote = source.quote ?? null;
  let sources = source.sources ?? [];
  if (source.from && 'feature' in source.from) {
    const feature = features.get(source.from.feature);
    date = feature?.dates?.[source.from.date];
    if (!feature || !date) throw new Error(`Event ${source.id}: no date ${JSON.stringify(source.from)}`);
    sources = [...new Set([...sources, ...(feature.sources as string[])])];
  } else if (source.from) {
    const bri = countries.get(source.from.country)?.bri_document;
    if (!bri) throw new Error(`Event ${source.id}: ${source.from.country} has no Belt and Road document`);
    date = bri.date;
    quote ??= bri.quote;
    sources = [...new Set([...sources, ...bri.sources])];
  }
  if (!date) throw new Error(`Event ${source.id} has no date`);
  if (sources.length === 0) throw new Error(`Event ${source.id} has no source`);
  // A span written the fact sheet's way (2023-05-18/19) keeps its first day; its end becomes date_end.
  const [start, endDay] = date.split('/');
  const date_end = source.date_end ?? (endDay ? `${start.slice(0, 8)}${endDay}` : null);
  return {
    id: source.id,
    kind: source.kind,
    date: start,
    date_end,
    month: monthOf(start),
    context: source.context ?? false,
    title: source.title,
    place: source.place ? placeRef(points, source.place, source.id) : null,
    highlight: source.highlight,
    quote,
    sources
  };
}

/** The journey as great-circle legs between its stops, joined into one line. */
function journeyPath(stops: Position[]): Position[] {
  const path: Position[] = [];
  for (let i = 1; i < stops.length; i++) {
    const leg = greatCircle(point(stops[i - 1]), point(stops[i]), { npoints: 48 });
    const coords = leg.geometry.type === 'LineString' ? leg.geometry.coordinates : leg.geometry.coordinates.flat();
    path.push(...(i === 1 ? coords : coords.slice(1)));
  }
  return path.map(([lon, lat]) => [Math.round(lon * 1000) / 1000, Math.round(lat * 1000) / 1000]);
}

/** How far along `path` (km) its nearest approach to `at` lies. */
function alongKm(path: Position[], at: Position): number {
  const nearest = nearestPointOnLine(lineString(path), point(at), { units: 'kilometers' });
  return Math.round((nearest.properties.location ?? 0) * 10) / 10;
}

export function buildStory(
  sources: StorySources,
  network: NetworkFeatureSource[],
  storyCountries: StoryCountrySource[],
  points: Map<string, ResolvedPoint>,
  landforms: PhysicalFeatureSource[],
  allSources: Record<string, SourceEntry>
): Omit<Story, 'chapters'> {
  const features = new Map(network.map((f) => [f.id, f]));
  const countries = new Map(storyCountries.map((c) => [c.iso3, c]));
  const events = sources.events
    .map((e) => resolveEvent(e, features, countries, points))
    .sort((a, b) => a.date.localeCompare(b.date));
  if (new Set(events.map((e) => e.id)).size !== events.length) throw new Error('Event ids must be unique');

  const { journey } = sources;
  const stops = journey.stops.map((s) => ({ ...placeRef(points, s.point, 'journey'), ...s }));
  const path = journeyPath(stops.map((s) => s.coord));
  const landformById = new Map(landforms.map((l) => [l.id, l]));

  const story: Omit<Story, 'chapters'> = {
    range: TIMELINE_RANGE,
    events,
    bri: storyCountries
      .filter((c) => c.bri_document)
      .map((c) => ({ iso3: c.iso3, month: monthOf(c.bri_document!.date) })),
    journey: {
      path,
      length_km: Math.round(length(lineString(path), { units: 'kilometers' })),
      accuracy: journey.accuracy,
      quote: journey.quote,
      omitted: journey.omitted,
      stops: stops.map(({ point: _point, ...s }) => ({
        ...s,
        date_end: s.date_end ?? null,
        along_km: alongKm(path, s.coord)
      })),
      landforms: journey.landforms.map((id) => {
        const landform = landformById.get(id);
        if (!landform?.labelPoint) throw new Error(`Journey names an unknown landform "${id}"`);
        return { id, along_km: alongKm(path, landform.labelPoint) };
      }),
      moments: journey.moments.map((m) => ({ ...m, place: placeRef(points, m.place, m.id) }))
    },
    headlines: sources.headlines
  };
  const cited = [...citedSources(story)].sort();
  const missing = cited.filter((key) => !allSources[key]);
  if (missing.length > 0) throw new Error(`The story cites unknown sources: ${missing.join(', ')}`);
  // The sources themselves stay in the catalog: the page carries the story, and nothing in it shows them.
  return story;
}

/** Kilometres between two points; exported for tests that check the journey against the map. */
export const kmBetween = (a: Position, b: Position) => distance(point(a), point(b), { units: 'kilometers' });
