// Style pieces shared by the basemap and the network layers (MapLibre style spec: expressions, layout, paint).
import type { ExpressionSpecification } from 'maplibre-gl';
import { PALETTE } from '$lib/data/palette';

/** The global-state key holding the reader's language (`zh`, `en`, …), set by the map's language sync. */
export const LANG_STATE = 'lang';

const chineseReader: ExpressionSpecification = ['==', ['global-state', LANG_STATE], 'zh'];

/**
 * A name in the reader's language: the feature's `name_<lang>` column (langs.ts's toColumns writes one per
 * language), English where a feature has none in that language.
 */
export const nameText: ExpressionSpecification = [
  'coalesce',
  ['get', ['concat', 'name_', ['global-state', LANG_STATE]]],
  ['get', 'name_en']
];

/**
 * A map label in the reader's language. In Chinese: two lines, Chinese as the article writes it and English
 * smaller below (the map is read by people checking names in both); in any other language: its name alone.
 */
export const bilingualText = (englishScale = 0.78): ExpressionSpecification => [
  'case',
  chineseReader,
  ['format', ['get', 'name_zh'], {}, '\n', {}, ['get', 'name_en'], { 'font-scale': englishScale }],
  nameText
];

/** A one-line label: Chinese and English side by side in Chinese, the reader's name alone otherwise. */
export const inlineBilingualText = (separator = ' '): ExpressionSpecification => [
  'case',
  chineseReader,
  ['concat', ['get', 'name_zh'], separator, ['get', 'name_en']],
  nameText
];

/** The soft white halo that keeps every label readable over fills and lines. */
export const TEXT_HALO = { 'text-halo-color': PALETTE.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.3 } as const;

/** Round joins and caps: lines that bend smoothly and end softly. */
export const ROUND_LINE = { 'line-join': 'round', 'line-cap': 'round' } as const;
