// A link preview's picture (1200 × 630 PNG), made while the site is prerendered, without a browser: the region in
// Web Mercator as the static map draws it (src/lib/data/mercator-svg.ts), framed on the chapter, with what the
// chapter shows in colour (its legend members, as the live map shows them) and what it names picked out; its title
// and first line in the page's language, set in the system's fonts (the map's own stack, CJK faces first: they
// cover Chinese, Latin and Cyrillic); the credits small at the foot. The SVG is rasterised by resvg.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import bordersText from '../../../geo/output/data/borders.json?raw';
import bordersDetailText from '../../../geo/output/data/borders-detail.json?raw';
import countriesDetailText from '../../../geo/output/data/countries-detail.json?raw';
import labelsText from '../../../geo/output/data/labels.json?raw';
import catalogText from '../../../static/data/catalog.json?raw';
import countriesText from '../../../static/data/countries.json?raw';
import pipelineText from '../../../static/data/pipeline.json?raw';
import projectsText from '../../../static/data/projects.json?raw';
import railText from '../../../static/data/rail.json?raw';
import { listItems } from '$lib/content/catalog';
import { STORY } from '$lib/content/story';
import { parseBuilt } from '$lib/data/built';
import { FOCUS_COUNTRIES, NATURAL_EARTH_CLIP, REGION_FRAME, type Bounds } from '$lib/data/extent';
import { RELIEF_DIR, RELIEF_TILES } from '$lib/data/files';
import { escapeXml, meets, mercatorY, num, pathOf } from '$lib/data/mercator-svg';
import { FOCUS_FILLS, PALETTE } from '$lib/data/palette';
import type { Lang } from '$lib/i18n/langs';
import { allMembers, legendGroups, memberHas, type LegendMember } from '$lib/map/legend';
import { FONT_STACK } from '$lib/map/style/fonts';
import type { Card } from '$lib/share/card';
import { CARD_IMAGE, type CardSubject } from '$lib/share/pages';
import { cachedBytes, systemFontsFingerprint } from './build-cache';

const { width: W, height: H } = CARD_IMAGE;

/** The text panel on the left; the map's frame fills the rest, above the credits' strip. */
const PANEL = { width: 430, padding: 44 };
const CREDITS_HEIGHT = 30;
const MAP_BOX = { x: PANEL.width + 30, y: 30, width: W - PANEL.width - 60, height: H - CREDITS_HEIGHT - 60 };
/** A chapter's frame is widened to at least this many degrees of longitude: a card shows where the place is. */
const MIN_SPAN_DEG = 14;
const ACCENT = '#8c2f1b';
const PAPER = '#fbf9f4';
const INK = '#2f2a25';
const MUTED = '#5a5148';

/** The overview's countries and borders, and the detail the live map shows from zoom 5 (Fergana's enclaves). */
const OVERVIEW = { countries: parseBuilt('countries', countriesText), borders: parseBuilt('borders', bordersText) };
const DETAIL = {
  countries: parseBuilt('countriesDetail', countriesDetailText),
  borders: parseBuilt('bordersDetail', bordersDetailText)
};
/** A view narrower than this (degrees of longitude) is drawn from the detailed countries. */
const DETAIL_BELOW_DEG = 30;
const labels = parseBuilt('labels', labelsText);
const pipeline = parseBuilt('pipeline', pipelineText);
const rail = parseBuilt('rail', railText);
const projects = parseBuilt('projects', projectsText);
const groups = legendGroups(listItems(parseBuilt('catalog', catalogText)));
const members = allMembers(groups);

type Project = (position: Position) => [number, number];

