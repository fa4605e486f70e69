import { describe, expect, it } from 'vitest';
import { bbox } from '@turf/turf';
import type { FeatureCollection, Geometry } from 'geojson';
import { buildWater, touchesClipEdge } from '../../geo/scripts/build-water';
import { buildPhysical, type PhysicalFeatureSource } from '../../geo/scripts/build-physical';
import type { ElevationGrid } from '../../geo/scripts/build-relief';
import { lowlandOutline } from '../../geo/lib/lowland';
import type { Bounds } from '../../src/lib/data/extent';

const line = (name: string | null, scalerank: number, coordinates: number[][], featurecla = 'River') => ({
  type: 'Feature' as const,
  properties: { name, scalerank, featurecla },
  geometry: { type: 'LineString' as const, coordinates }
});

const RIVERS = {
  type: 'FeatureCollection',
  features: [
    line('Amu  Darya', 5, [
      [68.2, 37.0],
      [64.0, 39.5],
      [60.0, 42.5]
    ]),
    line('Big River', 2, [
      [10, 45],
      [11, 46]
    ]),
    line('Small Creek', 9, [
      [20, 45],
      [21, 46]
    ]),
    line('Ob', 2, [
      [70, 60],
      [70, 63]
    ]),
    line(
      'Aral centreline',
      1,
      [
        [60, 45],
        [61, 45]
      ],
      'Lake Centerline'
    )
  ]
} as unknown as FeatureCollection<Geometry, never>;

const NO_LAKES = { type: 'FeatureCollection', features: [] } as unknown as FeatureCollection<Geometry, never>;

describe('buildWater', () => {
  const config = {
    lakeMaxScalerank: 3,
    riverMaxScalerank: 4,
    lakes: {},
    rivers: { 'Amu  Darya': { zh: '阿姆河', en: 'Amu Darya', ru: 'ru:Amu Darya' } }
  };

  it('keeps big rivers and named ones, drops small ones, lake centrelines and rivers cut by the clip box', () => {
    const water = buildWater(NO_LAKES, RIVERS, config);
    expect(water.features.map((f) => f.properties.name_en ?? f.properties.rank)).toEqual(['Amu Darya', 2]);
  });

  it('names a river along its line unless it carries a point label of its own', () => {
    expect(buildWater(NO_LAKES, RIVERS, config).features[0].properties).toMatchObject({
      name_zh: '阿姆河',
      line_label: true
    });
    const pointLabelled = buildWater(NO_LAKES, RIVERS, config, new Map([['Amu Darya', 'amudarya']]));
    expect(pointLabelled.features[0].properties.line_label).toBe(false);
  });

  it('recognizes a line that reaches the edge of the box its source was clipped to', () => {
    expect(
      touchesClipEdge({
        type: 'LineString',
        coordinates: [
          [70, 60],
          [70, 63]
        ]
      })
    ).toBe(true);
    expect(
      touchesClipEdge({
        type: 'LineString',
        coordinates: [
          [70, 50],
          [70, 55]
        ]
      })
    ).toBe(false);
  });
});

describe('buildPhysical', () => {
  const regions = {
    type: 'FeatureCollection' as const,
    features: [
      {
        type: 'Feature' as const,
        properties: { name: 'Fergana Valley' },
        geometry: {
          type: 'Polygon' as const,
          coordinates: [
            [
              [70.5, 40.5],
              [72.5, 40.3],
              [73, 41],
              [71, 41.2],
              [70.5, 40.5]
            ]
          ]
        }
      }
    ]
  };
  const source = (extra: Partial<PhysicalFeatureSource>): PhysicalFeatureSource => ({
    id: 'x',
    kind: 'valley',
    name: { zh: '谷', en: 'Valley', ru: 'ru:Valley' },
    labelPoint: [71.6, 40.7],
    source: { zh: '测试', en: 'test', ru: 'ru:test' },
    quotes: [],
    sources: [],
    ...extra
  });

  /** A 20 × 20 grid, 1° a node from 60°E, 50°N: a 500 m basin in the middle of 2,000 m mountains. */
  const relief: ElevationGrid = {
    width: 20,
    height: 20,
    west: 60,
    north: 50,
    step: 1,
    heights: Int16Array.from({ length: 400 }, (_, i) => {
      const [r, c] = [Math.floor(i / 20), i % 20];
      return r >= 5 && r <= 14 && c >= 5 && c <= 14 ? 500 : 2000;
    })
  };
  const rivers = { type: 'FeatureCollection' as const, features: [] };
  const inputs = { regions, rivers, relief };

  it('takes outlines from Natural Earth by name, from the authored outline, or from the relief', () => {
    const outline = [
      [61, 42],
      [64, 44.5],
      [67, 42],
      [61, 42]
    ];
    const basin = { seed: [70, 40] as [number, number], below_m: 1000, within: [60, 31, 79, 50] as Bounds };
    const physical = buildPhysical(
      [
        source({ id: 'fergana', naturalEarth: 'Fergana Valley' }),
        source({ id: 'kyzylkum', kind: 'desert', outline }),
        source({ id: 'basin', relief: basin })
      ],
      inputs
    );
    expect(physical.features.map((f) => [f.properties.id, f.geometry.type])).toEqual([
      ['fergana', 'Polygon'],
      ['kyzylkum', 'Polygon'],
      ['basin', 'Polygon']
    ]);
    // The basin's nodes run from 65°E to 74°E and 36°N to 45°N; the outline lies between them and the mountains.
    const [west, south, east, north] = bbox(physical.features[2]);
    expect(west).toBeGreaterThan(64);
    expect(west).toBeLessThan(65);
    expect(east).toBeGreaterThan(74);
    expect(east).toBeLessThan(75);
    expect(south).toBeGreaterThan(35);
    expect(north).toBeLessThan(46);
  });

  it('reads a lowland off the relief only as far as the rivers that bound it', () => {
    const river = [
      [69.6, 31],
      [69.6, 50]
    ];
    const spec = { seed: [67, 40] as [number, number], below_m: 1000, within: [60, 31, 79, 50] as Bounds };
    const [west, , east] = bbox(lowlandOutline(relief, spec, [river]));
    expect(west).toBeLessThan(65);
    expect(east).toBeLessThan(70);
    expect(() => lowlandOutline(relief, { ...spec, seed: [61, 49] }, [])).toThrow(/not between the heights/);
  });

  it('fails on a Natural Earth name that does not exist', () => {
    expect(() => buildPhysical([source({ naturalEarth: 'Atlantis Range' })], inputs)).toThrow(/Atlantis Range/);
  });

  it('draws no polygon for a river: it is drawn with the water', () => {
    expect(buildPhysical([source({ kind: 'river' })], inputs).features).toEqual([]);
  });
});
