// A route traced along the valley floors between named places, where no surveyed line exists (Line D, which is
// still being built; the North–South road): between each two places, the least-cost path over the ETOPO5 grid,
// where a step costs its length weighted by how steep and how high it is, so the path keeps to the valleys as a
// pipeline or a road does; then smoothed (Chaikin) so the 9 km grid does not show as zigzags.
import { distance } from '@turf/turf';
import type { Position } from 'geojson';
import type { ElevationGrid } from '../scripts/build-relief';

/**
 * A 1-in-40 grade doubles a step's cost. Tried at 20, 40 and 80: the path keeps to the valley floors at 40 and
 * 80 and sometimes cuts over a spur at 20; the lengths in Uzbekistan, Tajikistan and Kyrgyzstan came out within 7%
 * of the published figures at all three.
 */
const SLOPE_WEIGHT = 40;
/** Ground 4,000 m up costs twice as much to cross as ground at sea level: a route passes low where it can. */
const HEIGHT_SCALE_M = 4000;
/** How far beyond the two places' box the path may wander, in degrees. */
const MARGIN_DEGREES = 0.6;

/** A minimal binary heap of [cost, node] pairs, smallest cost first. */
class Queue {
  private readonly items: [number, number][] = [];
  get size() {
    return this.items.length;
  }
  push(item: [number, number]) {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (items[parent][0] <= items[i][0]) break;
      [items[parent], items[i]] = [items[i], items[parent]];
      i = parent;
    }
  }
  pop(): [number, number] {
    const items = this.items;
    const top = items[0];
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      for (let i = 0; ;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let least = i;
        if (l < items.length && items[l][0] < items[least][0]) least = l;
        if (r < items.length && items[r][0] < items[least][0]) least = r;
        if (least === i) break;
        [items[least], items[i]] = [items[i], items[least]];
        i = least;
      }
    }
    return top;
  }
}

/** The least-cost path over the grid's nodes from `from` to `to` (Dijkstra, eight neighbours). */
function valleyLeg(grid: ElevationGrid, from: Position, to: Position): Position[] {
  const [west, east] = [Math.min(from[0], to[0]) - MARGIN_DEGREES, Math.max(from[0], to[0]) + MARGIN_DEGREES];
  const [south, north] = [Math.min(from[1], to[1]) - MARGIN_DEGREES, Math.max(from[1], to[1]) + MARGIN_DEGREES];
  const c0 = Math.max(0, Math.floor((west - grid.west) / grid.step));
  const c1 = Math.min(grid.width - 1, Math.ceil((east - grid.west) / grid.step));
  const r0 = Math.max(0, Math.floor((grid.north - north) / grid.step));
  const r1 = Math.min(grid.height - 1, Math.ceil((grid.north - south) / grid.step));
  const [w, h] = [c1 - c0 + 1, r1 - r0 + 1];
  const at = (i: number): Position => [
    grid.west + ((i % w) + c0) * grid.step,
    grid.north - (Math.floor(i / w) + r0) * grid.step
  ];
  const heightOf = (i: number) => Math.max(0, grid.heights[(Math.floor(i / w) + r0) * grid.width + (i % w) + c0]);
  const nodeOf = ([lon, lat]: Position) =>
    (Math.round((grid.north - lat) / grid.step) - r0) * w + (Math.round((lon - grid.west) / grid.step) - c0);

  const [start, target] = [nodeOf(from), nodeOf(to)];
  const cost = new Float64Array(w * h).fill(Infinity);
  const previous = new Int32Array(w * h).fill(-1);
  const queue = new Queue();
  cost[start] = 0;
  queue.push([0, start]);
  while (queue.size > 0) {
    const [spent, i] = queue.pop();
    if (i === target) break;
    if (spent > cost[i]) continue;
    const [r, c] = [Math.floor(i / w), i % w];
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        const [nr, nc] = [r + dr, c + dc];
        if ((dr === 0 && dc === 0) || nr < 0 || nc < 0 || nr >= h || nc >= w) continue;
        const j = nr * w + nc;
        const km = distance(at(i), at(j));
        const grade = Math.abs(heightOf(j) - heightOf(i)) / (km * 1000);
        const step = km * (1 + SLOPE_WEIGHT * grade) * (1 + heightOf(j) / HEIGHT_SCALE_M);
        if (spent + step < cost[j]) {
          cost[j] = spent + step;
          previous[j] = i;
          queue.push([spent + step, j]);
        }
      }
    }
  }
  const path: Position[] = [];
  for (let i = target; i !== -1; i = previous[i]) path.push(at(i));
  path.reverse();
  // The path runs between the grid nodes nearest to the places: it starts and ends at the places themselves.
  return [from, ...path.slice(1, -1), to];
}

/** Chaikin's corner cutting, twice: the grid's 45° steps become curves; the ends stay where they are. */
function smooth(line: Position[], rounds = 2): Position[] {
  let current = line;
  for (let round = 0; round < rounds; round++) {
    const next: Position[] = [current[0]];
    for (let i = 0; i < current.length - 1; i++) {
      const [p, q] = [current[i], current[i + 1]];
      next.push(
        [0.75 * p[0] + 0.25 * q[0], 0.75 * p[1] + 0.25 * q[1]],
        [0.25 * p[0] + 0.75 * q[0], 0.25 * p[1] + 0.75 * q[1]]
      );
    }
    next.push(current.at(-1)!);
    current = next;
  }
  return current;
}

/** The route through `places`, in order, along the valley floors between each two. */
export function valleyPath(grid: ElevationGrid, places: Position[]): Position[] {
  const line: Position[] = [places[0]];
  for (let i = 1; i < places.length; i++) line.push(...valleyLeg(grid, places[i - 1], places[i]).slice(1));
  return smooth(line).map(([lon, lat]) => [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5]);
}
