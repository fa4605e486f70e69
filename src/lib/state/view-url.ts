// The view in the URL's query: what is selected, which legend members are hidden, the camera and the language.
// Parsing never throws: anything malformed or unknown is dropped and the rest of the view still applies.
import { DATA_EXTENT, MAX_ZOOM, MIN_ZOOM } from '$lib/geo/extent';
import { LANGS, type Lang } from '$lib/i18n/messages';

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

export interface ViewState {
  selected: string | null;
  hidden: string[];
  camera: Camera | null;
  lang: Lang | null;
}

export interface KnownValues {
  ids: ReadonlySet<string>;
  members: ReadonlySet<string>;
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
  const [west, south, east, north] = DATA_EXTENT;
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
  return {
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
  if (view.selected) params.set('sel', view.selected);
  if (view.hidden.length > 0) params.set('hide', [...view.hidden].sort().join(','));
  if (view.camera) {
    const { zoom, lat, lng } = view.camera;
    params.set('map', `${round(zoom, 2)}/${round(lat, 4)}/${round(lng, 4)}`);
  }
  if (view.lang) params.set('lang', view.lang);
  const query = params.toString().replaceAll('%2F', '/').replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}
