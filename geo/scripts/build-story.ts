// The story's dated and placed material (geo/sources/authored/story): the timeline's events, the 2013 journey
// with its moments, and the headline figures. Dates that are facts elsewhere (a feature's service date, a
// country's Belt and Road document) are read from there; turf draws the journey and measures along it.
import { distance, greatCircle, length, lineString, nearestPointOnLine, point } from '@turf/turf';
import type { Position } from 'geojson';
import type { NetworkFeatureSource, Quote, ResolvedPoint } from './build-network';
import { citedSources, type SourceEntry, type StoryCountrySource } from './build-catalog';
import type { PhysicalFeatureSource } from './build-physical';

export type EventKind = 'pipeline' | 'rail' | 'project' | 'visit' | 'bri' | 'meeting' | 'summit';

export interface StoryEventSource {
  id: string;
  kind: EventKind;
  /** Read the date from a feature's `dates` or a country's Belt and Road document instead of giving it. */
  from?: { feature: string; date: string } | { country: string };
  date?: string;
  date_end?: string;
  context?: boolean;
  title_zh: string;
  title_en: string;
  place: string | null;
  highlight: string[];
  quote?: Quote;
  sources?: string[];
}

export interface JourneySource {
  accuracy: string;
  quote: Quote;
  omitted: { en: string; zh: string; sources: string[] };
  stops: {
    point: string;
    date: string | null;
    date_end?: string;
    label_zh: string;
    label_en: string;
    sources: string[];
  }[];
  landforms: string[];
  moments: {
    id: string;
    place: string;
    accuracy: string;
    date: string | null;
    title_zh: string;
    title_en: string;
    quote: Quote;
    sources: string[];
  }[];
}

export interface HeadlineSource {
  id: string;
  value: number;
  display_zh: string;
  display_en: string;
  label_zh: string;
  label_en: string;
  quote: Quote;
  sources: string[];
  confidence: string;
}

export interface StorySources {
  events: StoryEventSource[];
  journey: JourneySource;
  headlines: HeadlineSource[];
}

export interface PlaceRef {
  id: string;
  name_zh: string;
  name_en: string;
  coord: [number, number];
}

export interface StoryEvent {
  id: string;
  kind: EventKind;
  /** ISO date as precise as known (YYYY, YYYY-MM or YYYY-MM-DD), and the last day of a span. */
  date: string;
  date_end: string | null;
  /** The month the event belongs to on the timeline, as a number YYYYMM (what the map's filters compare). */
  month: number;
  context: boolean;
  title_zh: string;
  title_en: string;
  place: PlaceRef | null;
  highlight: string[];
  quote: Quote | null;
  sources: string[];
}

export interface Story {
  /** The timeline's first and last month (YYYYMM). */
  range: { start: number; end: number };
  events: StoryEvent[];
  /** When each Central Asian country signed its Belt and Road document (YYYYMM), from story-countries.json. */
  bri: { iso3: string; month: number }[];
  journey: {
    path: Position[];
    length_km: number;
    accuracy: string;
    quote: Quote;
    omitted: JourneySource['omitted'];
    stops: (PlaceRef & {
      date: string | null;
      date_end: string | null;
      label_zh: string;
      label_en: string;
      along_km: number;
      sources: string[];
    })[];
    /** Each landform the article names, and how far along the path it is passed (nearest approach). */
    landforms: { id: string; along_km: number }[];
    moments: (Omit<JourneySource['moments'][number], 'place'> & { place: PlaceRef })[];
  };
  headlines: HeadlineSource[];
  /** Every source cited above, by key. */
  sources: Record<string, SourceEntry>;
}

/** The timeline runs from the year of the first visit to the month of the summit. */
export const TIMELINE_RANGE = { start: 201301, end: 202305 };

/**
 * The month of an ISO date as YYYYMM. A date known only to the year counts from its January, and a span
 * (`2023-05-18/19`) from its first day.
 */
export function monthOf(iso: string): number {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: "${iso}"`);
  return Number(match[1]) * 100 + Number(match[2] ?? '01');
}

/** The feature dates that put a feature on the map, in order of preference: service, then first run, then works. */
const SERVICE_DATE_KEYS = [
  'in_service',
  'first_run',
  'opened',
  'full_operation',
  'special_train',
  'timetabled',
  'phase1_ceremony',
  'first_changan_train',
  'groundbreaking',
  'construction_started'
];

/** The month from which a feature is drawn on the timeline, or null for one that is always there (places). */
export function featureSince(feature: Pick<NetworkFeatureSource, 'id' | 'kind' | 'dates'>): number | null {
  if (feature.kind === 'place') return null;
  const key = SERVICE_DATE_KEYS.find((k) => feature.dates?.[k]);
  if (!key) throw new Error(`Feature ${feature.id} has no date the timeline can show it from`);
  return monthOf(feature.dates![key]);
}

function placeRef(points: Map<string, ResolvedPoint>, id: string, user: string): PlaceRef {
  const p = points.get(id);
  if (!p) throw new Error(`${user} names an unknown point "${id}"`);
  return { id, name_zh: p.name_zh, name_en: p.name_en, coord: p.coord };
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
    title_zh: source.title_zh,
    title_en: source.title_en,
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
): Story {
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

  const story: Omit<Story, 'sources'> = {
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
  return { ...story, sources: Object.fromEntries(cited.map((key) => [key, allSources[key]])) };
}

/** Kilometres between two points; exported for tests that check the journey against the map. */
export const kmBetween = (a: Position, b: Position) => distance(point(a), point(b), { units: 'kilometers' });
