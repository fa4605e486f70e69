// The shape of every authored input under geo/sources/authored, as valibot schemas: the geo build checks each file
// against its schema when it reads it (loadSources), so a typo or a missing field stops the build with the file,
// the path inside it and what was expected, before any script runs on it. Each schema is typed by the interface
// the build scripts read, so the two cannot drift apart.
// Why valibot rather than zod: the schemas are data the build reads once; valibot's functions are small and
// tree-shakable, its issues carry a path we can print as `chapters[3].title.en`, and it has no runtime of its own
// to speak of (a few KB), which matters nowhere here but costs nothing either.
import * as v from 'valibot';
import type { Quote } from '../src/lib/data/article';
import { SOURCE_KINDS, type SourceEntry, type StoryCountrySource } from '../src/lib/data/catalog';
import type { Bounds } from '../src/lib/data/extent';
import { LANGS, type Localized } from '../src/lib/data/langs';
import type { Confidence, Figure, PublishedLength } from '../src/lib/data/network';
import type { Headline, JourneyMomentSource, JourneyOmission } from '../src/lib/data/story';
import type { ChaptersSource } from './scripts/build-chapters';
import type { PlacesConfig, SeaLabel } from './scripts/build-labels';
import type { NetworkFeatureSource, PointSource, Segment } from './scripts/build-network';
import type { PhysicalFeatureSource } from './scripts/build-physical';
import type { JourneySource, StoryEventSource } from './scripts/build-story';
import type { WaterConfig } from './scripts/build-water';
import { NATURAL_EARTH_LANG, type AuthoredCountryName, type CountryNames } from './scripts/build-countries';
import { UNKNOWN_PUBLISHER, type PublisherSource } from './lib/sources';

const text = v.pipe(v.string(), v.minLength(1, 'expected a text, not an empty string'));

/** The same schema under each of some languages' codes (the entries of a strict object). */
function inEach<L extends string, S>(langs: readonly L[], schema: S): Record<L, S> {
  return Object.fromEntries(langs.map((lang) => [lang, schema])) as Record<L, S>;
}

/** The languages a country's authored names are in: all but Natural Earth's own. */
const AUTHORED_COUNTRY_LANGS = LANGS.filter((lang): lang is keyof AuthoredCountryName => lang !== NATURAL_EARTH_LANG);

/** A text in every reader language: each language's text present and not empty. */
export const localized: v.GenericSchema<unknown, Localized> = v.strictObject(
  Object.fromEntries(LANGS.map((lang) => [lang, text])) as Record<(typeof LANGS)[number], typeof text>
);

const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9_-]*$/i, 'expected an id (letters, digits, - and _)'));
const sources = v.array(id);
/** A feature's segments in order; `-id` runs that segment backwards. */
const segmentRef = v.pipe(
  v.string(),
  v.regex(/^-?[a-z0-9][a-z0-9_-]*$/i, 'expected a segment id, or -id to run it backwards')
);
/** A date, or a span of days within a month as the sources write it (`2023-05-18/19`). */
const isoDateOrSpan = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2}(\/\d{2})?)?)?$/, 'expected a date YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD/DD')
);
const lngLat = v.tuple([
  v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  v.pipe(v.number(), v.minValue(-90), v.maxValue(90))
]);
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date YYYY, YYYY-MM or YYYY-MM-DD'));
const iso3 = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'expected an ISO alpha-3 code'));
const quote: v.GenericSchema<unknown, Quote> = v.strictObject({
  paragraph: v.pipe(
    v.string(),
    v.regex(/^(p\d{2}|h[1-3]|title|subtitle|caption|dateline)$/, 'expected a paragraph id')
  ),
  text
});
const confidence: v.GenericSchema<unknown, Confidence> = v.picklist(['high', 'medium', 'low']);
/** Every file may say where it comes from. */
const provenance = { _provenance: v.optional(v.string()) };

