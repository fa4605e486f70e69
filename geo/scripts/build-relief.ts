// Shaded relief from ETOPO5 (NOAA, 5′ grid): a hillshade computed on the grid, then drawn into Web Mercator tiles
// as PNG, black with alpha for slopes facing away from the light, white with alpha for slopes facing it, clear on
// flat ground and at sea. The map lays the tiles over the country tints, so mountains read on every colour.
import { PNG } from 'pngjs';
import type { Bounds } from '../../src/lib/data/extent';
import { tilesCovering } from '../lib/tiles';

/** ETOPO5 cut to a box: whole metres, row 0 the northern edge, column 0 the western edge, nodes 5′ apart. */
export interface ElevationGrid {
  width: number;
  height: number;
  west: number;
  north: number;
  step: number;
  heights: Int16Array;
}

export interface ReliefOptions {
  /** Tile zooms to write: the source's minzoom to maxzoom (the map overzooms past it: the grid is ~9 km). */
  zooms: [number, number];
  /** Vertical exaggeration: a 9 km grid flattens slopes, so they are steepened to read at the map's scale. */
  exaggeration: number;
}

export const RELIEF_OPTIONS: ReliefOptions = { zooms: [1, 5], exaggeration: 5 };

const TILE = 256;
const DEG = Math.PI / 180;
/** Light from the north-west, 45° above the horizon, as cartographers light relief. */
const LIGHT = { azimuth: 315 * DEG, altitude: 45 * DEG };
const FLAT = Math.sin(LIGHT.altitude);

export function readElevationGrid(
  bytes: Buffer,
  meta: { width: number; height: number; lon_first: number; lat_first: number; step_deg: number }
): ElevationGrid {
  const heights = new Int16Array(meta.width * meta.height);
  for (let i = 0; i < heights.length; i++) heights[i] = bytes.readInt16LE(i * 2);
  return {
    width: meta.width,
    height: meta.height,
    west: meta.lon_first,
    north: meta.lat_first,
    step: meta.step_deg,
    heights
  };
}

export function gridBounds(grid: ElevationGrid): Bounds {
  return [grid.west, grid.north - (grid.height - 1) * grid.step, grid.west + (grid.width - 1) * grid.step, grid.north];
}

/** The hillshade at every node, as a brightness change from flat ground (-1 … 1); 0 at sea. */
export function hillshade(grid: ElevationGrid, exaggeration: number): Float32Array {
  const { width, height, heights, step } = grid;
  const shade = new Float32Array(width * height);
  const light = [
    Math.cos(LIGHT.altitude) * Math.sin(LIGHT.azimuth),
    Math.cos(LIGHT.altitude) * Math.cos(LIGHT.azimuth),
    Math.sin(LIGHT.altitude)
  ];
  const at = (r: number, c: number) =>
    heights[Math.min(height - 1, Math.max(0, r)) * width + Math.min(width - 1, Math.max(0, c))];
  for (let r = 0; r < height; r++) {
    const lat = grid.north - r * step;
    const dy = step * 111_320;
    const dx = Math.max(dy * Math.cos(lat * DEG), 1);
    for (let c = 0; c < width; c++) {
      if (at(r, c) <= 0) continue;
      // Slope east and north (sea counted as sea level, so coasts do not cast cliffs).
      const zx = ((Math.max(at(r, c + 1), 0) - Math.max(at(r, c - 1), 0)) / (2 * dx)) * exaggeration;
      const zy = ((Math.max(at(r - 1, c), 0) - Math.max(at(r + 1, c), 0)) / (2 * dy)) * exaggeration;
      const norm = Math.hypot(zx, zy, 1);
      shade[r * width + c] = (-zx * light[0] - zy * light[1] + light[2]) / norm - FLAT;
    }
  }
  return shade;
}

