// Outlines of the ranges, desert and valley the article flies over (article line 19).
import { simplify } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { DATA_EXTENT } from '../../src/lib/geo/extent';
import { featureCollection, finishGeometry } from '../lib/geometry';

export type PhysicalKind = 'range' | 'desert' | 'valley' | 'river';

export interface PhysicalFeatureSource {
  id: string;
  kind: PhysicalKind;
  name_zh: string;
  name_en: string;
  /** Name of the Natural Earth geography-regions polygon to use as the outline. */
  naturalEarth?: string;
  /** An authored outline, where Natural Earth has none that is usable. */
  outline?: Position[];
  labelPoint: [number, number];
  source: string;
  /** The article's words about it (paragraph id and exact text). */
  quotes: { paragraph: string; text: string }[];
  /** Keys of network/sources.json. */
  sources: string[];
}

export interface PhysicalProperties {
  id: string;
  kind: PhysicalKind;
  name_zh: string;
  name_en: string;
}

const TOLERANCE_DEGREES = 0.02;
const DECIMALS = 3;

function outlineOf(
  source: PhysicalFeatureSource,
  regions: FeatureCollection<Geometry, { name: string }>
): Geometry | null {
  if (source.outline) return { type: 'Polygon', coordinates: [source.outline] };
  if (!source.naturalEarth) return null;
  const region = regions.features.find((f) => f.properties.name === source.naturalEarth);
  if (!region)
    throw new Error(`Natural Earth region "${source.naturalEarth}" not found (physical feature ${source.id})`);
  return simplify(region, { tolerance: TOLERANCE_DEGREES, highQuality: true }).geometry;
}

/** The polygons of the named features (rivers have none here: they are drawn with the water). */
export function buildPhysical(
  sources: PhysicalFeatureSource[],
  regions: FeatureCollection<Geometry, { name: string }>
): FeatureCollection<Geometry, PhysicalProperties> {
  const features: Feature<Geometry, PhysicalProperties>[] = [];
  for (const source of sources) {
    const outline = outlineOf(source, regions);
    const geometry = outline && finishGeometry(outline, DATA_EXTENT, DECIMALS);
    if (!geometry) continue;
    const { id, kind, name_zh, name_en } = source;
    features.push({ type: 'Feature', properties: { id, kind, name_zh, name_en }, geometry });
  }
  return featureCollection(features);
}