const figure: v.GenericSchema<unknown, Figure> = v.strictObject({
  label: localized,
  value: v.number(),
  unit: text,
  sources
});
const publishedLength: v.GenericSchema<unknown, PublishedLength> = v.strictObject({
  km: v.pipe(v.number(), v.minValue(0)),
  label: localized,
  countries: v.optional(v.array(iso3)),
  from: v.optional(id),
  to: v.optional(id),
  sources,
  exception: v.optional(localized)
});
const nearPoint = v.strictObject({ point: id, km: v.number(), sources });

export const networkFeatures: v.GenericSchema<unknown, { segments: Segment[]; features: NetworkFeatureSource[] }> =
  v.strictObject({
    ...provenance,
    segments: v.array(
      v.strictObject({
        id,
        mode: v.picklist(['rail', 'ferry', 'pipeline', 'road', 'tunnel']),
        points: v.array(id),
        geometry: v.optional(v.picklist(['natural-earth-rail', 'osm-rail', 'osm-pipeline', 'valley-floors'])),
        sources
      })
    ),
    features: v.array(
      v.strictObject({
        id,
        kind: v.picklist(['pipeline-line', 'pipeline-context', 'rail-route', 'project', 'place']),
        layer: v.picklist(['pipeline', 'changan', 'other-trains', 'projects', 'places']),
        group: v.optional(id),
        project: v.optional(id),
        name: localized,
        status: v.optional(text),
        status_note: v.optional(localized),
        dates: v.optional(v.record(v.string(), isoDateOrSpan)),
        events: v.optional(
          v.array(v.strictObject({ date: isoDate, text: localized, sources, paragraphs: v.array(v.string()) }))
        ),
        figures: v.array(figure),
        bundle: v.optional(v.picklist([-1, 0, 1])),
        countries: v.array(iso3),
        published_lengths: v.optional(v.array(publishedLength)),
        accuracy: localized,
        sources,
        quotes: v.array(quote),
        segments: v.optional(v.array(segmentRef)),
        point: v.optional(id),
        passes: v.optional(v.array(nearPoint)),
        avoids: v.optional(v.array(nearPoint))
      })
    )
  });

export const networkPoints: v.GenericSchema<unknown, { points: PointSource[] }> = v.strictObject({
  ...provenance,
  points: v.array(
    v.strictObject({
      id,
      name: localized,
      iso3,
      ne: v.optional(text),
      coord: v.optional(lngLat),
      coord_source: v.optional(text),
      confidence: v.optional(confidence),
      sources: v.optional(sources)
    })
  )
});

const httpUrl = v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//, 'expected an http(s) URL'));
const sourceKind = v.picklist(SOURCE_KINDS);
/** The day a copy was read: a whole date, not in the future. */
const checkedDay = v.pipe(
  v.string(),
  v.isoDate('expected the day it was checked, YYYY-MM-DD'),
  v.check((day) => day <= new Date().toISOString().slice(0, 10), 'expected a day that has come')
);
/** A publication date as precise as known, and a real one (no 31 June). */
const publicationDate = v.pipe(
  isoDate,
  v.check((date) => {
    const [year, month, day] = date.split('-').map(Number);
    const at = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
    return at.getUTCMonth() === (month ?? 1) - 1 && at.getUTCDate() === (day ?? 1) && year >= 1900;
  }, 'expected a date that exists')
);

/** One source as a reference (geo/README.md, Sources policy); the cross-file checks are in geo/lib/sources.ts. */
const sourceEntry: v.GenericSchema<unknown, SourceEntry> = v.pipe(
  v.strictObject({
    publisher: id,
    title: v.optional(text),
    title_supplied: v.optional(localized),
    date: v.nullable(publicationDate),
    undated: v.optional(localized),
    dateline: v.optional(text),
    language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'expected a language code (zh, en, ru …)')),
    kind: sourceKind,
    url: v.nullable(httpUrl),
    read_at: v.optional(v.strictObject({ url: httpUrl, checked: checkedDay, carrier: v.optional(id) })),
    weak: v.optional(localized),
    note: localized
  }),
  v.check((s) => (s.title === undefined) !== (s.title_supplied === undefined), 'expected a title or a title_supplied'),
  v.check((s) => (s.date === null) === (s.undated !== undefined), 'expected a date, or null with `undated` saying why'),
  v.check((s) => s.kind !== 'reference' || s.weak !== undefined, 'a reference work is shown as weak: give `weak`'),
  v.check(
    (s) => s.publisher !== UNKNOWN_PUBLISHER || (s.weak !== undefined && s.url === null),
    'a source without a known publisher has no url and is weak: give `weak`'
  )
);

