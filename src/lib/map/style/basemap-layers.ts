// Basemap layer definitions (MapLibre style spec: layers, expressions). Pure data, tested without a map.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { FOCUS_COUNTRIES } from '$lib/data/extent';
import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { FOCUS_FILLS, PALETTE } from '$lib/data/palette';
import { ROUND_LINE, TEXT_HALO as HALO, bilingualText, inlineBilingualText } from './expressions';
import { LAYER, cityLabelLayer } from './layer-ids';
import { SOURCE } from './source-ids';

/** The layers inside the basemap archive, as the style's `source-layer`s name them. */
export type BasemapLayer = 'countries' | 'borders' | 'water' | 'physical' | 'labels';

/** Where a basemap style layer reads its features: the archive, one of its layers. */
export const fromBasemap = (layer: BasemapLayer) => ({ source: SOURCE.basemap, 'source-layer': layer }) as const;

/**
 * The shaded relief over the tints: strong enough at the first view for the Tian Shan, Pamir and Kunlun to read,
 * a little softer zoomed in, where ETOPO5's 9 km grid is enlarged.
 */
export function reliefLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.relief,
      type: 'raster',
      source: SOURCE.relief,
      paint: {
        'raster-opacity': ['interpolate', ['linear'], ['zoom'], 3, 0.9, 8, 0.7],
        'raster-resampling': 'linear',
        'raster-fade-duration': 0
      }
    }
  ];
}

/** Fill colour by ISO alpha-3: each of the six its own tint, every other country the same muted land. */
export const countryFillColor = [
  'match',
  ['coalesce', ['get', 'iso3'], ''],
  ...FOCUS_COUNTRIES.flatMap((iso3) => [iso3, FOCUS_FILLS[iso3]]),
  PALETTE.land
] as unknown as ExpressionSpecification;

/** The country fills: the archive switches from the overview to the 1:10m detail at DETAIL_MIN_ZOOM by itself. */
export function countryLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.countries.fill,
      type: 'fill',
      ...fromBasemap('countries'),
      paint: { 'fill-color': PALETTE.land, 'fill-antialias': true }
    },
    {
      // The six countries' own tints on top of the land, in a layer of their own so the legend can hide each.
      id: LAYER.countries.focus,
      type: 'fill',
      ...fromBasemap('countries'),
      filter: ['in', ['coalesce', ['get', 'iso3'], ''], ['literal', [...FOCUS_COUNTRIES]]],
      // No antialiasing pass: the six countries' outline and the borders are drawn over every edge of these fills,
      // and the pass costs every frame (about a tenth of a frame in software WebGL, with the landforms' below).
      paint: { 'fill-color': countryFillColor, 'fill-antialias': false }
    }
  ];
}

const lineWidth = (base: number): ExpressionSpecification => [
  'interpolate',
  ['exponential', 1.4],
  ['zoom'],
  2,
  base * 0.6,
  6,
  base * 1.2,
  10,
  base * 2.4
];

export function borderLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.borders.international,
      type: 'line',
      ...fromBasemap('borders'),
      filter: ['==', ['get', 'kind'], 'international'],
      layout: ROUND_LINE,
      paint: { 'line-color': PALETTE.border, 'line-width': lineWidth(0.9) }
    },
    {
      id: LAYER.borders.disputed,
      type: 'line',
      ...fromBasemap('borders'),
      filter: ['==', ['get', 'kind'], 'disputed'],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': PALETTE.borderDisputed, 'line-width': lineWidth(0.9), 'line-dasharray': [3, 2] }
    },
    {
      id: LAYER.borders.claim,
      type: 'line',
      ...fromBasemap('borders'),
      filter: ['==', ['get', 'kind'], 'claim'],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': PALETTE.claim, 'line-width': lineWidth(0.7), 'line-dasharray': [1.5, 2] }
    },
    {
      id: LAYER.borders.focus,
      type: 'line',
      ...fromBasemap('borders'),
      filter: ['==', ['get', 'kind'], 'focus-outline'],
      layout: ROUND_LINE,
      paint: { 'line-color': PALETTE.focusOutline, 'line-width': lineWidth(1.3), 'line-opacity': 0.85 }
    }
  ];
}

export function waterLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.water.rivers,
      type: 'line',
      ...fromBasemap('water'),
      filter: ['==', ['get', 'kind'], 'river'],
      layout: ROUND_LINE,
      paint: {
        'line-color': PALETTE.river,
        // Lower Natural Earth scalerank = bigger river = wider line.
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          2,
          ['-', 1.4, ['*', 0.15, ['get', 'rank']]],
          8,
          ['-', 3, ['*', 0.25, ['get', 'rank']]]
        ]
      }
    },
    {
      id: LAYER.water.lakes,
      type: 'fill',
      ...fromBasemap('water'),
      filter: ['==', ['get', 'kind'], 'lake'],
      paint: { 'fill-color': PALETTE.lake, 'fill-antialias': false }
    },
    {
      // The shore as a line, not as the fill's antialiased outline: that outline is a shader program of its own.
      id: LAYER.water.lakeShores,
      type: 'line',
      ...fromBasemap('water'),
      filter: ['==', ['get', 'kind'], 'lake'],
      paint: { 'line-color': PALETTE.lakeOutline, 'line-width': 0.6 }
    }
  ];
}

const PHYSICAL_FILL: ExpressionSpecification = [
  'match',
  ['get', 'kind'],
  'range',
  PALETTE.range,
  'desert',
  PALETTE.desert,
  'valley',
  PALETTE.valley,
  PALETTE.range
];

