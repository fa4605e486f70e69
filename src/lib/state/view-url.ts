// The view in the URL's query: story chapter or explore, what is selected, which legend members are hidden,
// the camera, the timeline's month and the language. A URL with a chapter (`ch`) opens the story there; one
// with anything else of the view opens explore mode; a bare URL opens the story at its start.
// Parsing never throws: anything malformed or unknown is dropped and the rest of the view still applies.
import { MAX_ZOOM, MIN_ZOOM, PAN_EXTENT } from '$lib/data/extent';
import { LANGS, ROOT_LANG, langPath, type Lang } from '$lib/i18n/langs';
import { isoMonth } from '$lib/data/months';
import type { SidePanel } from './panels.svelte';

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

export interface ViewState {
  /** A chapter id: the story, at that chapter. Null: explore mode, or the story's start for a bare URL. */
  chapter: string | null;
  selected: string | null;
  hidden: string[];
  camera: Camera | null;
  lang: Lang | null;
  /** The open timeline's month, YYYYMM. */
  month: number | null;
  /** Explore mode's side panel (`panel=list`, `panel=layers`). */
  panel?: SidePanel | null;
  /** The page inside another site's article (`embed=story`: with the story's card; `embed=map`: the map alone). */
  embed?: EmbedMode | null;
  /** `mode=explore`: explore mode even with nothing else of the view in the URL. */
  explore?: boolean;
}

export interface KnownValues {
  ids: ReadonlySet<string>;
  members: ReadonlySet<string>;
  chapters: ReadonlySet<string>;
  /** The timeline's first and last month (YYYYMM). */
  range: { start: number; end: number };
}

/** Whether a parsed view is the story (a chapter, or nothing at all) rather than explore mode. */
export const isStoryView = (view: ViewState): boolean =>
  view.chapter !== null ||
  (!view.explore && !view.selected && view.hidden.length === 0 && !view.camera && view.month === null && !view.panel);

/**
 * The parameters that open explore mode when the URL names no chapter (those isStoryView reads, and `mode`): the
 * boot script marks the first paint by them before the page has parsed the view.
 */
export const EXPLORE_KEYS = ['sel', 'hide', 'map', 't', 'panel'] as const;

const SIDE_PANELS: readonly SidePanel[] = ['layers', 'list'];

/** How the page shows inside a frame: with the story's card, or the map alone. */
export const EMBED_MODES = ['story', 'map'] as const;
export type EmbedMode = (typeof EMBED_MODES)[number];

/** `t=2014-09`: kept only for a real month inside the timeline's range. */
export function parseMonth(value: string | null, range: KnownValues['range']): number | null {
  const match = value ? /^(\d{4})-(\d{2})$/.exec(value) : null;
  if (!match) return null;
  const month = Number(match[1]) * 100 + Number(match[2]);
  if (Number(match[2]) < 1 || Number(match[2]) > 12 || month < range.start || month > range.end) return null;
  return month;
}

/** Longest value read from any parameter: nothing legitimate is longer, and it caps the work fuzzed input costs. */
const MAX_PARAM_LENGTH = 600;

function param(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  return value !== null && value.length <= MAX_PARAM_LENGTH ? value : null;
}

/** `map=zoom/lat/lng`, as OpenStreetMap writes it; kept only when every number is finite and in range. */
export function parseCamera(value: string | null): Camera | null {
  if (!value) return null;
  const parts = value.split('/');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d{1,3}(\.\d{1,8})?$/.test(p))) return null;
  const [zoom, lat, lng] = parts.map(Number);
  const [west, south, east, north] = PAN_EXTENT;
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) return null;
  if (lat < south || lat > north || lng < west || lng > east) return null;
  return { lng, lat, zoom };
}

export function parseView(search: string, known: KnownValues): ViewState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const selected = param(params, 'sel');
  const hidden = (param(params, 'hide') ?? '').split(',').filter((id) => known.members.has(id));
  const lang = param(params, 'lang');
  const chapter = param(params, 'ch');
  const explore = param(params, 'mode') === 'explore';
  const panel = param(params, 'panel');
  const embed = param(params, 'embed');
  return {
    ...(EMBED_MODES.includes(embed as EmbedMode) ? { embed: embed as EmbedMode } : {}),
    ...(SIDE_PANELS.includes(panel as SidePanel) ? { panel: panel as SidePanel } : {}),
    ...(explore ? { explore } : {}),
    chapter: chapter !== null && known.chapters.has(chapter) ? chapter : null,
    month: parseMonth(param(params, 't'), known.range),
    selected: selected !== null && known.ids.has(selected) ? selected : null,
    hidden: [...new Set(hidden)],
    camera: parseCamera(param(params, 'map')),
    lang: LANGS.includes(lang as Lang) ? (lang as Lang) : null
  };
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

/** The query for a view: only what differs from the defaults, in a stable order. */
export function serializeView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.chapter) params.set('ch', view.chapter);
  if (view.selected) params.set('sel', view.selected);
  if (view.hidden.length > 0) params.set('hide', [...view.hidden].sort().join(','));
  if (view.camera) {
    const { zoom, lat, lng } = view.camera;
    params.set('map', `${round(zoom, 2)}/${round(lat, 4)}/${round(lng, 4)}`);
  }
  if (view.month !== null) params.set('t', isoMonth(view.month));
  if (view.panel) params.set('panel', view.panel);
  if (view.embed) params.set('embed', view.embed);
  if (view.lang) params.set('lang', view.lang);
  // Explore mode with nothing else to show for it would read back as the story: it says so.
  if (view.explore && !view.chapter && isStoryView({ ...view, explore: false })) params.set('mode', 'explore');
  const query = params.toString().replaceAll('%2F', '/').replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

/**
 * A view's address relative to the site's root: its language's page (`en/`) with the view's query. The root's
 * language is named in the query (`lang=zh`) only when `nameRootLang` is set, since the root page otherwise
 * follows the browser's language: a shared link names it always, the address bar only for a reader whose browser
 * would open another language.
 */
export function viewAddress(view: ViewState, lang: Lang, nameRootLang: boolean): string {
  const named = lang === ROOT_LANG && nameRootLang ? ROOT_LANG : null;
  return `${langPath(lang)}${serializeView({ ...view, lang: named })}`;
}
