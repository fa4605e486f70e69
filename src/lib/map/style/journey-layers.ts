// The 2013 journey (MapLibre: a GeoJSON source and line, circle and symbol layers): its path, the cities of
// the visits, and the moments of p11–p16. Which of them show is set by the story (the journey chapters).
// The path draws itself by a paint property, not by new geometry each frame: the whole path is in the source
// (with its line metrics) and a line gradient over its progress paints it up to where the drawing has reached;
// the cities show from a global-state distance, which changes only when the drawing reaches the next one.
import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import { LANG_STATE, TEXT_HALO as HALO } from './expressions';
import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { LAYER } from './layer-ids';
import { SOURCE } from './source-ids';
import { PALETTE } from '$lib/data/palette';

/** The journey's source, empty until its chapter; with line metrics, which the path's gradient is laid along. */
export function journeySource(): GeoJSONSourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, lineMetrics: true };
}

/** A label in the reader's language: the feature's `<prefix>_<lang>` column (toColumns writes one per language). */
const label = (prefix: string) => ['get', ['concat', `${prefix}_`, ['global-state', LANG_STATE]]] as never;

/** The global-state key holding how far along the path (km) the cities shown lie: those up to it show. */
export const JOURNEY_REACHED_STATE = 'journeyReachedKm';

/** The path painted from its start to a share (0–1) of its length, and not beyond (a line gradient's colours). */
export function pathDrawnTo(share: number): ExpressionSpecification {
  // Past the end (2) when whole: the step never comes, every point of the path is painted.
  return ['step', ['line-progress'], PALETTE.journey, share >= 1 ? 2 : Math.max(0, share), 'rgba(0, 0, 0, 0)'];
}

/** A city of the visits the drawing has reached. */
const reached: ExpressionSpecification = [
  'all',
  ['==', ['get', 'kind'], 'stop'],
  ['<=', ['get', 'along_km'], ['global-state', JOURNEY_REACHED_STATE]]
];

export function journeyLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.journey.path,
      type: 'line',
      source: SOURCE.journey,
      filter: ['==', ['get', 'kind'], 'path'],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-gradient': pathDrawnTo(1), 'line-width': 3, 'line-dasharray': [2, 1.5] }
    },
    {
      id: LAYER.journey.stops,
      type: 'circle',
      source: SOURCE.journey,
      filter: reached,
      paint: {
        'circle-radius': 6,
        'circle-color': '#fff',
        'circle-stroke-color': PALETTE.journey,
        'circle-stroke-width': 3
      }
    },
    {
      id: LAYER.journey.moments,
      type: 'circle',
      source: SOURCE.journey,
      filter: ['==', ['get', 'kind'], 'moment'],
      paint: {
        'circle-radius': 11,
        'circle-color': PALETTE.moment,
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 2
      }
    },
    {
      id: LAYER.journey.momentNumbers,
      type: 'symbol',
      source: SOURCE.journey,
      filter: ['==', ['get', 'kind'], 'moment'],
      layout: {
        'text-field': ['to-string', ['get', 'number']],
        'text-font': FONT_BOLD,
        'text-size': 12,
        'text-allow-overlap': true
      },
      paint: { 'text-color': '#fff' }
    },
    {
      id: LAYER.journey.labels,
      type: 'symbol',
      source: SOURCE.journey,
      filter: ['any', ['==', ['get', 'kind'], 'moment'], reached],
      layout: {
        'text-field': label('label'),
        'text-font': FONT_REGULAR,
        'text-size': 12,
        'text-max-width': 9,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 1.1,
        'text-justify': 'auto'
      },
      paint: { 'text-color': PALETTE.labelCity, ...HALO }
    }
  ];
}
