// The story's network as map layers (MapLibre style spec: line-offset, line-dasharray, symbol placement).
// Pipeline and rail differ by more than colour: a pipeline is a cased double line, a railway a line with white
// hatching, a ferry a dotted line; whatever is not yet in service is dashed.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { PALETTE } from '$lib/data/palette';
import { ROUND_LINE, TEXT_HALO as HALO, bilingualText, inlineBilingualText, nameText } from './expressions';
import { LAYER } from './layer-ids';
import { SOURCE } from './source-ids';

/** Width in px at zoom 2 and at zoom 9: legible from the overview to the valley. */
const width = (atZ2: number, atZ9: number): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  2,
  atZ2,
  9,
  atZ9
];

/** Lines A, B and C share a corridor: each is pushed sideways by its bundle index (-1, 0, 1). */
const bundleOffset: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['zoom'],
  2,
  ['*', ['get', 'bundle'], 1.6],
  9,
  ['*', ['get', 'bundle'], 5]
];

const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];

/**
 * A stretch traced through named places (no surveyed geometry: a line too new for the data, a planned route) is
 * drawn fainter than one on surveyed track or the mapped pipeline, so the map says how good each line is.
 */
export const TRACED_OPACITY = 0.55;
const tracedFaint: ExpressionSpecification = ['match', ['get', 'quality'], 'traced', TRACED_OPACITY, 1];
const notBuilt: ExpressionSpecification = ['==', ['get', 'status'], 'under-construction'];

export function pipelineLayers(): LayerSpecification[] {
  const source = SOURCE.pipeline;
  const main: ExpressionSpecification = ['all', ['==', ['get', 'kind'], 'pipeline-line'], ['!', notBuilt]];
  return [
    {
      id: LAYER.pipeline.context,
      type: 'line',
      source,
      filter: ['==', ['get', 'kind'], 'pipeline-context'],
      layout: ROUND_LINE,
      paint: { 'line-color': PALETTE.pipelineContext, 'line-width': width(1.2, 3), 'line-dasharray': [4, 2] }
    },
    {
      id: LAYER.pipeline.casing,
      type: 'line',
      source,
      filter: main,
      layout: ROUND_LINE,
      paint: {
        'line-color': PALETTE.pipelineCasing,
        'line-width': width(2.4, 6),
        'line-offset': bundleOffset,
        'line-opacity': tracedFaint
      }
    },
    {
      id: LAYER.pipeline.lines,
      type: 'line',
      source,
      filter: main,
      layout: ROUND_LINE,
      paint: {
        'line-color': PALETTE.pipeline,
        'line-width': width(1.2, 3.5),
        'line-offset': bundleOffset,
        'line-opacity': tracedFaint
      }
    },
    {
      id: LAYER.pipeline.lineD,
      type: 'line',
      source,
      filter: ['all', ['==', ['get', 'kind'], 'pipeline-line'], notBuilt],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': PALETTE.pipeline, 'line-width': width(1.8, 4.5), 'line-dasharray': [2, 1.5] }
    },
    {
      id: LAYER.pipeline.labels,
      type: 'symbol',
      source,
      minzoom: 5,
      filter: ['==', ['get', 'bundle'], 0],
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 500,
        'text-field': nameText,
        'text-font': FONT_REGULAR,
        'text-size': 11,
        'text-offset': [0, 1.1]
      },
      paint: { 'text-color': PALETTE.pipelineCasing, ...HALO }
    }
  ];
}

export function railLayers(): LayerSpecification[] {
  const source = SOURCE.rail;
  const rail: ExpressionSpecification = ['all', isLine, ['==', ['get', 'mode'], 'rail']];
  const colour: ExpressionSpecification = ['match', ['get', 'layer'], 'other-trains', PALETTE.otherRail, PALETTE.rail];
  return [
    {
      id: LAYER.rail.lines,
      type: 'line',
      source,
      filter: rail,
      // Where the other named trains share a corridor with the Chang'an trains, the Chang'an line is on top.
      layout: {
        'line-join': 'round',
        'line-cap': 'round',
        'line-sort-key': ['match', ['get', 'layer'], 'changan', 1, 0]
      },
      paint: { 'line-color': colour, 'line-width': width(2, 5), 'line-opacity': tracedFaint }
    },
    {
      // The white hatching that makes a railway read as a railway, from zoom 4 where there is room for it.
      id: LAYER.rail.hatching,
      type: 'line',
      source,
      minzoom: 4,
      filter: rail,
      paint: { 'line-color': PALETTE.railHatch, 'line-width': width(0.6, 1.8), 'line-dasharray': [2, 3] }
    },
    {
      id: LAYER.rail.ferry,
      type: 'line',
      source,
      filter: ['all', isLine, ['==', ['get', 'mode'], 'ferry']],
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': PALETTE.ferry, 'line-width': width(1.6, 3.5), 'line-dasharray': [0.1, 2] }
    },
    {
      id: LAYER.rail.stations,
      type: 'circle',
      source,
      minzoom: 5.5,
      filter: ['==', ['get', 'kind'], 'station'],
      paint: {
        'circle-radius': width(2, 4),
        'circle-color': PALETTE.railHatch,
        'circle-stroke-color': PALETTE.rail,
        'circle-stroke-width': 1.5
      }
    },
    {
      id: LAYER.rail.stationLabels,
      type: 'symbol',
      source,
      minzoom: 6.5,
      filter: ['==', ['get', 'kind'], 'station'],
      layout: {
        'text-field': nameText,
        'text-font': FONT_REGULAR,
        'text-size': 11,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.6
      },
      paint: { 'text-color': PALETTE.rail, ...HALO }
    },
    {
      id: LAYER.rail.labels,
      type: 'symbol',
      source,
      // Several routes share each corridor: their names appear only once there is room to tell them apart.
      minzoom: 5,
      filter: rail,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 600,
        'text-field': inlineBilingualText('  '),
        'text-font': FONT_REGULAR,
        'text-size': 11,
        'text-offset': [0, -1]
      },
      paint: { 'text-color': PALETTE.rail, ...HALO }
    }
  ];
}

