// Drawing the built files as SVG in Web Mercator, as the live map projects them: the static map for browsers
// without WebGL (geo/scripts/build-static-map.ts, in the geo build) and the link-preview cards (src/lib/server/
// card-image.ts, in the site build) both draw with these, so the two pictures and the map agree.
import type { Geometry, Position } from 'geojson';
import type { Bounds } from './extent';

export const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Whole pixels: the pictures are shown at or below their own size, where half a pixel is not seen. */
const DECIMALS = 0;

export const num = (value: number) => String(Number(value.toFixed(DECIMALS)));

/** An SVG path's `d` for a geometry, through `project`. */
export function pathOf(geometry: Geometry, project: (p: Position) => [number, number]): string {
  const ring = (points: Position[], close: boolean) =>
    points
      .map((p, i) => {
        const [x, y] = project(p);
        return `${i === 0 ? 'M' : 'L'}${num(x)} ${num(y)}`;
      })
      .join('') + (close ? 'Z' : '');
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map((r) => ring(r, true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((p) => p.map((r) => ring(r, true))).join('');
    case 'LineString':
      return ring(geometry.coordinates, false);
    case 'MultiLineString':
      return geometry.coordinates.map((l) => ring(l, false)).join('');
    default:
      return '';
  }
}

export const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Whether a geometry has a point within `bounds` (with a margin in degrees), so that far-off shapes are left out. */
export function meets(geometry: Geometry, bounds: Bounds, margin = 5): boolean {
  const [west, south, east, north] = bounds;
  const flat: Position[] = [];
  const walk = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') flat.push(c as Position);
    else (c as unknown[]).forEach(walk);
  };
  if ('coordinates' in geometry) walk(geometry.coordinates);
  return flat.some(
    ([lon, lat]) => lon >= west - margin && lon <= east + margin && lat >= south - margin && lat <= north + margin
  );
}
