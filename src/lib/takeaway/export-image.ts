// Paints an exported image: the map drawn at twice its size with the title, the legend, the scale bar and the
// credits placed by image-layout.ts. The map comes in as any drawable image (the live map's canvas, captured
// in the frame it was drawn, or a static picture).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { SWATCH_BADGE_RADIUS, swatchDashes, swatchRadius, swatchStroke, type SwatchPart } from '$lib/map/legend';
import { FONT_STACK_CSS } from '$lib/map/style/fonts';
import { REGION_FRAME } from '$lib/data/extent';
import { layoutImage, roundScale, type Block, type Font, type ImageContent, type ImageLayout } from './image-layout';

export const EXPORT_SCALE = 2;
const SCALE_MAX_PX = 120;

/**
 * The page's Latin-first stack (app.css `--font-latin`): the image mixes English with Chinese, and a CJK face
 * would set English punctuation full width; Chinese falls through to the CJK faces in the same stack.
 */
function imageFontFamily(): string {
  return getComputedStyle(document.documentElement).getPropertyValue('--font-latin').trim() || FONT_STACK_CSS;
}

const cssFont = (font: Font) => `${font.weight} ${font.size}px ${imageFontFamily()}`;

/** Text width measured by a canvas, for the layout. */
export function canvasMeasure(context: CanvasRenderingContext2D) {
  return (text: string, font: Font) => {
    context.font = cssFont(font);
    return context.measureText(text).width;
  };
}

/** The live map drawn at `scale` × its size: the pixel ratio raised, one frame drawn and copied, put back. */
export async function captureMap(map: MapLibreMap, scale = EXPORT_SCALE): Promise<HTMLCanvasElement> {
  const before = map.getPixelRatio();
  map.setPixelRatio(scale);
  try {
    await new Promise<void>((resolve) =>
      map.loaded() && !map.isMoving() ? resolve() : map.once('idle', () => resolve())
    );
    // The drawing buffer is only readable within the frame that drew it, so the copy happens in 'render'.
    return await new Promise<HTMLCanvasElement>((resolve) => {
      map.once('render', () => {
        const source = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        copy.getContext('2d')!.drawImage(source, 0, 0);
        resolve(copy);
      });
      map.triggerRepaint();
    });
  } finally {
    map.setPixelRatio(before);
  }
}

/** A scale bar for the middle of the map: the longest round length that fits in `SCALE_MAX_PX`. */
export function mapScale(map: MapLibreMap): ImageContent['scale'] {
  const { clientWidth, clientHeight } = map.getContainer();
  const y = clientHeight / 2;
  const left = map.unproject([clientWidth / 2 - SCALE_MAX_PX / 2, y]);
  const right = map.unproject([clientWidth / 2 + SCALE_MAX_PX / 2, y]);
  const maxMetres = left.distanceTo(right);
  if (!(maxMetres > 0)) return null;
  const { metres, label } = roundScale(maxMetres);
  return { px: (SCALE_MAX_PX * metres) / maxMetres, label };
}

/**
 * A scale bar for the static map drawn `width` px wide: it is Web Mercator over REGION_FRAME, so a pixel spans
 * the same longitude everywhere and its length on the ground is that of the frame's middle latitude.
 */
export function staticMapScale(width: number): ImageContent['scale'] {
  const [west, south, east, north] = REGION_FRAME;
  const metresPerDegree = (2 * Math.PI * 6_371_008.8) / 360;
  const metresPerPx = ((east - west) / width) * metresPerDegree * Math.cos((((south + north) / 2) * Math.PI) / 180);
  const { metres, label } = roundScale(SCALE_MAX_PX * metresPerPx);
  return { px: metres / metresPerPx, label };
}

/** An image loaded and decoded (the static map). */
export async function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  await image.decode();
  return image;
}

function paintSwatch(
  context: CanvasRenderingContext2D,
  parts: SwatchPart[],
  x: number,
  y: number,
  w: number,
  h: number
) {
  for (const part of parts) {
    context.save();
    switch (part.type) {
      case 'fill':
        context.globalAlpha = part.opacity;
        context.fillStyle = part.colour;
        context.fillRect(x + 2, y + 2, w - 4, h - 4);
        break;
      case 'line':
        context.globalAlpha = part.opacity;
        context.strokeStyle = part.colour;
        context.lineWidth = swatchStroke(part);
        context.setLineDash(swatchDashes(part) ?? []);
        context.beginPath();
        context.moveTo(x + 3, y + h / 2);
        context.lineTo(x + w - 3, y + h / 2);
        context.stroke();
        break;
      case 'circle':
        context.fillStyle = part.colour;
        context.strokeStyle = part.stroke;
        context.lineWidth = 2;
        context.beginPath();
        context.arc(x + w / 2, y + h / 2, swatchRadius(part), 0, 2 * Math.PI);
        context.fill();
        context.stroke();
        break;
      case 'icon':
        context.fillStyle = part.colour;
        context.beginPath();
        context.arc(x + w / 2, y + h / 2, SWATCH_BADGE_RADIUS, 0, 2 * Math.PI);
        context.fill();
        context.fillStyle = '#fff';
        context.font = cssFont({ size: 10, weight: 'bold' });
        context.textAlign = 'center';
        context.textBaseline = 'middle';
        context.fillText(part.glyph, x + w / 2, y + h / 2 + 0.5);
        break;
    }
    context.restore();
  }
}

function paintBlock(context: CanvasRenderingContext2D, block: Block) {
  switch (block.type) {
    case 'text':
      context.font = cssFont(block.font);
      context.fillStyle = block.colour;
      context.fillText(block.text, block.x, block.y);
      break;
    case 'swatch':
      paintSwatch(context, block.parts, block.x, block.y, block.width, block.height);
      break;
    case 'scale':
      context.strokeStyle = '#1d2a33';
      context.lineWidth = 1.5;
      context.beginPath();
      context.moveTo(block.x, block.y);
      context.lineTo(block.x, block.y + 6);
      context.lineTo(block.x + block.width, block.y + 6);
      context.lineTo(block.x + block.width, block.y);
      context.stroke();
      context.font = cssFont({ size: 11, weight: 'normal' });
      context.fillStyle = '#1d2a33';
      context.fillText(block.label, block.x + block.width + 6, block.y + 9);
      break;
  }
}

/** Paints the whole image at `scale` onto a new canvas; returns it with its layout (in CSS px). */
export function composeImage(
  content: ImageContent,
  mapImage: CanvasImageSource,
  mapSize: { width: number; height: number },
  scale = EXPORT_SCALE
): { canvas: HTMLCanvasElement; layout: ImageLayout } {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d')!;
  const layout = layoutImage(content, mapSize.width, mapSize.height, canvasMeasure(context));
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, layout.width, layout.height);
  const { x, y, width, height } = layout.map;
  context.drawImage(mapImage, x, y, width, height);
  context.strokeStyle = '#c9d3da';
  context.strokeRect(x - 0.5, y - 0.5, width + 1, height + 1);
  for (const block of layout.blocks) paintBlock(context, block);
  return { canvas, layout };
}

export const toPngBlob = (canvas: HTMLCanvasElement): Promise<Blob> =>
  new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded'))), 'image/png')
  );
