// The journey's drawing converts kilometres on the ground into the share of the drawn line MapLibre paints by.
import { describe, expect, it } from 'vitest';
import { length, lineString } from '@turf/turf';
import { PathMeasure } from '../../src/lib/map/story/path-measure';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../geo/build';
import { DATA_FILES, projectPath } from '../../src/lib/data/files';
import type { Story } from '../../src/lib/data/story';

const { journey } = JSON.parse(readFileSync(join(PROJECT_ROOT, projectPath(DATA_FILES.story)), 'utf8')) as Story;

describe('PathMeasure', () => {
  it('measures the ground as turf does, and the ends of the path as 0 and 1', () => {
    const measure = new PathMeasure(journey.path);
    expect(measure.groundKm).toBeCloseTo(length(lineString(journey.path), { units: 'kilometers' }), 3);
    expect(Math.abs(measure.groundKm - journey.length_km) / journey.length_km).toBeLessThan(0.01);
    expect(measure.planeShareAt(0)).toBe(0);
    expect(measure.planeShareAt(measure.groundKm)).toBe(1);
    expect(measure.drawnTo(1).at(-1)).toEqual(journey.path.at(-1));
  });

  it('gives a northern kilometre twice the drawn line of one at the equator, at 60°N', () => {
    // Two legs of 1° of longitude each, the same length on the plane: one at the equator, one at 60°N, where a
    // degree is half the ground.
    const measure = new PathMeasure([
      [0, 0],
      [1, 0],
      [1, 60],
      [2, 60]
    ]);
    const perKm = (fromKm: number, toKm: number) =>
      (measure.planeShareAt(toKm) - measure.planeShareAt(fromKm)) / (toKm - fromKm);
    const equator = perKm(10, 100);
    const north = perKm(measure.groundKm - 50, measure.groundKm - 5);
    expect(north / equator).toBeCloseTo(2, 1);
  });

  it('returns the drawn part up to a share, ending between two vertices', () => {
    const measure = new PathMeasure([
      [0, 0],
      [10, 0]
    ]);
    expect(measure.drawnTo(0.5)).toEqual([
      [0, 0],
      [5, 0]
    ]);
    expect(measure.planeShareAt(measure.groundKm / 2)).toBeCloseTo(0.5, 6);
  });
});
