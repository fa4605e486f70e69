// Project badges drawn on a canvas and registered with map.addImage (MapLibre: StyleImage), so no sprite is
// fetched: a coloured disc with one Chinese character naming the kind (气 gas, 铁 rail, 风 wind, 路 road …).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { FONT_STACK_CSS } from './fonts';
import { PROJECT_ICONS, projectIconId } from './network-layers';

const SIZE = 28;
const PIXEL_RATIO = 2;

function drawBadge(context: CanvasRenderingContext2D, glyph: string, colour: string): ImageData {
  const px = SIZE * PIXEL_RATIO;
  context.clearRect(0, 0, px, px);
  context.beginPath();
  context.arc(px / 2, px / 2, px / 2 - 3, 0, Math.PI * 2);
  context.fillStyle = colour;
  context.fill();
  context.lineWidth = 4;
  context.strokeStyle = '#ffffff';
  context.stroke();
  context.fillStyle = '#ffffff';
  context.font = `bold ${Math.round(px * 0.5)}px ${FONT_STACK_CSS}`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(glyph, px / 2, px / 2 + 1);
  return context.getImageData(0, 0, px, px);
}

export function addProjectIcons(map: MapLibreMap): void {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = SIZE * PIXEL_RATIO;
  // Drawn on the CPU: a canvas on the GPU would have every badge's pixels read back from it, which software
  // WebGL pays for (about 45 ms a badge, measured in a trace of the first view).
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  for (const [project, { glyph, colour }] of Object.entries(PROJECT_ICONS)) {
    const id = projectIconId(project);
    if (!map.hasImage(id)) map.addImage(id, drawBadge(context, glyph, colour), { pixelRatio: PIXEL_RATIO });
  }
}
