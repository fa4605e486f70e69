// Web Mercator tile numbers (the XYZ scheme MapLibre and PMTiles use), shared by the relief's and the basemap's
// tile builds and their tests.
import type { Bounds } from '../../src/lib/data/extent';

const DEG = Math.PI / 180;
/** The latitude where Web Mercator's square world ends. */
const MAX_LAT = 85.0511;

const clampTile = (t: number, z: number) => Math.min(2 ** z - 1, Math.max(0, t));
const lonTile = (lon: number, z: number) => clampTile(Math.floor(((lon + 180) / 360) * 2 ** z), z);
const latTile = (lat: number, z: number) => {
  const rad = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * DEG;
  return clampTile(Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z), z);
};

/** The tiles (z, x, y) that cover a box at a zoom. */
export function tilesCovering([west, south, east, north]: Bounds, z: number): [number, number, number][] {
  const tiles: [number, number, number][] = [];
  for (let x = lonTile(west, z); x <= lonTile(east, z); x++) {
    for (let y = latTile(north, z); y <= latTile(south, z); y++) tiles.push([z, x, y]);
  }
  return tiles;
}

/** The tile that holds a point at a zoom. */
export function tileOf([lon, lat]: [number, number], z: number): [number, number, number] {
  return [z, lonTile(lon, z), latTile(lat, z)];
}
