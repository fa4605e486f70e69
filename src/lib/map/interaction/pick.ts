// What is under the reader's pointer: the things a click can select, nearest kind first.
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { countryId } from '$lib/data/catalog';
import { LAYER } from '../style/layer-ids';

/** Layers a click or a hover can pick from, in order of precedence: points, then lines, then countries. */
export const PICK_LAYERS: string[] = [
  LAYER.projects.icons,
  LAYER.places.points,
  LAYER.places.labels,
  LAYER.projects.tunnel,
  LAYER.projects.railway,
  LAYER.projects.road,
  LAYER.pipeline.lines,
  LAYER.pipeline.casing,
  LAYER.pipeline.lineD,
  LAYER.pipeline.context,
  LAYER.rail.lines,
  LAYER.rail.ferry,
  // Landforms by their label (their outlines are too large to click: they would hide the countries) and the
  // Amu Darya by its line.
  LAYER.labels.physical,
  LAYER.water.rivers
];
export const COUNTRY_PICK_LAYERS: string[] = [LAYER.countries.focus];

/** How far from the pointer (CSS px) a line or point still counts as under it: a finger is not a pixel. */
export const PICK_RADIUS_PX = { mouse: 6, touch: 14 };

/** Ids of the selectable things at a point, nearest kind first, each once; a country only when nothing else. */
export function pickAt(
  map: MapLibreMap,
  point: { x: number; y: number },
  radius: number,
  known: (id: string) => boolean
): string[] {
  const box: [PointLike, PointLike] = [
    [point.x - radius, point.y - radius],
    [point.x + radius, point.y + radius]
  ];
  const present = (ids: string[]) => ids.filter((id) => map.getLayer(id));
  const features = map.queryRenderedFeatures(box, { layers: present(PICK_LAYERS) });
  const rank = (layerId: string) => PICK_LAYERS.indexOf(layerId);
  const ids = features
    .toSorted((a, b) => rank(a.layer.id) - rank(b.layer.id))
    .map((f) => String(f.properties.id))
    .filter((id, i, all) => known(id) && all.indexOf(id) === i);
  if (ids.length > 0) return ids;
  const country = map.queryRenderedFeatures([point.x, point.y], { layers: present(COUNTRY_PICK_LAYERS) })[0];
  const iso3 = country?.properties.iso3 as string | undefined;
  return iso3 && known(countryId(iso3)) ? [countryId(iso3)] : [];
}
