// Style pieces shared by the basemap and the network layers (MapLibre style spec: expressions, layout, paint).
import type { ExpressionSpecification } from 'maplibre-gl';
import { PALETTE } from '$lib/data/palette';

/** The global-state key holding the reader's language (`zh` or `en`), set by the map's language sync. */
export const LANG_STATE = 'lang';

const englishReader: ExpressionSpecification = ['==', ['global-state', LANG_STATE], 'en'];

/**
 * A map label in the reader's language. In Chinese: two lines, Chinese as the article writes it and English
 * smaller below (the map is read by people checking names in both); in English: the English name alone.
 */
export const bilingualText = (englishScale = 0.78): ExpressionSpecification => [
  'case',
  englishReader,
  ['get', 'name_en'],
  ['format', ['get', 'name_zh'], {}, '\n', {}, ['get', 'name_en'], { 'font-scale': englishScale }]
];

/** A one-line label: Chinese and English side by side in Chinese, English alone in English. */
export const inlineBilingualText = (separator = ' '): ExpressionSpecification => [
  'case',
  englishReader,
  ['get', 'name_en'],
  ['concat', ['get', 'name_zh'], separator, ['get', 'name_en']]
];

/** One name only, in the reader's language. */
export const nameText: ExpressionSpecification = ['case', englishReader, ['get', 'name_en'], ['get', 'name_zh']];

/** The soft white halo that keeps every label readable over fills and lines. */
export const TEXT_HALO = { 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.3 } as const;

/** Round joins and caps: lines that bend smoothly and end softly. */
export const ROUND_LINE = { 'line-join': 'round', 'line-cap': 'round' } as const;