export const citedSources: v.GenericSchema<unknown, { sources: Record<string, SourceEntry> }> = v.strictObject({
  ...provenance,
  sources: v.record(id, sourceEntry)
});

export const publishers: v.GenericSchema<unknown, { publishers: Record<string, PublisherSource> }> = v.strictObject({
  ...provenance,
  publishers: v.record(
    id,
    v.strictObject({
      name: localized,
      hosts: v.array(v.pipe(v.string(), v.regex(/^\.?[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'expected a host name or .domain')))
    })
  )
});

export const physical: v.GenericSchema<unknown, { features: PhysicalFeatureSource[] }> = v.strictObject({
  ...provenance,
  features: v.array(
    v.strictObject({
      id,
      kind: v.picklist(['range', 'desert', 'valley', 'river']),
      name: localized,
      naturalEarth: v.optional(text),
      outline: v.optional(v.array(lngLat)),
      relief: v.optional(
        v.strictObject({
          seed: lngLat,
          below_m: v.number(),
          above_m: v.optional(v.number()),
          within: v.tuple([v.number(), v.number(), v.number(), v.number()]),
          boundedBy: v.optional(v.array(text))
        })
      ),
      labelPoint: lngLat,
      source: localized,
      quotes: v.array(quote),
      sources
    })
  )
});

const sea: v.GenericSchema<unknown, SeaLabel> = v.strictObject({
  ...(Object.fromEntries(LANGS.map((lang) => [lang, text])) as Record<(typeof LANGS)[number], typeof text>),
  point: lngLat
});
export const water: v.GenericSchema<unknown, WaterConfig & { seas: SeaLabel[] }> = v.strictObject({
  ...provenance,
  lakeMaxScalerank: v.number(),
  riverMaxScalerank: v.number(),
  lakes: v.record(v.string(), localized),
  rivers: v.record(v.string(), localized),
  seas: v.array(sea)
});

export const places: v.GenericSchema<unknown, PlacesConfig> = v.strictObject({
  ...provenance,
  story: v.array(v.strictObject({ name: text, adm0: iso3, rank: v.number(), why: text })),
  extra: v.array(v.strictObject({ point: id, rank: v.number(), why: text })),
  overrides: v.strictObject(inEach(LANGS, v.record(v.string(), text)))
});

export const countryNames: v.GenericSchema<unknown, CountryNames & { labelPoints: Record<string, [number, number]> }> =
  v.strictObject({
    ...provenance,
    focus: v.array(iso3),
    aliases: v.record(v.string(), iso3),
    names: v.record(iso3, v.strictObject(inEach(AUTHORED_COUNTRY_LANGS, text))),
    labelPoints: v.record(iso3, lngLat)
  });

export const storyCountries: v.GenericSchema<unknown, { countries: StoryCountrySource[] }> = v.strictObject({
  ...provenance,
  countries: v.array(
    v.strictObject({
      iso3,
      bri_document: v.nullable(v.strictObject({ date: isoDate, quote, sources, note: v.optional(localized) })),
      partnerships: v.array(v.strictObject({ year: v.nullable(v.number()), label: localized, quote, sources })),
      quotes: v.array(quote),
      sources
    })
  )
});

const bounds: v.GenericSchema<unknown, Bounds> = v.tuple([v.number(), v.number(), v.number(), v.number()]);
export const chapters: v.GenericSchema<unknown, ChaptersSource> = v.strictObject({
  ...provenance,
  frames: v.record(id, bounds),
  chapters: v.array(
    v.strictObject({
      id,
      section: v.picklist(['lead', 'h1', 'h2', 'h3']),
      title: localized,
      quotes: v.array(quote),
      frame: v.union([bounds, id]),
      layers: v.union([v.literal('all'), v.array(id)]),
      highlight: v.array(id),
      journey: v.optional(v.picklist(['path', 'moments'])),
      alt: localized
    })
  )
});

export const events: v.GenericSchema<unknown, { events: StoryEventSource[] }> = v.strictObject({
  ...provenance,
  events: v.array(
    v.strictObject({
      id,
      kind: v.picklist(['pipeline', 'rail', 'project', 'visit', 'bri', 'meeting', 'summit']),
      from: v.optional(v.union([v.strictObject({ feature: id, date: id }), v.strictObject({ country: iso3 })])),
      date: v.optional(isoDate),
      date_end: v.optional(isoDate),
      context: v.optional(v.boolean()),
      title: localized,
      place: v.nullable(id),
      highlight: v.array(id),
      quote: v.optional(quote),
      sources: v.optional(sources)
    })
  )
});

export const headlines: v.GenericSchema<unknown, { headlines: Headline[] }> = v.strictObject({
  ...provenance,
  headlines: v.array(
    v.strictObject({
      id,
      value: v.number(),
      display: localized,
      label: localized,
      quote,
      sources,
      confidence: text
    })
  )
});

const omission: v.GenericSchema<unknown, JourneyOmission> = v.strictObject({
  ...(Object.fromEntries(LANGS.map((lang) => [lang, text])) as Record<(typeof LANGS)[number], typeof text>),
  sources
});
const moment: v.GenericSchema<unknown, JourneyMomentSource> = v.strictObject({
  id,
  place: id,
  accuracy: text,
  date: v.nullable(isoDate),
  title: localized,
  quote,
  sources
});
export const journey: v.GenericSchema<unknown, JourneySource> = v.strictObject({
  ...provenance,
  accuracy: text,
  quote,
  omitted: omission,
  stops: v.array(
    v.strictObject({
      point: id,
      date: v.nullable(isoDate),
      date_end: v.optional(isoDate),
      label: localized,
      sources
    })
  ),
  landforms: v.array(id),
  moments: v.array(moment)
});

/** Every authored file (under geo/sources/authored, without `.json`) and its schema. */
export const AUTHORED_FILES = {
  'country-names': countryNames,
  places,
  physical,
  water,
  'network/points': networkPoints,
  'network/features': networkFeatures,
  'network/sources': citedSources,
  publishers,
  'story-countries': storyCountries,
  'story/events': events,
  'story/journey': journey,
  'story/headlines': headlines,
  'story/chapters': chapters
} as const;
export type AuthoredFile = keyof typeof AUTHORED_FILES;
export type AuthoredContent<F extends AuthoredFile> = v.InferOutput<(typeof AUTHORED_FILES)[F]>;

/** An authored file's content checked against its own schema (`path` is how a failure names the file). */
export function parseAuthoredFile<F extends AuthoredFile>(name: F, path: string, content: unknown): AuthoredContent<F> {
  return parseAuthored(path, AUTHORED_FILES[name] as v.GenericSchema<unknown, AuthoredContent<F>>, content);
}

/** A file's content checked against its schema; a failure names the file, the path in it and what was wrong. */
export function parseAuthored<T>(file: string, schema: v.GenericSchema<unknown, T>, content: unknown): T {
  const result = v.safeParse(schema, content);
  if (result.success) return result.output;
  const lines = result.issues.slice(0, 8).map((issue) => {
    const path = (issue.path ?? [])
      .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
      .join('')
      .replace(/^\./, '');
    return `  ${path || '(the file)'}: ${issue.message}`;
  });
  const more = result.issues.length > 8 ? `\n  … and ${result.issues.length - 8} more` : '';
  throw new Error(`${file} does not match its schema (geo/schemas.ts):\n${lines.join('\n')}${more}`);
}
