// Lakes and rivers from Natural Earth 1:10m: the big ones by scalerank, plus every one the story names.
import { simplify } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { DATA_EXTENT, DETAIL_REGION, NATURAL_EARTH_CLIP, containsPoint } from '../../src/lib/data/extent';
import type { WaterProperties } from '../../src/lib/data/basemap';
import { featureCollection, finishGeometry, type Precision } from '../lib/geometry';
import type { NaturalEarthWater } from '../lib/natural-earth';
import { toNullableColumns, type Localized } from '../../src/lib/data/langs';

export interface WaterConfig {
  lakeMaxScalerank: number;
  riverMaxScalerank: number;
  lakes: Record<string, Localized>;
  rivers: Record<string, Localized>;
}

const TOLERANCE_DEGREES = 0.025;
/** How close to the clip box's edge a vertex may come before its line counts as cut there. */
const EDGE_DEGREES = 0.01;

/** True when the geometry touches the edge of the box the source was clipped to (so it was cut). */
export function touchesClipEdge(geometry: Geometry, [west, south, east, north] = NATURAL_EARTH_CLIP): boolean {
  const positions: number[][] =
    geometry.type === 'LineString'
      ? geometry.coordinates
      : geometry.type === 'MultiLineString' || geometry.type === 'Polygon'
        ? geometry.coordinates.flat()
        : geometry.type === 'MultiPolygon'
          ? geometry.coordinates.flat(2)
          : [];
  return positions.some(
    ([lon, lat]) =>
      Math.abs(lon - west) < EDGE_DEGREES ||
      Math.abs(lon - east) < EDGE_DEGREES ||
      Math.abs(lat - south) < EDGE_DEGREES ||
      Math.abs(lat - north) < EDGE_DEGREES
  );
}
/**
 * Coordinates to 0.001° (about 100 m) where the reader zooms in, Central Asia and western China; elsewhere, seen
 * only from afar, 0.01° does (the water file has no detailed level of its own).
 */
const DECIMALS: Precision = ([lon, lat]) => (containsPoint(DETAIL_REGION, [lon, lat]) ? 3 : 2);

function pick(
  features: Feature<Geometry, NaturalEarthWater>[],
  kind: WaterProperties['kind'],
  names: Record<string, Localized>,
  maxScalerank: number,
  pointLabelled: Map<string, string>
): Feature<Geometry, WaterProperties>[] {
  const out: Feature<Geometry, WaterProperties>[] = [];
  for (const feature of features) {
    const { name, scalerank } = feature.properties;
    const named = name ? names[name] : undefined;
    if (!named && scalerank > maxScalerank) continue;
    // The map reaches past the clip box, where a cut-off river would end in mid-land.
    if (touchesClipEdge(feature.geometry)) continue;
    const simplified = simplify(feature, { tolerance: TOLERANCE_DEGREES, highQuality: true }).geometry;
    const geometry = finishGeometry(simplified, DATA_EXTENT, DECIMALS);
    if (!geometry) continue;
    const storyId = kind === 'river' && named ? pointLabelled.get(named.en) : undefined;
    out.push({
      type: 'Feature',
      properties: {
        kind,
        ...toNullableColumns('name', named ?? null),
        rank: scalerank,
        line_label: kind === 'river' && named !== undefined && !storyId,
        ...(storyId ? { id: storyId } : {})
      },
      geometry
    });
  }
  return out;
}

/**
 * Lakes (polygons) and rivers (lines, river centrelines only: lake centrelines run under the lakes).
 * `pointLabelled` maps the English names of the rivers that carry a point label of their own (the article's
 * Amu Darya) to their physical-feature id: they are not named a second time along the line, and carry the id.
 */
export function buildWater(
  lakes: FeatureCollection<Geometry, NaturalEarthWater>,
  rivers: FeatureCollection<Geometry, NaturalEarthWater>,
  config: WaterConfig,
  pointLabelled: Map<string, string> = new Map()
): FeatureCollection<Geometry, WaterProperties> {
  const riverLines = rivers.features.filter((f) => f.properties.featurecla === 'River');
  return featureCollection([
    ...pick(lakes.features, 'lake', config.lakes, config.lakeMaxScalerank, pointLabelled),
    ...pick(riverLines, 'river', config.rivers, config.riverMaxScalerank, pointLabelled)
  ]);
}
