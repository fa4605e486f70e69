// Two ways to measure along the 2013 journey's path. The story counts kilometres on the ground (where the drawing
// has reached, which landforms and cities it has passed); MapLibre's `line-progress`, along which the path's
// gradient is painted, runs along the line as drawn on the Web Mercator plane, where a kilometre is longer the
// further north it lies. Between Beijing (40°N) and Ashgabat (38°N) by way of Astana (51°N) the two differ by
// up to a tenth, so the drawing converts one into the other rather than painting a ground share.
import { distance } from '@turf/turf';
import type { Position } from 'geojson';

/** A position's place on the Web Mercator plane (x and y in the same units). */
function mercator([lng, lat]: Position): [number, number] {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return [(lng * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

export class PathMeasure {
  readonly #path: Position[];
  /** Kilometres on the ground, and length on the plane, from the start to each vertex. */
  readonly #groundKm: number[] = [0];
  readonly #planeLength: number[] = [0];

  constructor(path: Position[]) {
    this.#path = path;
    for (let i = 1; i < path.length; i++) {
      const [ax, ay] = mercator(path[i - 1]);
      const [bx, by] = mercator(path[i]);
      this.#groundKm.push(this.#groundKm[i - 1] + distance(path[i - 1], path[i], { units: 'kilometers' }));
      this.#planeLength.push(this.#planeLength[i - 1] + Math.hypot(bx - ax, by - ay));
    }
  }

  get groundKm(): number {
    return this.#groundKm.at(-1)!;
  }

  /** The share (0–1) of the path's drawn length at which a point `km` along the ground lies. */
  planeShareAt(km: number): number {
    const total = this.#planeLength.at(-1)!;
    if (km <= 0 || total === 0) return 0;
    if (km >= this.groundKm) return 1;
    const i = this.#groundKm.findIndex((at) => at >= km);
    const [from, to] = [this.#groundKm[i - 1], this.#groundKm[i]];
    const t = to > from ? (km - from) / (to - from) : 0;
    const plane = this.#planeLength[i - 1] + t * (this.#planeLength[i] - this.#planeLength[i - 1]);
    return plane / total;
  }

  /** The path from its start up to a share of its drawn length: what a gradient stopping at `share` paints. */
  drawnTo(share: number): Position[] {
    const total = this.#planeLength.at(-1)!;
    const at = Math.max(0, Math.min(1, share)) * total;
    const i = this.#planeLength.findIndex((length) => length >= at);
    if (i <= 0) return this.#path.slice(0, 1);
    const [from, to] = [this.#planeLength[i - 1], this.#planeLength[i]];
    const t = to > from ? (at - from) / (to - from) : 0;
    const [a, b] = [this.#path[i - 1], this.#path[i]];
    // Along the segment by longitude and latitude: segments are short, the error is far below a pixel.
    return [...this.#path.slice(0, i), [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]];
  }
}
