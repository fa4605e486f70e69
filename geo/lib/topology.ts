// Topology-preserving simplification (topojson-simplify): shared borders stay shared, so neighbouring
// countries never gap or overlap, and the border lines drawn from the same topology sit exactly on the fills.
import {
  presimplify,
  simplify,
  filter,
  filterWeight,
  planarRingArea,
  planarTriangleArea,
  type Ring,
  type Triangle
} from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';
import { containsPoint, type Bounds } from '../../src/lib/data/extent';

export interface SimplifyOptions {
  /** Visvalingam threshold: smallest triangle area kept, in square degrees. */
  minWeight: number;
  /** Rings (islands, enclaves) smaller than this, in square degrees, are dropped. */
  minRingArea: number;
  /** Where to keep more detail, and how much: weights inside are multiplied by `factor`. */
  detail?: { region: Bounds; factor: number };
}

/** A weight that counts points (or rings) inside the detail region as `factor` times more important. */
function regionBoost<T>(detail: SimplifyOptions['detail'], base: (x: T) => number, anchor: (x: T) => [number, number]) {
  if (!detail) return base;
  return (x: T) => {
    const [lon, lat] = anchor(x);
    return containsPoint(detail.region, [lon, lat]) ? base(x) * detail.factor : base(x);
  };
}

export function simplifyTopology<T extends Topology>(topology: T, options: SimplifyOptions): T {
  const triangleWeight = regionBoost<Triangle>(options.detail, planarTriangleArea, (t) => t[1]);
  // The library's types do not carry the object types through; the shapes are unchanged by simplification.
  const presimplified = presimplify(topology as Topology<Objects<object>>, triangleWeight);
  const simplified = simplify(presimplified, options.minWeight);
  const ringWeight = regionBoost<Ring>(options.detail, planarRingArea, (ring) => ring[0]);
  return filter(simplified, filterWeight(simplified, options.minRingArea, ringWeight)) as unknown as T;
}