/** The icon of each kind of project; drawn in code (project-icons.ts). */
export const PROJECT_ICONS: Record<string, { glyph: string; colour: string }> = {
  pipeline: { glyph: '气', colour: PALETTE.pipeline },
  'gas-field': { glyph: '田', colour: PALETTE.pipelineCasing },
  railway: { glyph: '铁', colour: PALETTE.rail },
  'rail-hub': { glyph: '港', colour: PALETTE.rail },
  wind: { glyph: '风', colour: '#2f7f9f' },
  road: { glyph: '路', colour: PALETTE.road }
};

export const projectIconId = (project: string) => `icon-project-${project}`;

export function projectLayers(): LayerSpecification[] {
  const source = SOURCE.projects;
  const point: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
  return [
    {
      id: LAYER.projects.road,
      type: 'line',
      source,
      filter: ['all', isLine, ['==', ['get', 'mode'], 'road']],
      layout: ROUND_LINE,
      paint: {
        'line-color': PALETTE.road,
        'line-width': width(1.6, 4.5),
        // Not finished in May 2023: dashed like every feature not yet in service.
        'line-dasharray': [2, 1.2]
      }
    },
    {
      id: LAYER.projects.railway,
      type: 'line',
      source,
      filter: ['all', isLine, ['==', ['get', 'mode'], 'rail']],
      layout: ROUND_LINE,
      paint: { 'line-color': PALETTE.rail, 'line-width': width(1.6, 4.5) }
    },
    {
      id: LAYER.projects.tunnel,
      type: 'line',
      source,
      filter: ['all', isLine, ['==', ['get', 'mode'], 'tunnel']],
      layout: { 'line-cap': 'butt' },
      paint: { 'line-color': PALETTE.tunnel, 'line-width': width(2.4, 6), 'line-dasharray': [1, 0.6] }
    },
    {
      id: LAYER.places.points,
      type: 'circle',
      source,
      filter: ['all', point, ['==', ['get', 'kind'], 'place']],
      paint: {
        'circle-radius': width(3.5, 7),
        'circle-color': PALETTE.railHatch,
        'circle-stroke-color': PALETTE.place,
        'circle-stroke-width': width(2, 3)
      }
    },
    {
      // Sites the story visits that no city label names (Chang'an Tower, Nazarbayev University, Bukhara's old
      // city); places that are towns are already labelled by the basemap.
      id: LAYER.places.labels,
      type: 'symbol',
      source,
      minzoom: 6,
      filter: ['all', point, ['==', ['get', 'kind'], 'place'], ['get', 'site']],
      layout: {
        'text-field': bilingualText(0.8),
        'text-font': FONT_REGULAR,
        'text-size': 12,
        'text-variable-anchor': ['right', 'left', 'top', 'bottom'],
        'text-radial-offset': 0.9,
        'text-max-width': 12
      },
      paint: { 'text-color': PALETTE.place, ...HALO }
    },
    {
      id: LAYER.projects.icons,
      type: 'symbol',
      source,
      filter: ['all', point, ['==', ['get', 'kind'], 'project']],
      layout: {
        'icon-image': ['concat', 'icon-project-', ['get', 'project']],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 2, 0.7, 7, 1],
        'icon-allow-overlap': true,
        'text-field': bilingualText(0.8),
        'text-font': FONT_BOLD,
        'text-size': 11,
        'text-optional': true,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 1.4,
        'text-max-width': 12
      },
      paint: { 'text-color': PALETTE.labelCity, ...HALO }
    }
  ];
}
