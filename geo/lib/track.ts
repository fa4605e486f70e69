// A track network (railways as GeoJSON lines) that routes between stations: geojson-path-finder finds the
// shortest path over the lines' shared vertices. Stations, which sit in towns, are snapped to the nearest vertex
// first; over a whole national network only to its largest connected part, so that a station beside an isolated
// siding cannot strand a route.
import PathFinderModule from 'geojson-path-finder';
import { distance } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point, Position } from 'geojson';

// The package ships CommonJS with a default export; tsx and Vite see it under different names.
const PathFinder = ((PathFinderModule as unknown as { default?: typeof PathFinderModule }).default ??
  PathFinderModule) as typeof PathFinderModule;

/** Vertices closer than this (degrees, ≈1 m) are one node: pieces of a line meet end to end. */
const TOLERANCE = 1e-5;
const CELL_DEGREES = 0.5;

const vertexKey = ([lon, lat]: Position) => `${lon.toFixed(5)},${lat.toFixed(5)}`;
const pointFeature = (coordinates: Position): Feature<Point> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Point', coordinates }
});

/** Every line of a collection of LineStrings and MultiLineStrings, as LineString features. */
export function trackLines(
  collection: FeatureCollection<LineString | MultiLineString>
): Feature<LineString, { id: string | number | null }>[] {
  return collection.features.flatMap((f) => {
    const parts = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const id = (f.properties?.id ?? f.properties?.rwdb_rr_id ?? f.properties?.osm_way ?? null) as string | null;
    return parts
      .filter((line) => line.length > 1)
      .map((coordinates) => ({
        type: 'Feature' as const,
        properties: { id },
        geometry: { type: 'LineString', coordinates }
      }));
  });
}

/**
 * The vertices stations may snap to: all of them, or those of the largest set of lines that connect to each other
 * (union–find over shared vertices).
 */
function snappableVertices(lines: Feature<LineString>[], snapTo: SnapTo): Position[] {
  const parent = new Map<string, string>();
  const root = (key: string): string => {
    let r = key;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(key, r);
    return r;
  };
  for (const line of lines) {
    const keys = line.geometry.coordinates.map(vertexKey);
    for (const key of keys) if (!parent.has(key)) parent.set(key, key);
    for (const key of keys.slice(1)) {
      const [a, b] = [root(keys[0]), root(key)];
      if (a !== b) parent.set(b, a);
    }
  }
  const sizes = new Map<string, number>();
  for (const key of parent.keys()) sizes.set(root(key), (sizes.get(root(key)) ?? 0) + 1);
  const largest = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const seen = new Set<string>();
  const vertices: Position[] = [];
  for (const line of lines) {
    for (const vertex of line.geometry.coordinates) {
      const key = vertexKey(vertex);
      if (!seen.has(key) && (snapTo === 'all' || root(key) === largest)) {
        seen.add(key);
        vertices.push(vertex);
      }
    }
  }
  return vertices;
}

/** `largest`: only the largest connected part of the network (whole source networks); `all`: any vertex. */
export type SnapTo = 'largest' | 'all';

export interface Snapped {
  /** The network vertex nearest to the station. */
  vertex: Position;
  /** How far the station is from it. */
  km: number;
}

export class TrackNetwork {
  private readonly finder: {
    findPath(from: Feature<Point>, to: Feature<Point>): { path: Position[] } | undefined;
  };
  private readonly cells = new Map<string, Position[]>();

  constructor(lines: Feature<LineString, { id: string | number | null }>[], snapTo: SnapTo) {
    this.finder = new PathFinder({ type: 'FeatureCollection', features: lines } as FeatureCollection<LineString>, {
      tolerance: TOLERANCE
    });
    for (const vertex of snappableVertices(lines, snapTo)) {
      const key = this.cellKey(vertex);
      const cell = this.cells.get(key) ?? [];
      cell.push(vertex);
      this.cells.set(key, cell);
    }
  }

  private cellKey([lon, lat]: Position, dx = 0, dy = 0) {
    return `${Math.floor(lon / CELL_DEGREES) + dx},${Math.floor(lat / CELL_DEGREES) + dy}`;
  }

  /** The nearest vertex of the connected network within `maxKm`, or null when there is none. */
  snap(point: Position, maxKm: number): Snapped | null {
    const reach =
      Math.ceil(maxKm / 111 / CELL_DEGREES / Math.cos((Math.min(Math.abs(point[1]), 80) * Math.PI) / 180)) + 1;
    let best: Snapped | null = null;
    for (let dx = -reach; dx <= reach; dx++) {
      for (let dy = -reach; dy <= reach; dy++) {
        for (const vertex of this.cells.get(this.cellKey(point, dx, dy)) ?? []) {
          const km = distance(point, vertex);
          if (km <= maxKm && (!best || km < best.km)) best = { vertex, km };
        }
      }
    }
    return best;
  }

  /** The shortest path along the track between two network vertices, or null when they do not connect. */
  route(from: Position, to: Position): Position[] | null {
    if (vertexKey(from) === vertexKey(to)) return [from];
    const found = this.finder.findPath(pointFeature(from), pointFeature(to));
    return found ? found.path : null;
  }
}
