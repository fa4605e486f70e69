// Filters the reader controls (layer toggles, the timeline's date), laid over each style layer's
// own filter (MapLibre: setFilter with expressions), so hiding and showing never rebuilds data.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { LegendMember } from './legend';
import { LAYER } from './style/layer-ids';

/** The layers drawing rail stations, which hide with the route groups that call there. */
const STATION_LAYERS: string[] = [LAYER.rail.stations, LAYER.rail.stationLabels];

/** Never true: a filter that hides everything. */
const NOTHING: ExpressionSpecification = ['==', ['literal', 1], 0];

/** The extra condition a style layer gets from the hidden legend members, or null when it shows everything. */
export function visibilityFilter(
  layerId: string,
  members: LegendMember[],
  hidden: ReadonlySet<string>
): ExpressionSpecification | null {
  const terms: ExpressionSpecification[] = [];
  const hiddenHere = members.filter((m) => hidden.has(m.id) && m.layers.includes(layerId));
  if (hiddenHere.length > 0) terms.push(['!', ['any', ...hiddenHere.map((m) => m.filter)]]);
  if (STATION_LAYERS.includes(layerId)) {
    const routeMembers = members.filter((m) => m.routeGroups);
    if (routeMembers.some((m) => hidden.has(m.id))) {
      const shown = routeMembers.filter((m) => !hidden.has(m.id)).flatMap((m) => m.routeGroups!);
      terms.push(
        shown.length > 0
          ? ['any', ...shown.map((g): ExpressionSpecification => ['in', `|${g}|`, ['get', 'groups']])]
          : NOTHING
      );
    }
  }
  if (terms.length === 0) return null;
  return terms.length === 1 ? terms[0] : ['all', ...terms];
}

/**
 * Whether the legend leaves anything to draw in a style layer: false when every member that draws there is hidden
 * (the stations: every route group calling there), null for a layer the legend does not govern. A layer with
 * nothing left is hidden, not only filtered empty: MapLibre still redraws its source's clipping masks for a
 * visible layer with nothing in it, on every frame (the story's lead hides every route: three sources' masks).
 */
export function layerShown(layerId: string, members: LegendMember[], hidden: ReadonlySet<string>): boolean | null {
  const governing = STATION_LAYERS.includes(layerId)
    ? members.filter((m) => m.routeGroups)
    : members.filter((m) => m.layers.includes(layerId));
  if (governing.length === 0) return null;
  return governing.some((m) => !hidden.has(m.id));
}

export function composeFilter(
  base: FilterSpecification | undefined,
  extra: ExpressionSpecification | null
): FilterSpecification | undefined {
  if (!extra) return base;
  return base ? (['all', base, extra] as ExpressionSpecification) : extra;
}

/** A set of terms: the extra condition for a layer (by its id and source), or null for none. */
type Terms = (layerId: string, source: string | undefined) => ExpressionSpecification | null;

/**
 * Remembers each mounted layer's own filter and lays the reader's terms over it: for layers mounted later (the
 * detail levels) as well as those already on the map.
 */
export class FilterRegistry {
  #base = new Map<string, FilterSpecification | undefined>();
  #sources = new Map<string, string | undefined>();
  #terms = new Map<string, Terms>();

  /** The layer as it should be added now: its own filter with every current term laid over it. */
  register(layer: LayerSpecification): LayerSpecification {
    if (layer.type === 'background') return layer;
    this.#base.set(layer.id, layer.filter);
    this.#sources.set(layer.id, 'source' in layer ? (layer.source as string) : undefined);
    const filter = composeFilter(layer.filter, this.#extra(layer.id));
    return filter ? { ...layer, filter } : layer;
  }

  forget(layerId: string): void {
    this.#base.delete(layerId);
    this.#sources.delete(layerId);
  }

  /** Sets one named set of terms (e.g. `legend`) and re-filters every layer on the map. */
  set(name: string, terms: Terms, map: MapLibreMap): void {
    this.#terms.set(name, terms);
    for (const [id, base] of this.#base) {
      if (map.getLayer(id)) map.setFilter(id, composeFilter(base, this.#extra(id)) ?? null);
    }
  }

  #extra(layerId: string): ExpressionSpecification | null {
    const source = this.#sources.get(layerId);
    const terms = [...this.#terms.values()].map((t) => t(layerId, source)).filter((t) => t !== null);
    if (terms.length === 0) return null;
    return terms.length === 1 ? terms[0] : ['all', ...terms];
  }
}

/** The layers drawing the six countries' own fills, which the timeline shows only once a country has signed. */
const COUNTRY_FOCUS_LAYERS: string[] = [LAYER.countries.focus];

/**
 * The timeline's condition at a month (YYYYMM): network features drawn only from their `since` month (those
 * without one, places and stations, always), and the Central Asian countries filled only once they have signed
 * a Belt and Road document (`signed`, with China, the other party, always filled).
 */
export function timelineFilter(
  layerId: string,
  source: string | undefined,
  month: number,
  networkSources: readonly string[],
  signed: readonly string[]
): ExpressionSpecification | null {
  if (COUNTRY_FOCUS_LAYERS.includes(layerId)) {
    return ['in', ['coalesce', ['get', 'iso3'], ''], ['literal', ['CHN', ...signed]]];
  }
  if (source && networkSources.includes(source)) {
    return ['any', ['!', ['has', 'since']], ['<=', ['get', 'since'], month]];
  }
  return null;
}