/** Web Mercator fitting `bounds` into `box`, centred. */
function fit(bounds: Bounds, box: typeof MAP_BOX): { project: Project; scale: number } {
  const [boundsWest, south, boundsEast, north] = bounds;
  const widen = Math.max(0, MIN_SPAN_DEG - (boundsEast - boundsWest)) / 2;
  const [west, east] = [boundsWest - widen, boundsEast + widen];
  const [top, bottom] = [mercatorY(north), mercatorY(south)];
  const scale = Math.min(box.width / (((east - west) * Math.PI) / 180), box.height / (top - bottom));
  const cx = box.x + box.width / 2 - ((((east - west) / 2) * Math.PI) / 180) * scale;
  const cy = box.y + box.height / 2 - ((top - bottom) / 2) * scale;
  const project: Project = ([lon, lat]) => [
    cx + (((lon - west) * Math.PI) / 180) * scale,
    cy + (top - mercatorY(Math.max(-85, Math.min(85, lat)))) * scale
  ];
  return { project, scale };
}

/** The card's whole view in degrees (the map runs under the panel and to the edges). */
function viewBounds(project: Project, scale: number): Bounds {
  const [x0, y0] = project([0, 0]);
  const lon = (x: number) => ((x - x0) / scale) * (180 / Math.PI);
  const lat = (y: number) => (2 * Math.atan(Math.exp((y0 - y) / scale)) - Math.PI / 2) * (180 / Math.PI);
  return [lon(0), lat(H), lon(W), lat(0)];
}

/** The shaded relief's tiles over the view, placed where Web Mercator puts them (the tiles are Web Mercator too). */
function reliefTiles(project: Project, scale: number, view: Bounds): string {
  const worldPx = 2 * Math.PI * scale;
  const zoom = Math.max(RELIEF_TILES.minzoom, Math.min(RELIEF_TILES.maxzoom, Math.round(Math.log2(worldPx / 256))));
  const n = 2 ** zoom;
  const tileX = (lon: number) => Math.floor(((lon + 180) / 360) * n);
  const tileY = (lat: number) => Math.floor(((1 - mercatorY(lat) / Math.PI) / 2) * n);
  const lonOf = (x: number) => (x / n) * 360 - 180;
  const latOf = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / n))) * 180) / Math.PI;
  const [west, south, east, north] = view;
  const clip = NATURAL_EARTH_CLIP;
  const images: string[] = [];
  for (let x = tileX(Math.max(west, clip[0])); x <= tileX(Math.min(east, clip[2])); x++)
    for (let y = tileY(Math.min(north, clip[3])); y <= tileY(Math.max(south, clip[1])); y++) {
      const file = join('static', RELIEF_DIR, String(zoom), String(x), `${y}.png`);
      if (!existsSync(file)) continue;
      const [left, top] = project([lonOf(x), latOf(y)]);
      const [right, bottom] = project([lonOf(x + 1), latOf(y + 1)]);
      const data = readFileSync(file).toString('base64');
      images.push(
        `<image href="data:image/png;base64,${data}" x="${num(left)}" y="${num(top)}" width="${num(right - left)}" height="${num(bottom - top)}" preserveAspectRatio="none"/>`
      );
    }
  return `<g opacity="0.8">${images.join('')}</g>`;
}

/** The legend members a chapter shows (the atlas's card: all), as the story's layer state decides them. */
function shownMembers(subject: CardSubject): LegendMember[] {
  const layers = subject.kind === 'atlas' ? 'all' : subject.chapter.layers;
  if (layers === 'all') return members;
  const ids = new Set(layers.flatMap((id) => groups.find((g) => g.id === id)?.members.map((m) => m.id) ?? [id]));
  return members.filter((m) => ids.has(m.id));
}

const isFocus = (iso3: unknown) => FOCUS_COUNTRIES.includes(iso3 as (typeof FOCUS_COUNTRIES)[number]);

