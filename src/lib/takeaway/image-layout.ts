// Where everything goes on an exported image: a title band above the map, the map, and below it the legend
// of the visible layers, a scale bar and the credits. Pure (text is measured by the function passed in), so
// the placement is tested without a browser; export-image.ts paints it.
import { SWATCH_BOX, type SwatchPart } from '$lib/map/legend';

export interface ImageContent {
  title: string;
  subtitle: string;
  /** What the image shows: the selected feature, or the chapter, or the timeline's month. */
  caption: string | null;
  legend: { label: string; parts: SwatchPart[] }[];
  /** A scale bar: its length in CSS px of the map and what that length is on the ground. */
  scale: { px: number; label: string } | null;
  credits: string[];
}

export interface Font {
  size: number;
  weight: 'normal' | 'bold';
}

export type Measure = (text: string, font: Font) => number;

export type Block =
  | { type: 'text'; text: string; x: number; y: number; font: Font; colour: string }
  | { type: 'swatch'; parts: SwatchPart[]; x: number; y: number; width: number; height: number }
  | { type: 'scale'; x: number; y: number; width: number; label: string };

export interface ImageLayout {
  width: number;
  height: number;
  map: { x: number; y: number; width: number; height: number };
  blocks: Block[];
}

export const FONTS = {
  title: { size: 20, weight: 'bold' },
  subtitle: { size: 12, weight: 'normal' },
  caption: { size: 14, weight: 'bold' },
  legend: { size: 12, weight: 'normal' },
  credit: { size: 10, weight: 'normal' }
} as const satisfies Record<string, Font>;

const MARGIN = 16;
const SWATCH = SWATCH_BOX;
const LEGEND_ROW = 22;
const LEGEND_COLUMN_MIN = 200;
/** Text baselines sit this far below the top of their line, as a share of the font size. */
const ASCENT = 0.9;

/** Breaks text into lines no wider than `width` (at spaces where there are any, else anywhere: CJK). */
export function wrap(text: string, width: number, font: Font, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const tokens = text.match(/\S+\s*|\s+/g) ?? [];
  for (const token of tokens.flatMap((t) => (measure(t, font) > width ? [...t] : [t]))) {
    if (line && measure(line + token, font) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The layout of an image around a map `mapWidth` × `mapHeight` CSS px (scaled up when painted). */
export function layoutImage(content: ImageContent, mapWidth: number, mapHeight: number, measure: Measure): ImageLayout {
  const width = mapWidth + 2 * MARGIN;
  const inner = width - 2 * MARGIN;
  const blocks: Block[] = [];
  let y = MARGIN;
  const text = (line: string, font: Font, colour: string) => {
    blocks.push({ type: 'text', text: line, x: MARGIN, y: y + font.size * ASCENT, font, colour });
    y += Math.round(font.size * 1.35);
  };
  for (const line of wrap(content.title, inner, FONTS.title, measure)) text(line, FONTS.title, '#1d2a33');
  for (const line of wrap(content.subtitle, inner, FONTS.subtitle, measure)) text(line, FONTS.subtitle, '#4a5a66');
  if (content.caption)
    for (const line of wrap(content.caption, inner, FONTS.caption, measure)) text(line, FONTS.caption, '#9a3412');
  y += 6;
  const map = { x: MARGIN, y, width: mapWidth, height: mapHeight };
  y += mapHeight + 10;

  // The legend in as many columns as fit, filled row by row.
  const columns = Math.max(1, Math.floor(inner / LEGEND_COLUMN_MIN));
  const columnWidth = inner / columns;
  content.legend.forEach((entry, i) => {
    const x = MARGIN + (i % columns) * columnWidth;
    const top = y + Math.floor(i / columns) * LEGEND_ROW;
    blocks.push({ type: 'swatch', parts: entry.parts, x, y: top, ...SWATCH });
    const labelWidth = columnWidth - SWATCH.width - 14;
    const label = wrap(entry.label, labelWidth, FONTS.legend, measure)[0] ?? '';
    const shown = label.length < entry.label.length ? `${label.slice(0, -1)}…` : label;
    blocks.push({
      type: 'text',
      text: shown,
      x: x + SWATCH.width + 6,
      y: top + SWATCH.height / 2 + FONTS.legend.size * 0.35,
      font: FONTS.legend,
      colour: '#1d2a33'
    });
  });
  y += Math.ceil(content.legend.length / columns) * LEGEND_ROW + (content.legend.length > 0 ? 6 : 0);

  if (content.scale) {
    blocks.push({ type: 'scale', x: MARGIN, y, width: content.scale.px, label: content.scale.label });
    y += 26;
  }
  for (const credit of content.credits)
    for (const line of wrap(credit, inner, FONTS.credit, measure)) text(line, FONTS.credit, '#4a5a66');
  return { width, height: Math.ceil(y + MARGIN - 4), map, blocks };
}

/** A round length for a scale bar at most `maxMetres` long: 1, 2, 3 or 5 times a power of ten. */
export function roundScale(maxMetres: number): { metres: number; label: string } {
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 3, 2, 1].find((s) => s * power <= maxMetres) ?? 1;
  const metres = step * power;
  return { metres, label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m` };
}
