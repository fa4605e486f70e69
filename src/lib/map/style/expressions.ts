// Style pieces shared by the basemap and the network layers (MapLibre style spec: expressions, layout, paint).
import type { ExpressionSpecification } from 'maplibre-gl';
import { PALETTE } from './palette';

/** Two-line bilingual label: Chinese as the article writes it, English smaller below. */
export const bilingualText = (englishScale = 0.78): ExpressionSpecification => [
  'format',
  ['get', 'name_zh'],
  {},
  '\n',
  {},
  ['get', 'name_en'],
  { 'font-scale': englishScale }
];

/** The soft white halo that keeps every label readable over fills and lines. */
export const TEXT_HALO = { 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.3 } as const;

/** Round joins and caps: lines that bend smoothly and end softly. */
export const ROUND_LINE = { 'line-join': 'round', 'line-cap': 'round' } as const;