export function physicalLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.physical.fill,
      type: 'fill',
      ...fromBasemap('physical'),
      paint: {
        'fill-color': PHYSICAL_FILL,
        'fill-opacity': ['match', ['get', 'kind'], 'desert', 0.3, 'valley', 0.25, 0.12],
        // A faint tint under its own dashed outline: an antialiased edge would not show, its cost would.
        'fill-antialias': false
      }
    },
    {
      id: LAYER.physical.outline,
      type: 'line',
      ...fromBasemap('physical'),
      paint: { 'line-color': PHYSICAL_FILL, 'line-opacity': 0.55, 'line-width': 0.8, 'line-dasharray': [2, 2] }
    }
  ];
}

/** Icons the label layer uses, drawn in code (see icons.ts): no sprite sheet to fetch. */
export const ICONS = { capital: 'icon-capital', city: 'icon-city' } as const;

/** The zoom at which each city rank appears; ties are broken by rank via symbol-sort-key. */
export const CITY_RANK_MIN_ZOOM: Record<number, number> = { 1: 0, 2: 3.6, 3: 4.6 };

/** River names along their lines and lake names; drawn in the label slot but fed by the water source. */
export function waterLabelLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.labels.lakes,
      type: 'symbol',
      ...fromBasemap('water'),
      minzoom: 3.5,
      filter: ['all', ['==', ['get', 'kind'], 'lake'], ['has', 'name_zh'], ['!=', ['get', 'name_zh'], null]],
      layout: {
        'text-field': bilingualText(0.8),
        'text-font': FONT_REGULAR,
        'text-size': 11,
        'text-max-width': 8
      },
      paint: { 'text-color': PALETTE.labelWater, ...HALO }
    },
    {
      id: LAYER.labels.rivers,
      type: 'symbol',
      ...fromBasemap('water'),
      minzoom: 3,
      filter: ['all', ['==', ['get', 'kind'], 'river'], ['get', 'line_label']],
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 300,
        'text-max-angle': 60,
        'text-field': inlineBilingualText(' '),
        'text-font': FONT_REGULAR,
        'text-size': 11,
        'text-letter-spacing': 0.05
      },
      paint: { 'text-color': PALETTE.labelWater, ...HALO }
    }
  ];
}

export function labelLayers(): LayerSpecification[] {
  const cityLayers: LayerSpecification[] = Object.entries(CITY_RANK_MIN_ZOOM).map(([rank, minzoom]) => ({
    id: cityLabelLayer(Number(rank)),
    type: 'symbol',
    ...fromBasemap('labels'),
    minzoom,
    filter: ['all', ['==', ['get', 'kind'], 'city'], ['==', ['get', 'rank'], Number(rank)]],
    layout: {
      'icon-image': ['case', ['get', 'capital'], ICONS.capital, ICONS.city],
      'icon-allow-overlap': false,
      'text-field': bilingualText(),
      'text-font': Number(rank) === 1 ? FONT_BOLD : FONT_REGULAR,
      'text-size': ['interpolate', ['linear'], ['zoom'], 3, Number(rank) === 1 ? 13 : 12, 8, 15],
      'text-line-height': 1.1,
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 0.55,
      'text-justify': 'auto',
      'symbol-sort-key': ['get', 'rank']
    },
    paint: { 'text-color': PALETTE.labelCity, ...HALO }
  }));

  return [
    {
      id: LAYER.labels.seas,
      type: 'symbol',
      ...fromBasemap('labels'),
      filter: ['==', ['get', 'kind'], 'sea'],
      layout: {
        'text-field': bilingualText(0.8),
        'text-font': FONT_REGULAR,
        'text-size': 12,
        'text-letter-spacing': 0.15
      },
      paint: { 'text-color': PALETTE.labelWater, ...HALO, 'text-halo-width': 0 }
    },
    {
      id: LAYER.labels.countries,
      type: 'symbol',
      ...fromBasemap('labels'),
      filter: ['all', ['==', ['get', 'kind'], 'country'], ['!', ['get', 'focus']]],
      minzoom: 2.5,
      layout: {
        'text-field': bilingualText(0.8),
        'text-font': FONT_REGULAR,
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, ['match', ['get', 'rank'], 2, 12, 10], 7, 15],
        'text-max-width': 8,
        'symbol-sort-key': ['get', 'rank']
      },
      paint: { 'text-color': PALETTE.labelNeighbour, ...HALO }
    },
    // Bottom to top; MapLibre places the top layer's labels first, so they win collisions.
    cityLayers[2],
    cityLayers[1],
    {
      id: LAYER.labels.physical,
      type: 'symbol',
      ...fromBasemap('labels'),
      minzoom: 3,
      filter: ['==', ['get', 'kind'], 'physical'],
      layout: {
        'text-field': bilingualText(0.8),
        'text-font': FONT_REGULAR,
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 8, 14],
        'text-letter-spacing': 0.2,
        'text-max-width': 12
      },
      paint: {
        'text-color': ['match', ['get', 'physical'], 'river', PALETTE.labelWater, PALETTE.labelPhysical],
        ...HALO
      }
    },
    cityLayers[0],
    {
      id: LAYER.labels.focusCountries,
      type: 'symbol',
      ...fromBasemap('labels'),
      filter: ['all', ['==', ['get', 'kind'], 'country'], ['get', 'focus']],
      layout: {
        'text-field': bilingualText(0.7),
        'text-font': FONT_BOLD,
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, 12, 4, 16, 7, 22],
        'text-letter-spacing': 0.12,
        'text-max-width': 10,
        'text-allow-overlap': false
      },
      paint: { 'text-color': PALETTE.labelCountry, ...HALO, 'text-halo-width': 1.8 }
    }
  ];
}