/** Average advance of a character in em (CJK full width; Latin and Cyrillic about half): enough to wrap lines. */
function advance(char: string): number {
  if (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u.test(char)) return 1;
  if (char === ' ') return 0.26;
  if (/[A-ZА-ЯЁ]/u.test(char)) return 0.66;
  if (/[.,:;'’“”!|()\-–]/u.test(char)) return 0.32;
  return 0.54;
}
const widthOf = (text: string, size: number) => [...text].reduce((sum, c) => sum + advance(c), 0) * size;

/** Characters a line must not start with (CJK closing punctuation stays with the word before it). */
const NO_LINE_START = /^[，。、：；！？）」』”’》,.;:!?)]/u;

/** `text` in lines of at most `width` px at `size`: at spaces, after a dash, or between any two CJK characters. */
export function wrap(text: string, size: number, width: number): string[] {
  const tokens =
    text.match(
      /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f][，。、：；！？）」』”’》]*|[^\s\u2e80-\u9fff\uff00-\uffef\u3000-\u303f–]+(?:–|\s*)|–|\s+/gu
    ) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && widthOf((line + token).trimEnd(), size) > width && !NO_LINE_START.test(token)) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Lines of `text` set from the largest size that fits `maxLines` (down to `minSize`, then cut with an ellipsis). */
function fitLines(text: string, sizes: number[], width: number, maxLines: number) {
  for (const size of sizes) {
    const lines = wrap(text, size, width);
    // A word longer than the measure stays whole on its line: a smaller size then.
    if (lines.length <= maxLines && lines.every((line) => widthOf(line, size) <= width)) return { size, lines };
  }
  const size = sizes[sizes.length - 1];
  const all = wrap(text, size, width);
  const lines = all.slice(0, maxLines);
  // Cut only when there is more than fits (a long Russian word alone can overrun the measure in fewer lines).
  if (all.length > maxLines) lines[maxLines - 1] = `${lines[maxLines - 1].replace(/.$/u, '')}…`;
  return { size, lines };
}

