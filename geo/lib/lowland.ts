// A landform's outline read off the relief: the lowland (ground between two heights) connected to a seed point,
// kept inside a box and behind rivers that bound it, outlined by marching squares (d3-contour) on the ETOPO5 grid.
// The Fergana Valley is the basin below 1,000 m that the Tian Shan, Alay and Kurama ranges enclose; the Kyzylkum
// the low desert between the Amu Darya and the Syr Darya.
import { contours } from 'd3-contour';
import type { MultiPolygon, Position } from 'geojson';
import type { Bounds } from '../../src/lib/data/extent';
import type { ElevationGrid } from '../scripts/build-relief';

export interface LowlandSpec {
  /** A point inside the landform. */
  seed: [number, number];
  /** The ground counted: above `above_m` (to leave out a lake's surface) and below `below_m`. */
  above_m?: number;
  below_m: number;
  /** The landform stays inside this box (a gap where the lowland runs on, such as the Khujand gate, is cut). */
  within: Bounds;
}

/** Cells a line runs through, marked densely enough that a fill moving up, down or sideways cannot slip past. */
function markLines(grid: ElevationGrid, lines: Position[][], blocked: Uint8Array) {
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const [a, b] = [line[i - 1], line[i]];
      const steps = Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / (grid.step / 4)) + 1;
      for (let s = 0; s <= steps; s++) {
        const lon = a[0] + ((b[0] - a[0]) * s) / steps;
        const lat = a[1] + ((b[1] - a[1]) * s) / steps;
        const [c, r] = [Math.round((lon - grid.west) / grid.step), Math.round((grid.north - lat) / grid.step)];
        if (r >= 0 && c >= 0 && r < grid.height && c < grid.width) blocked[r * grid.width + c] = 1;
      }
    }
  }
}

/** The lowland's outline as a MultiPolygon in degrees; fails when the seed is not on such ground. */
export function lowlandOutline(grid: ElevationGrid, spec: LowlandSpec, barriers: Position[][] = []): MultiPolygon {
  const { width, height, heights, step, west, north } = grid;
  const [boxWest, boxSouth, boxEast, boxNorth] = spec.within;
  const c0 = Math.max(0, Math.ceil((boxWest - west) / step));
  const c1 = Math.min(width - 1, Math.floor((boxEast - west) / step));
  const r0 = Math.max(0, Math.ceil((north - boxNorth) / step));
  const r1 = Math.min(height - 1, Math.floor((north - boxSouth) / step));
  const blocked = new Uint8Array(width * height);
  markLines(grid, barriers, blocked);
  const low = (i: number) => !blocked[i] && heights[i] < spec.below_m && heights[i] > (spec.above_m ?? 0);

  // Flood fill from the seed over low ground, four neighbours at a time.
  const seed = Math.round((north - spec.seed[1]) / step) * width + Math.round((spec.seed[0] - west) / step);
  if (!low(seed)) throw new Error(`lowlandOutline: the seed ${spec.seed} is not between the heights given`);
  const inside = new Uint8Array(width * height);
  const queue = [seed];
  inside[seed] = 1;
  while (queue.length) {
    const i = queue.pop()!;
    const [r, c] = [Math.floor(i / width), i % width];
    for (const [nr, nc] of [
      [r - 1, c],
      [r + 1, c],
      [r, c - 1],
      [r, c + 1]
    ]) {
      if (nr < r0 || nr > r1 || nc < c0 || nc > c1) continue;
      const n = nr * width + nc;
      if (!inside[n] && low(n)) {
        inside[n] = 1;
        queue.push(n);
      }
    }
  }

  // The box's cells as a field, negated so the lowland is the area above the threshold: the landform's cells keep
  // their height, so the outline follows the contour between cells where the ground rises, and everything else
  // stands far beyond the threshold, so the outline never leaves the landform (a river, the box).
  const [w, h] = [c1 - c0 + 1, r1 - r0 + 1];
  const field = new Array<number>(w * h);
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      const i = (r + r0) * width + (c + c0);
      // Ground too high keeps its height, so the outline is interpolated where it rises; what is cut off (a
      // river cell, a lowland not connected to this one) stands far beyond the threshold.
      const cut = !inside[i] && (blocked[i] || low(i) || heights[i] <= (spec.above_m ?? 0));
      field[r * w + c] = cut ? -10_000 : -Math.max(heights[i], spec.above_m ?? 0);
    }
  }
  const [shape] = contours().size([w, h]).thresholds([-spec.below_m])(field);
  // d3-contour places value i at x = i + 0.5: back to the grid's nodes, then to degrees.
  const toDegrees = ([x, y]: Position): Position => [
    Math.round((west + (c0 + x - 0.5) * step) * 1000) / 1000,
    Math.round((north - (r0 + y - 0.5) * step) * 1000) / 1000
  ];
  // Outer rings only: a mountain island inside a desert (the Tamdytau in the Kyzylkum) is part of it.
  return { type: 'MultiPolygon', coordinates: shape.coordinates.map((polygon) => [polygon[0].map(toDegrees)]) };
}
