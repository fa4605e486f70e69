import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import { feature, mesh } from 'topojson-client';
import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { simplifyTopology } from '../../geo/lib/topology';

/** Two countries sharing a wiggly border from (0,0) to (0,10); the wiggles are 0.05° deep. */
function wigglyNeighbours(): Topology {
  const border: Position[] = [];
  for (let i = 0; i <= 100; i++) border.push([i % 2 === 0 ? 0 : 0.05, i / 10]);
  const west: Feature<Polygon> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [[[-5, 0], ...border.slice(1), [-5, 10], [-5, 0]]] }
  };
  const east: Feature<Polygon> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [[[5, 0], [5, 10], ...border.slice(0, -1).reverse(), [5, 0]]] }
  };
  return topology({
    countries: { type: 'FeatureCollection', features: [west, east] } as FeatureCollection
  }) as unknown as Topology;
}

function sharedBorderVertices(topo: Topology): number {
  const lines = mesh(topo, topo.objects.countries as never, (a, b) => a !== b);
  return lines.coordinates.reduce((n, line) => n + line.length, 0);
}

describe('simplifyTopology', () => {
  it('removes small wiggles but keeps the border shared by both countries', () => {
    const simplified = simplifyTopology(wigglyNeighbours(), { minWeight: 0.05, minRingArea: 0 });
    expect(sharedBorderVertices(simplified)).toBeLessThan(10);
    expect(sharedBorderVertices(simplified)).toBeGreaterThanOrEqual(2);
  });

  it('keeps the wiggles inside the detail region', () => {
    const options = { minWeight: 0.05, minRingArea: 0 };
    const plain = sharedBorderVertices(simplifyTopology(wigglyNeighbours(), options));
    const detailed = sharedBorderVertices(
      simplifyTopology(wigglyNeighbours(), { ...options, detail: { region: [-1, 0, 1, 5], factor: 1000 } })
    );
    expect(detailed).toBeGreaterThan(plain + 40);
  });

  it('drops islands smaller than the minimum ring area', () => {
    const island = (x: number, size: number): Feature<Polygon> => ({
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x, 20],
            [x + size, 20],
            [x + size, 20 + size],
            [x, 20]
          ]
        ]
      }
    });
    const topo = topology({
      islands: { type: 'FeatureCollection', features: [island(10, 0.01), island(20, 2)] } as FeatureCollection
    }) as unknown as Topology;
    const kept = simplifyTopology(topo, { minWeight: 0, minRingArea: 0.5 });
    const islands = feature(kept, kept.objects.islands) as unknown as FeatureCollection;
    expect(islands.features.map((f) => bbox(f)[0])).toEqual([20]);
  });
});
