// Small GeoJSON helpers shared by the build scripts: rounding, clipping, collections.
import { bboxClip, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, GeoJsonProperties, MultiPolygon, Polygon, Position } from 'geojson';
import type { Bounds } from '../../src/lib/data/extent';

export function featureCollection<G extends Geometry, P extends GeoJsonProperties>(
  features: Feature<G, P>[]
): FeatureCollection<G, P> {
  return { type: 'FeatureCollection', features };
}

/** Decimal places to keep: one number for all, or chosen per position (more detail where it matters). */
export type Precision = number | ((position: Position) => number);

function roundPosition(position: Position, precision: Precision): Position {
  const decimals = typeof precision === 'number' ? precision : precision(position);
  const factor = 10 ** decimals;
  return [Math.round(position[0] * factor) / factor, Math.round(position[1] * factor) / factor];
}

/** Rounds a line and drops the repeated vertices that rounding creates. */
function roundLine(line: Position[], precision: Precision): Position[] {
  const out: Position[] = [];
  for (const position of line) {
    const rounded = roundPosition(position, precision);
    const last = out[out.length - 1];
    if (!last || last[0] !== rounded[0] || last[1] !== rounded[1]) out.push(rounded);
  }
  return out;
}

function roundRing(ring: Position[], precision: Precision): Position[] | null {
  const rounded = roundLine(ring, precision);
  // A ring needs three distinct corners plus its closing vertex.
  return rounded.length >= 4 ? rounded : null;
}

function roundPolygon(polygon: Position[][], precision: Precision): Position[][] | null {
  const rings = polygon.map((ring) => roundRing(ring, precision));
  if (!rings[0]) return null;
  return rings.filter((ring): ring is Position[] => ring !== null);
}

/**
 * Rounds every coordinate to its decimal places (5 ≈ 1 m, 3 ≈ 100 m) and removes what collapses.
 * Returns null when nothing drawable is left.
 */
export function roundGeometry(geometry: Geometry, precision: Precision): Geometry | null {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPosition(geometry.coordinates, precision) };
    case 'LineString': {
      const line = roundLine(geometry.coordinates, precision);
      return line.length >= 2 ? { type: 'LineString', coordinates: line } : null;
    }
    case 'MultiLineString': {
      const lines = geometry.coordinates.map((l) => roundLine(l, precision)).filter((l) => l.length >= 2);
      if (lines.length === 0) return null;
      return lines.length === 1
        ? { type: 'LineString', coordinates: lines[0] }
        : { type: 'MultiLineString', coordinates: lines };
    }
    case 'Polygon': {
      const polygon = roundPolygon(geometry.coordinates, precision);
      return polygon ? { type: 'Polygon', coordinates: polygon } : null;
    }
    case 'MultiPolygon': {
      const polygons = geometry.coordinates
        .map((p) => roundPolygon(p, precision))
        .filter((p): p is Position[][] => p !== null);
      if (polygons.length === 0) return null;
      return polygons.length === 1
        ? { type: 'Polygon', coordinates: polygons[0] }
        : { type: 'MultiPolygon', coordinates: polygons };
    }
    default:
      throw new Error(`roundGeometry: unsupported geometry type ${geometry.type}`);
  }
}

/**
 * Natural Earth rings that cross the antimeridian (Chukotka, Wrangel Island, the Aleutians) jump from 180° to
 * -180°. Clipped as they are to a box that ends well before 180°, they would smear into a band across the whole
 * map. Such a ring (one with points east of 90°E and west of 90°W) has its western points moved east of 180°,
 * so it becomes continuous, lies beyond the box and clips away cleanly. Rings wholly in one hemisphere stay.
 */
function unwrapRing(ring: Position[]): Position[] {
  const crosses = ring.some((p) => p[0] > 90) && ring.some((p) => p[0] < -90);
  return crosses ? ring.map((p) => (p[0] < 0 ? [p[0] + 360, p[1]] : p)) : ring;
}

function unwrapAntimeridian(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'LineString':
      return { type: 'LineString', coordinates: unwrapRing(geometry.coordinates) };
    case 'MultiLineString':
    case 'Polygon':
      return { type: geometry.type, coordinates: geometry.coordinates.map(unwrapRing) } as Geometry;
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(unwrapRing)) };
    default:
      return geometry;
  }
}

/** Clips lines and polygons to a box (which must not cross 180°); null when nothing of the geometry is inside. */
export function clipGeometry(geometry: Geometry, bounds: Bounds): Geometry | null {
  if (geometry.type === 'Point') {
    const [lon, lat] = geometry.coordinates;
    const [west, south, east, north] = bounds;
    return lon >= west && lon <= east && lat >= south && lat <= north ? geometry : null;
  }
  if (
    geometry.type !== 'LineString' &&
    geometry.type !== 'MultiLineString' &&
    geometry.type !== 'Polygon' &&
    geometry.type !== 'MultiPolygon'
  ) {
    throw new Error(`clipGeometry: unsupported geometry type ${geometry.type}`);
  }
  const clipped = bboxClip(unwrapAntimeridian(geometry) as typeof geometry, bounds).geometry;
  return dropEmptyParts(clipped);
}

function dropEmptyParts(geometry: Geometry): Geometry | null {
  switch (geometry.type) {
    case 'LineString':
      return geometry.coordinates.length >= 2 ? geometry : null;
    case 'MultiLineString': {
      const lines = geometry.coordinates.filter((l) => l.length >= 2);
      return lines.length ? { type: 'MultiLineString', coordinates: lines } : null;
    }
    case 'Polygon': {
      const rings = geometry.coordinates.filter((r) => r.length >= 4);
      return rings.length && geometry.coordinates[0].length >= 4 ? { type: 'Polygon', coordinates: rings } : null;
    }
    case 'MultiPolygon': {
      const polygons = geometry.coordinates
        .filter((p) => p.length > 0 && p[0].length >= 4)
        .map((p) => p.filter((r) => r.length >= 4));
      return polygons.length ? { type: 'MultiPolygon', coordinates: polygons } : null;
    }
    default:
      return geometry;
  }
}

/** Clip, then round: the last step of every output feature. */
export function finishGeometry(geometry: Geometry, bounds: Bounds, precision: Precision): Geometry | null {
  const clipped = clipGeometry(geometry, bounds);
  return clipped && roundGeometry(clipped, precision);
}

/** Splits a (Multi)LineString into its lines. */
export function linesOf(geometry: Geometry): Position[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  throw new Error(`linesOf: expected a line, got ${geometry.type}`);
}

/** Distance in km from a point to the nearest outline (any ring) of a polygon or multipolygon. */
export function kmToOutline(point: Position, shape: Polygon | MultiPolygon): number {
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  return Math.min(
    ...polygons.flat().map((ring) => pointToLineDistance(point, { type: 'LineString', coordinates: ring }))
  );
}