const textBlock = (lines: string[], x: number, y: number, size: number, lineHeight: number, attrs: string) =>
  `<text x="${x}" y="${y}" font-size="${size}" ${attrs}>${lines
    .map((line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : num(size * lineHeight)}">${escapeXml(line)}</tspan>`)
    .join('')}</text>`;

function paths<P>(features: Feature<Geometry, P>[], project: Project, attrs: (p: P) => string): string {
  return features.map((f) => `<path d="${pathOf(f.geometry, project)}" ${attrs(f.properties)}/>`).join('');
}

/** The card's picture as SVG text. */
export function cardSvg(card: Card, subject: CardSubject, lang: Lang): string {
  const bounds = subject.kind === 'atlas' ? REGION_FRAME : subject.chapter.bounds;
  const { project, scale } = fit(bounds, MAP_BOX);
  const view = viewBounds(project, scale);
  const { countries, borders } = view[2] - view[0] < DETAIL_BELOW_DEG ? DETAIL : OVERVIEW;
  const inView = <G extends Geometry, P>(c: FeatureCollection<G, P>) =>
    c.features.filter((f) => f.geometry && meets(f.geometry, view, 2));
  const shown = shownMembers(subject);
  const isShown = (p: object) => shown.some((m) => memberHas(m, p as never));
  const highlight = new Set(subject.kind === 'atlas' ? [] : subject.chapter.highlight);
  const picked = (p: { id?: unknown; group?: unknown; project?: unknown }) =>
    [p.id, p.group, p.project].some((id) => typeof id === 'string' && highlight.has(id));

  const lines = [...inView(rail), ...inView(pipeline), ...inView(projects)].filter(
    (f) => f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString'
  );
  const colour = (p: { layer?: unknown; kind?: unknown; mode?: unknown }) =>
    p.kind === 'pipeline-line'
      ? PALETTE.pipeline
      : p.mode === 'road'
        ? PALETTE.road
        : p.mode === 'tunnel'
          ? PALETTE.tunnel
          : p.layer === 'other-trains'
            ? PALETTE.otherRail
            : PALETTE.rail;
  const faint = lines.filter((f) => !isShown(f.properties));
  const lit = lines.filter((f) => isShown(f.properties));

  const points = inView(projects).filter(
    (f): f is Feature<Point, (typeof f)['properties']> => f.geometry.type === 'Point'
  );
  const pickedPoints = points.filter((f) => picked(f.properties));
  /** Where a picked line is named: the middle of its longest part (one name for each id). */
  const lineAnchors = new Map<string, { at: Position; length: number; properties: object }>();
  for (const f of lit.filter((f) => picked(f.properties))) {
    const g = f.geometry;
    const parts = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
    for (const part of parts) {
      const id = String(f.properties.id);
      if ((lineAnchors.get(id)?.length ?? -1) >= part.length) continue;
      lineAnchors.set(id, { at: part[Math.floor(part.length / 2)], length: part.length, properties: f.properties });
    }
  }
  const pointIds = new Set(pickedPoints.map((f) => f.properties.id));
  const named: { at: Position; properties: object; marker: boolean }[] = [
    ...pickedPoints.map((f) => ({ at: f.geometry.coordinates, properties: f.properties, marker: true })),
    ...[...lineAnchors].filter(([id]) => !pointIds.has(id)).map(([, a]) => ({ ...a, marker: false }))
  ];
  const marker = (at: Position) => {
    const [x, y] = project(at);
    return `<circle cx="${num(x)}" cy="${num(y)}" r="9" fill="${PALETTE.place}" stroke="#fff" stroke-width="3"/>`;
  };
  const nameOf = (p: object, lang: Lang) => String((p as Record<string, unknown>)[`name_${lang}`] ?? '');
  const placeLabel = ({ at, properties }: { at: Position; properties: object }) => {
    const [x, y] = project(at);
    const name = nameOf(properties, lang);
    // Kept on the card: a name that would run off its right edge is set to the left of its mark.
    const right = x + 14 + widthOf(name, 21) < W - 12;
    return `<text x="${num(right ? x + 14 : x - 14)}" y="${num(y + 7)}" font-size="21" font-weight="700" text-anchor="${right ? 'start' : 'end'}" fill="${INK}" stroke="#fff" stroke-width="5" stroke-linejoin="round" paint-order="stroke">${escapeXml(name)}</text>`;
  };

  const countryLabels = inView(labels).filter((f) => f.properties.kind === 'country' && isFocus(f.properties.iso3));
  const countryLabel = (f: Feature<Point, object>) => {
    const [x, y] = project(f.geometry.coordinates);
    if (x < PANEL.width + 20 || x > W - 20 || y < 20 || y > H - CREDITS_HEIGHT - 10) return '';
    return `<text x="${num(x)}" y="${num(y)}" font-size="19" text-anchor="middle" fill="${PALETTE.labelCountry}" fill-opacity="0.75" letter-spacing="2">${escapeXml(nameOf(f.properties, lang))}</text>`;
  };

  const journey =
    subject.kind === 'chapter' && subject.chapter.journey === 'path'
      ? `<path d="${pathOf({ type: 'LineString', coordinates: STORY.journey.path }, project)}" fill="none" stroke="${PALETTE.journey}" stroke-width="5" stroke-dasharray="14 8" stroke-linecap="round"/>`
      : subject.kind === 'chapter' && subject.chapter.journey === 'moments'
        ? STORY.journey.moments
            .map((m) => {
              const [x, y] = project(m.place.coord);
              return `<circle cx="${num(x)}" cy="${num(y)}" r="8" fill="${PALETTE.moment}" stroke="#fff" stroke-width="3"/>`;
            })
            .join('')
        : '';

  const textWidth = PANEL.width - PANEL.padding * 2;
  // Bold Latin runs about a tenth wider than the average advance: the title wraps to a narrower measure.
  const title = fitLines(card.title, [56, 50, 44, 38], textWidth * 0.88, 4);
  const titleTop = 150;
  const titleBottom = titleTop + (title.lines.length - 1) * title.size * 1.22;
  const quote = card.quoteLine ? fitLines(card.quoteLine, [26, 23, 20], textWidth, 5) : null;
  const quoteTop = titleBottom + 34 + (quote?.size ?? 0);

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT_STACK.join(', ')}">`,
    `<rect width="${W}" height="${H}" fill="${PALETTE.sea}"/>`,
    `<g stroke="${PALETTE.landOutline}" stroke-width="0.8" stroke-linejoin="round">`,
    paths(inView(countries), project, (p) => `fill="${isFocus(p.iso3) ? FOCUS_FILLS[p.iso3 as never] : PALETTE.land}"`),
    '</g>',
    reliefTiles(project, scale, view),
    `<g fill="none" stroke-linejoin="round" stroke-linecap="round">`,
    paths(
      inView(borders).filter((f) => f.properties.kind === 'international'),
      project,
      () => `stroke="${PALETTE.border}" stroke-width="1"`
    ),
    paths(
      inView(borders).filter((f) => f.properties.kind === 'focus-outline'),
      project,
      () => `stroke="${PALETTE.focusOutline}" stroke-width="1.6"`
    ),
    paths(faint, project, () => `stroke="#8b857a" stroke-opacity="0.35" stroke-width="1.5"`),
    paths(lit, project, (p) => `stroke="${colour(p)}" stroke-width="${picked(p) ? 6 : 3.5}"`),
    '</g>',
    journey,
    countryLabels.map(countryLabel).join(''),
    named
      .filter((n) => n.marker)
      .map((n) => marker(n.at))
      .join(''),
    named.map(placeLabel).join(''),
    `<rect width="${PANEL.width}" height="${H}" fill="${PAPER}" fill-opacity="0.95"/>`,
    `<rect width="10" height="${H}" fill="${ACCENT}"/>`,
    `<text x="${PANEL.padding}" y="84" font-size="24" letter-spacing="3" fill="${ACCENT}">${escapeXml(card.siteName)}</text>`,
    textBlock(title.lines, PANEL.padding, titleTop, title.size, 1.22, `font-weight="700" fill="${INK}"`),
    quote ? textBlock(quote.lines, PANEL.padding, quoteTop, quote.size, 1.45, `fill="${MUTED}"`) : '',
    `<rect y="${H - CREDITS_HEIGHT}" width="${W}" height="${CREDITS_HEIGHT}" fill="${PAPER}" fill-opacity="0.9"/>`,
    `<text x="${PANEL.padding}" y="${H - 10}" font-size="14" fill="${MUTED}">${escapeXml(card.credits)}</text>`,
    '</svg>'
  ].join('\n');
}

