// Outlines of the ranges, desert and valley the article flies over (article line 19).
import { simplify } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { DATA_EXTENT } from '../../src/lib/data/extent';
import type { PhysicalKind, PhysicalProperties } from '../../src/lib/data/basemap';
import { featureCollection, finishGeometry, linesOf } from '../lib/geometry';
import { lowlandOutline, type LowlandSpec } from '../lib/lowland';
import type { NaturalEarthRegion, NaturalEarthWater } from '../lib/natural-earth';
import type { ElevationGrid } from './build-relief';
import type { Localized } from '../../src/lib/data/langs';
import { toColumns } from '../../src/lib/data/langs';

export interface PhysicalFeatureSource {
  id: string;
  kind: PhysicalKind;
  name: Localized;
  /** Name of the Natural Earth geography-regions polygon to use as the outline. */
  naturalEarth?: string;
  /** An authored outline, where Natural Earth has none that is usable. */
  outline?: Position[];
  /**
   * The outline read off the relief (geo/lib/lowland.ts): the lowland around a seed, behind the Natural Earth
   * rivers named in `boundedBy`.
   */
  relief?: LowlandSpec & { boundedBy?: string[] };
  labelPoint: [number, number];
  /** Where the outline and the label point come from. */
  source: Localized;
  /** The article's words about it (paragraph id and exact text). */
  quotes: { paragraph: string; text: string }[];
  /** Keys of network/sources.json. */
  sources: string[];
}

const TOLERANCE_DEGREES = 0.02;
const DECIMALS = 3;

/** What outlines are read from: Natural Earth's named regions and rivers, and the ETOPO5 relief. */
export interface OutlineInputs {
  regions: FeatureCollection<Geometry, NaturalEarthRegion>;
  rivers: FeatureCollection<Geometry, Pick<NaturalEarthWater, 'name'>>;
  relief: ElevationGrid;
}

function outlineOf(source: PhysicalFeatureSource, { regions, rivers, relief }: OutlineInputs): Geometry | null {
  if (source.relief) {
    const { boundedBy = [], ...spec } = source.relief;
    const barriers = rivers.features
      .filter((f) => f.properties.name !== null && boundedBy.includes(f.properties.name))
      .flatMap((f) => linesOf(f.geometry));
    if (barriers.length < boundedBy.length) throw new Error(`${source.id}: a river of ${boundedBy} is not in the data`);
    const outline = lowlandOutline(relief, spec, barriers);
    return simplify(outline, { tolerance: TOLERANCE_DEGREES, highQuality: true });
  }
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
  inputs: OutlineInputs
): FeatureCollection<Geometry, PhysicalProperties> {
  const features: Feature<Geometry, PhysicalProperties>[] = [];
  for (const source of sources) {
    const outline = outlineOf(source, inputs);
    const geometry = outline && finishGeometry(outline, DATA_EXTENT, DECIMALS);
    if (!geometry) continue;
    const { id, kind, name } = source;
    features.push({ type: 'Feature', properties: { id, kind, ...toColumns('name', name) }, geometry });
  }
  return featureCollection(features);
}
