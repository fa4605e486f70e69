// City markers drawn in code and registered with map.addImage (MapLibre: StyleImage), so no sprite is fetched.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { ICONS } from './basemap-layers';
import { PALETTE } from '$lib/data/palette';

interface Disc {
  radius: number;
  fill: [number, number, number];
  ring?: { width: number; color: [number, number, number] };
}

function hexToRgb(hex: string): [number, number, number] {
  const value = parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Rasterizes concentric discs into RGBA pixels, with a one-pixel soft edge. */
export function drawDiscIcon(size: number, discs: Disc[]): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  const centre = (size - 1) / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const distance = Math.hypot(x - centre, y - centre);
      const offset = (y * size + x) * 4;
      for (const disc of discs) {
        const coverage = Math.max(0, Math.min(1, disc.radius + 0.5 - distance));
        if (coverage === 0) continue;
        const inRing = disc.ring && distance > disc.radius - disc.ring.width;
        const [r, g, b] = inRing && disc.ring ? disc.ring.color : disc.fill;
        data[offset] = r;
        data[offset + 1] = g;
        data[offset + 2] = b;
        data[offset + 3] = Math.max(data[offset + 3], Math.round(coverage * 255));
      }
    }
  }
  return { width: size, height: size, data };
}

const INK = hexToRgb(PALETTE.labelCity);
const WHITE: [number, number, number] = [255, 255, 255];

/** Adds the city icons once; safe to call again after a style reload. */
export function addLabelIcons(map: MapLibreMap): void {
  const pixelRatio = 2;
  if (!map.hasImage(ICONS.capital)) {
    const icon = drawDiscIcon(22, [
      { radius: 10, fill: WHITE, ring: { width: 3, color: INK } },
      { radius: 4.5, fill: INK }
    ]);
    map.addImage(ICONS.capital, icon, { pixelRatio });
  }
  if (!map.hasImage(ICONS.city)) {
    map.addImage(ICONS.city, drawDiscIcon(16, [{ radius: 7, fill: INK, ring: { width: 2.5, color: WHITE } }]), {
      pixelRatio
    });
  }
}
