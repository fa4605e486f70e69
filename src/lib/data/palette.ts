/**
 * The map's colours in one place. Layers and (later) legend swatches read them from here.
 * An atlas palette: pale sea, warm paper land, the six countries in distinct soft tints that stay
 * distinguishable for common colour-vision deficiencies by lightness as well as hue.
 */
import type { FocusCountry } from './extent';

export const PALETTE = {
  sea: '#cfe1e8',
  land: '#f1eee7',
  landOutline: '#c9c3b6',
  border: '#9c968a',
  borderDisputed: '#9c968a',
  claim: '#b3ada2',
  focusOutline: '#5a4634',
  lake: '#cfe1e8',
  lakeOutline: '#9ebfcd',
  river: '#86b3c8',
  labelCountry: '#3b2f25',
  labelNeighbour: '#8b857a',
  labelCity: '#2f2a25',
  labelPhysical: '#7a5a36',
  labelWater: '#4d7f98',
  halo: 'rgba(255, 255, 255, 0.85)',
  range: '#8a6b47',
  desert: '#d9b66f',
  valley: '#7fa35c',
  pipeline: '#d0661e',
  pipelineCasing: '#5e2a08',
  pipelineContext: '#e3a679',
  rail: '#8c2f1b',
  railHatch: '#ffffff',
  otherRail: '#6b5b95',
  ferry: '#2f6f8f',
  road: '#3d6e3a',
  tunnel: '#2f2a25',
  place: '#8c2f1b',
  journey: '#b3261e',
  moment: '#1d4e89'
} as const;

export const FOCUS_FILLS: Record<FocusCountry, string> = {
  CHN: '#f3d2c1',
  KAZ: '#d3e3c4',
  KGZ: '#f2e0a4',
  TJK: '#ddd0ea',
  TKM: '#c4e1dc',
  UZB: '#f5c99c'
};

/** The selection's halo and the hover's lighter one: a warm yellow no layer uses. */
export const HIGHLIGHT = { selected: '#ffc21a', hover: '#ffe27a', emphasis: '#ffc21a' } as const;