/** The shade at a longitude and latitude, interpolated between the four nodes around it; null outside. */
function sample(grid: ElevationGrid, shade: Float32Array, lon: number, lat: number): number | null {
  const x = (lon - grid.west) / grid.step;
  const y = (grid.north - lat) / grid.step;
  if (x < 0 || y < 0 || x > grid.width - 1 || y > grid.height - 1) return null;
  const [c, r] = [Math.min(Math.floor(x), grid.width - 2), Math.min(Math.floor(y), grid.height - 2)];
  const [fx, fy] = [x - c, y - r];
  const v = (rr: number, cc: number) => shade[rr * grid.width + cc];
  return (
    v(r, c) * (1 - fx) * (1 - fy) +
    v(r, c + 1) * fx * (1 - fy) +
    v(r + 1, c) * (1 - fx) * fy +
    v(r + 1, c + 1) * fx * fy
  );
}

const tileLon = (x: number, z: number) => (x / 2 ** z) * 360 - 180;
const tileLat = (y: number, z: number) => Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** z))) / DEG;
/**
 * A picture of the relief: shadows black and lit slopes white, alpha growing with the change, quantized so PNG
 * packs it small. `place` gives the longitude and latitude of a point of the picture (pixel units); where a pixel
 * spans several grid nodes (the zoomed-out tiles), the shade is averaged over `samples` × `samples` points in it,
 * so the picture shows the ranges rather than speckle from whichever node a pixel happens to fall on.
 */
function paint(
  grid: ElevationGrid,
  shade: Float32Array,
  width: number,
  height: number,
  place: (px: number, py: number) => [number, number],
  samples: number
): Buffer {
  const png = new PNG({ width, height, colorType: 4, inputColorType: 6 });
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      let sum = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          sum += sample(grid, shade, ...place(px + (sx + 0.5) / samples, py + (sy + 0.5) / samples)) ?? 0;
        }
      }
      const value = sum / (samples * samples);
      const i = (py * width + px) * 4;
      const strength = value < 0 ? Math.min(1, -value * 1.6) : Math.min(1, value * 1.1);
      // 32 steps of alpha (fewer show as terraces when zoom 7 enlarges a tile), and none for the faintest slopes:
      // the plains stay clear and the tiles small.
      const alpha = strength < 0.06 ? 0 : Math.round(strength * 0.85 * 31) * 8;
      const tone = value < 0 ? 0 : 255;
      png.data[i] = png.data[i + 1] = png.data[i + 2] = tone;
      png.data[i + 3] = alpha;
    }
  }
  return PNG.sync.write(png, { colorType: 4, deflateLevel: 9 });
}

/** How many samples a side a pixel `degrees` wide needs to cover the grid nodes under it (at most 6). */
const samplesFor = (grid: ElevationGrid, degrees: number) => Math.min(6, Math.max(1, Math.ceil(degrees / grid.step)));

/** One Web Mercator tile. */
function drawTile(grid: ElevationGrid, shade: Float32Array, z: number, x: number, y: number): Buffer {
  const place = (px: number, py: number): [number, number] => [tileLon(x + px / TILE, z), tileLat(y + py / TILE, z)];
  return paint(grid, shade, TILE, TILE, place, samplesFor(grid, 360 / 2 ** z / TILE));
}

/**
 * The relief as one picture of `width` × `height` px for a map that places pixels with `unproject` (the static
 * map's Web Mercator frame).
 */
export function reliefPicture(
  grid: ElevationGrid,
  width: number,
  height: number,
  unproject: (x: number, y: number) => [number, number],
  options: ReliefOptions = RELIEF_OPTIONS
): Buffer {
  const degreesPerPixel = unproject(1, 0)[0] - unproject(0, 0)[0];
  return paint(
    grid,
    hillshade(grid, options.exaggeration),
    width,
    height,
    unproject,
    samplesFor(grid, degreesPerPixel)
  );
}

/** Every tile of the relief, keyed by its path under static/ (`data/relief/z/x/y.png`). */
export function buildRelief(grid: ElevationGrid, options: ReliefOptions = RELIEF_OPTIONS): Map<string, Buffer> {
  const shade = hillshade(grid, options.exaggeration);
  const tiles = new Map<string, Buffer>();
  for (let z = options.zooms[0]; z <= options.zooms[1]; z++) {
    for (const [tz, tx, ty] of tilesCovering(gridBounds(grid), z)) {
      tiles.set(`data/relief/${tz}/${tx}/${ty}.png`, drawTile(grid, shade, tz, tx, ty));
    }
  }
  return tiles;
}
