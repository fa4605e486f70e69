// The schema of story.json (built by geo/scripts/build-story.ts and build-chapters.ts, prerendered into the
// page): the chapters, the timeline's events, the 2013 journey, the headline figures, each citing its sources by
// key (the catalog holds the sources themselves).
import type { Position } from 'geojson';
import type { Quote } from './article';
import type { Bounds } from './extent';
import type { Localized } from './langs';

export type EventKind = 'pipeline' | 'rail' | 'project' | 'visit' | 'bri' | 'meeting' | 'summit';

/** What the 2013 journey's account leaves out, said beside it. */
export interface JourneyOmission extends Localized {
  sources: string[];
}

/** A moment of the 2013 visit the map places, as authored (its place a network point id). */
export interface JourneyMomentSource {
  id: string;
  place: string;
  accuracy: string;
  date: string | null;
  title: Localized;
  quote: Quote;
  sources: string[];
}

/** A headline figure of the article with its source. */
export interface Headline {
  id: string;
  value: number;
  display: Localized;
  label: Localized;
  quote: Quote;
  sources: string[];
  confidence: string;
}

export interface PlaceRef {
  id: string;
  name: Localized;
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
  title: Localized;
  place: PlaceRef | null;
  highlight: string[];
  quote: Quote | null;
  sources: string[];
}

/** The part of the article a chapter belongs to: the lead or one of the three sections (paragraph ids h1–h3). */
export type Section = 'lead' | 'h1' | 'h2' | 'h3';

/**
 * One chapter of the story the map tells (authored in geo/sources/authored/story/chapters.json): what the map
 * shows (frame, layers, highlighted features, the 2013 journey) and the article's words it tells.
 */
export interface Chapter {
  id: string;
  section: Section;
  title: Localized;
  /** The article's words this chapter tells, verbatim, with our translation. */
  quotes: Quote[];
  /** [west, south, east, north]: what the camera frames, beside the story column or above the story card. */
  bounds: Bounds;
  /** Legend groups or members shown (every other is hidden while the chapter is on), or `all`. */
  layers: string[] | 'all';
  /** Catalog ids lit on the map (the list's ids: features, `country-kaz`, landforms). */
  highlight: string[];
  /** The 2013 journey: drawn (and animated) along its path, or its moments placed on the map. */
  journey?: 'path' | 'moments';
  /** What the map shows, in one sentence, for screen readers (said when the chapter opens). */
  alt: Localized;
}

export interface Story {
  /** The chapters, in the article's order. */
  chapters: Chapter[];
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
    omitted: JourneyOmission;
    stops: (PlaceRef & {
      date: string | null;
      date_end: string | null;
      label: Localized;
      along_km: number;
      sources: string[];
    })[];
    /** Each landform the article names, and how far along the path it is passed (nearest approach). */
    landforms: { id: string; along_km: number }[];
    moments: (Omit<JourneyMomentSource, 'place'> & { place: PlaceRef })[];
  };
  headlines: Headline[];
}

/** The timeline runs from the year of the first visit to the month of the summit. */
export const TIMELINE_RANGE = { start: 201301, end: 202305 };
