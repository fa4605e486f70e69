import { describe, expect, it } from 'vitest';
import { clipGeometry, finishGeometry, linesOf, roundGeometry } from '../../geo/lib/geometry';

describe('roundGeometry', () => {
  it('rounds to the given decimals and drops the repeated vertices rounding creates', () => {
    const line = roundGeometry(
      {
        type: 'LineString',
        coordinates: [
          [70.123456, 40.987654],
          [70.123401, 40.987649],
          [71.5, 41.25]
        ]
      },
      3
    );
    expect(line).toEqual({
      type: 'LineString',
      coordinates: [
        [70.123, 40.988],
        [71.5, 41.25]
      ]
    });
  });

  it('drops a ring that collapses to fewer than three corners, and the polygon with it', () => {
    const tiny = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0.0001, 0.0001],
          [0.0002, 0.0001],
          [0.0002, 0.0002],
          [0.0001, 0.0001]
        ]
      ]
    };
    expect(roundGeometry(tiny, 2)).toBeNull();
  });

  it('keeps more decimals where a per-position precision asks for them', () => {
    const point = roundGeometry({ type: 'Point', coordinates: [71.123456, 40.123456] }, ([lon]) => (lon > 70 ? 4 : 1));
    expect(point).toEqual({ type: 'Point', coordinates: [71.1235, 40.1235] });
  });

  it('unwraps a MultiPolygon left with one polygon', () => {
    const square = (x: number) => [
      [
        [x, 0],
        [x + 1, 0],
        [x + 1, 1],
        [x, 1],
        [x, 0]
      ]
    ];
    const result = roundGeometry(
      {
        type: 'MultiPolygon',
        coordinates: [
          square(0),
          [
            [
              [5, 5],
              [5.0001, 5],
              [5, 5.0001],
              [5, 5]
            ]
          ]
        ]
      },
      2
    );
    expect(result).toEqual({ type: 'Polygon', coordinates: square(0) });
  });
});

describe('clipGeometry', () => {
  it('cuts a line at the box and returns null for one wholly outside', () => {
    const clipped = clipGeometry(
      {
        type: 'LineString',
        coordinates: [
          [-5, 0],
          [5, 0]
        ]
      },
      [0, -1, 10, 1]
    );
    expect(clipped).toEqual({
      type: 'LineString',
      coordinates: [
        [0, 0],
        [5, 0]
      ]
    });
    expect(
      clipGeometry(
        {
          type: 'LineString',
          coordinates: [
            [20, 0],
            [25, 0]
          ]
        },
        [0, -1, 10, 1]
      )
    ).toBeNull();
  });

  it('clips away a ring that crosses the antimeridian instead of smearing it across the map', () => {
    const wrangel = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [178, 71],
          [180, 71],
          [-180, 71],
          [-178, 71],
          [-178, 72],
          [-180, 72],
          [180, 72],
          [178, 72],
          [178, 71]
        ]
      ]
    };
    expect(clipGeometry(wrangel, [-30, -12, 165, 80])).toBeNull();
  });

  it('keeps points inside and drops points outside', () => {
    expect(clipGeometry({ type: 'Point', coordinates: [1, 1] }, [0, 0, 2, 2])).not.toBeNull();
    expect(clipGeometry({ type: 'Point', coordinates: [3, 1] }, [0, 0, 2, 2])).toBeNull();
  });
});

describe('finishGeometry and linesOf', () => {
  it('clips then rounds', () => {
    const result = finishGeometry(
      {
        type: 'LineString',
        coordinates: [
          [-1, 0.123456],
          [1.98765, 0.5]
        ]
      },
      [0, 0, 10, 10],
      2
    );
    expect(linesOf(result!)[0].at(-1)).toEqual([1.99, 0.5]);
    expect(linesOf(result!)[0][0][0]).toBe(0);
  });

  it('refuses to treat a polygon as lines', () => {
    expect(() => linesOf({ type: 'Point', coordinates: [0, 0] })).toThrow(/expected a line/);
  });
});