/**
 * Bits kept of each colour channel. The relief's fine shading is what makes a map a large PNG (resvg's own output
 * is 170–460 KB); 32 levels a channel leave no visible banding over the relief's grey and bring every card to
 * about 200 KB, within CARD_IMAGE.budgetBytes.
 */
const CHANNEL_BITS = 5;

/** RGBA pixels as an opaque PNG (no alpha channel: the card has no transparency) with fewer levels per channel. */
function compactPng(rgba: Buffer, width: number, height: number): Buffer {
  const step = 2 ** (8 - CHANNEL_BITS);
  const data = Buffer.from(rgba);
  for (let i = 0; i < data.length; i++) if (i % 4 !== 3) data[i] = Math.min(255, Math.round(data[i] / step) * step);
  const png = new PNG({ width, height });
  png.data = data;
  return PNG.sync.write(png, { colorType: 2, inputColorType: 6, deflateLevel: 9 });
}

/** The rasteriser's version: a part of each cached picture's key, as the SVG and the options are. */
const RESVG_VERSION = (createRequire(import.meta.url)('@resvg/resvg-js/package.json') as { version: string }).version;

/** The card's picture as PNG bytes (made once per SVG: src/lib/server/build-cache.ts). */
export function cardPng(card: Card, subject: CardSubject, lang: Lang): Buffer {
  const svg = cardSvg(card, subject, lang);
  const options = {
    fitTo: { mode: 'width', value: W },
    background: PALETTE.sea,
    font: { loadSystemFonts: true, defaultFontFamily: FONT_STACK[0] }
  } as const;
  const key = [
    svg,
    JSON.stringify(options),
    `resvg ${RESVG_VERSION}`,
    `channel bits ${CHANNEL_BITS}`,
    compactPng.toString(), // the packing of the pixels: a change to it makes the pictures again
    systemFontsFingerprint()
  ];
  return cachedBytes('cards', key, () => {
    const image = new Resvg(svg, options).render();
    return compactPng(image.pixels, image.width, image.height);
  });
}
