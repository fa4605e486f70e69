// The catalog (static/data/catalog.json, its schema in $lib/data/catalog): what the panels and the list show.
// The list's short entries come with the prerendered page; the full catalog is fetched once, when a panel first
// needs it.
import type { Catalog, CountryEntry, LandformEntry } from '$lib/data/catalog';
import type { CatalogEntry } from '$lib/data/network';
import type { Localized } from '$lib/data/langs';

export type ItemKind = CatalogEntry['kind'] | 'country' | 'landform';

/** One row of the list (and one selectable thing on the map): enough to name, filter and place it. */
export interface ListItem {
  id: string;
  kind: ItemKind;
  name: Localized;
  /** Network layer (`pipeline`, `changan` …) or `countries`. */
  layer: string;
  group: string | null;
  /** For a project, its kind (`railway`, `wind` …), which picks its map badge. */
  project: string | null;
  status: string | null;
  countries: string[];
  bbox: [number, number, number, number];
  /** Whether the feature is a point on the map (fit to a zoom) or a line or area (fit to its extent). */
  point: boolean;
}

/** The list in reading order: countries, the network's features as the catalog lists them, the landforms. */
export function listItems(catalog: Catalog): ListItem[] {
  const countries = Object.values(catalog.countries).map((c): ListItem => ({
    id: c.id,
    kind: 'country',
    name: c.name,
    layer: 'countries',
    group: null,
    project: null,
    status: null,
    countries: [c.iso3],
    bbox: c.bbox,
    point: false
  }));
  const features = Object.values(catalog.features).map((f): ListItem => ({
    id: f.id,
    kind: f.kind,
    name: f.name,
    layer: f.layer,
    group: f.group ?? null,
    project: f.project ?? null,
    status: f.status ?? null,
    countries: f.countries,
    bbox: f.bbox,
    point: f.drawn_length_km === null
  }));
  const landforms = Object.values(catalog.landforms).map((l): ListItem => ({
    id: l.id,
    kind: 'landform',
    name: l.name,
    layer: 'physical',
    group: null,
    project: null,
    status: null,
    countries: [],
    bbox: l.bbox,
    point: false
  }));
  return [...countries, ...features, ...landforms];
}

/** An entry of the catalog: a network feature, a country or a landform. */
export type Entry = CatalogEntry | CountryEntry | LandformEntry;

let pending: Promise<Catalog> | null = null;

/** Fetches the catalog once; a failed fetch is forgotten so that a retry fetches again. */
export function loadCatalog(url: string): Promise<Catalog> {
  pending ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return response.json() as Promise<Catalog>;
    })
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}

export function entryOf(catalog: Catalog, id: string): Entry | null {
  return catalog.features[id] ?? catalog.countries[id] ?? catalog.landforms[id] ?? null;
}
