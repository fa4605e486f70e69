// The context basemap as vector tiles in one PMTiles archive: the countries and borders (the overview below
// DETAIL_MIN_ZOOM, the 1:10m detail from it, so one source switches level by itself), lakes and rivers, the
// landforms and the labels. Tiled here once with geojson-vt and encoded with vt-pbf, the same libraries MapLibre
// runs in its worker for a GeoJSON source: the reader's browser fetches the few tiles in view, already cut, instead
// of whole files to parse and tile on every visit.
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { DATA_EXTENT, DETAIL_MIN_ZOOM, REGION_FRAME } from '../../src/lib/data/extent';
import { BASEMAP_ARCHIVE } from '../../src/lib/data/files';
import { writeArchive, type ArchiveTile } from '../lib/pmtiles-writer';
import { tilesCovering } from '../lib/tiles';

/** Vector-tile units across a tile (the MVT default; MapLibre draws each tile 512 px wide). */
const EXTENT = 4096;

export interface BasemapLayers {
  countries: FeatureCollection;
  countriesDetail: FeatureCollection;
  borders: FeatureCollection;
  bordersDetail: FeatureCollection;
  water: FeatureCollection;
  physical: FeatureCollection;
  labels: FeatureCollection;
}

/**
 * One tiler per archive layer and level. Labels get a wide buffer (a quarter of a tile), so that a label near a
 * tile's edge is in its neighbour too and collides there; lines and fills the usual 64 units.
 */
function tilers(layers: BasemapLayers) {
  const index = (data: FeatureCollection, buffer = 64) =>
    new GeoJSONVT(data, { maxZoom: BASEMAP_ARCHIVE.maxzoom, indexMaxZoom: 4, extent: EXTENT, buffer, tolerance: 2 });
  const overview = { countries: index(layers.countries), borders: index(layers.borders) };
  const detail = { countries: index(layers.countriesDetail), borders: index(layers.bordersDetail) };
  const always = { water: index(layers.water), physical: index(layers.physical), labels: index(layers.labels, 1024) };
  return (z: number) => ({ ...(z < DETAIL_MIN_ZOOM ? overview : detail), ...always });
}

/** Every non-empty tile from zoom 0 to the archive's maximum, each gzipped, the layers named as the style reads. */
export function buildBasemapTiles(layers: BasemapLayers): ArchiveTile[] {
  const at = tilers(layers);
  const names = Object.keys(at(0)).sort();
  if (names.join() !== [...BASEMAP_ARCHIVE.layers].sort().join()) throw new Error(`basemap layers: ${names.join()}`);
  const tiles: ArchiveTile[] = [];
  for (let z = 0; z <= BASEMAP_ARCHIVE.maxzoom; z++) {
    const indexes = at(z);
    for (const [, x, y] of tilesCovering(DATA_EXTENT, z)) {
      const content = Object.fromEntries(
        Object.entries(indexes)
          .map(([name, tiler]) => [name, tiler.getTile(z, x, y)] as const)
          .filter(([, tile]) => tile !== null && tile.features.length > 0)
      );
      if (Object.keys(content).length === 0) continue;
      const pbf = fromGeojsonVt(content as Parameters<typeof fromGeojsonVt>[0], { version: 2, extent: EXTENT });
      tiles.push({ z, x, y, data: gzipSync(pbf, { level: 9 }) });
    }
  }
  return tiles;
}

/** The archive's bytes: the tiles, the extent and the layer names in its metadata. */
export function buildBasemapArchive(layers: BasemapLayers): Uint8Array {
  const [west, south, east, north] = REGION_FRAME;
  return writeArchive(buildBasemapTiles(layers), {
    tileType: 1,
    tileCompression: 2,
    bounds: DATA_EXTENT,
    center: [(west + east) / 2, (south + north) / 2, 3],
    metadata: {
      name: 'Silk Road Atlas basemap',
      attribution: 'Natural Earth (public domain)',
      vector_layers: BASEMAP_ARCHIVE.layers.map((id) => ({ id, fields: {} }))
    }
  });
}
