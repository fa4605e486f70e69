// The 2013 journey (MapLibre: a GeoJSON source and line, circle and symbol layers): its path, the cities of
// the visits, and the moments of p11–p16. Which of them show is set by the story (the journey chapters).
import type { LayerSpecification } from 'maplibre-gl';
import { TEXT_HALO as HALO } from './expressions';
import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { LANG_STATE } from './expressions';
import { PALETTE } from '$lib/data/palette';

export const JOURNEY_SOURCE = 'src-journey';

/** A label in the reader's language: the feature's `<prefix>_<lang>` column (toColumns writes one per language). */
const label = (prefix: string) => ['get', ['concat', `${prefix}_`, ['global-state', LANG_STATE]]] as never;

export function journeyLayers(): LayerSpecification[] {
  return [
    {
      id: 'lyr-journey-path',
      type: 'line',
      source: JOURNEY_SOURCE,
      filter: ['==', ['get', 'kind'], 'path'],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': PALETTE.journey, 'line-width': 3, 'line-dasharray': [2, 1.5] }
    },
    {
      id: 'lyr-journey-stops',
      type: 'circle',
      source: JOURNEY_SOURCE,
      filter: ['==', ['get', 'kind'], 'stop'],
      paint: {
        'circle-radius': 6,
        'circle-color': '#fff',
        'circle-stroke-color': PALETTE.journey,
        'circle-stroke-width': 3
      }
    },
    {
      id: 'lyr-journey-moments',
      type: 'circle',
      source: JOURNEY_SOURCE,
      filter: ['==', ['get', 'kind'], 'moment'],
      paint: {
        'circle-radius': 11,
        'circle-color': PALETTE.moment,
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 2
      }
    },
    {
      id: 'lyr-journey-moment-numbers',
      type: 'symbol',
      source: JOURNEY_SOURCE,
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
      id: 'lyr-journey-labels',
      type: 'symbol',
      source: JOURNEY_SOURCE,
      filter: ['in', ['get', 'kind'], ['literal', ['stop', 'moment']]],
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
