import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { bbox } from '@turf/turf';
import {
  assignCountryCodes,
  buildCountryLevel,
  nearAnyLine,
  splitByDispute,
  type CountryNames
} from '../../geo/scripts/build-countries';
import { linesOf } from '../../geo/lib/geometry';

function square(name: string, west: number, south: number, size = 1): Feature<Polygon, { name: string }> {
  return {
    type: 'Feature',
    properties: { name },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [west, south],
          [west + size, south],
          [west + size, south + size],
          [west, south + size],
          [west, south]
        ]
      ]
    }
  };
}

type Fixture = Topology<{ countries: GeometryCollection<{ name: string }> }>;

function fixtureTopology(features: Feature<Polygon, { name: string }>[]): Fixture {
  return topology({ countries: { type: 'FeatureCollection', features } as FeatureCollection }) as unknown as Fixture;
}

const NATURAL_EARTH: FeatureCollection<Polygon, { NAME: string; ADM0_A3: string }> = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { NAME: 'Kazakhstan', ADM0_A3: 'KAZ' }, geometry: square('', 0, 0).geometry },
    { type: 'Feature', properties: { NAME: 'Uzbekistan', ADM0_A3: 'UZB' }, geometry: square('', 0, 0).geometry },
    { type: 'Feature', properties: { NAME: 'Iran', ADM0_A3: 'IRN' }, geometry: square('', 0, 0).geometry }
  ]
};

const NAMES: CountryNames = {
  focus: ['KAZ', 'UZB'],
  aliases: { Baikonur: 'KAZ' },
  names: {
    KAZ: { zh: '哈萨克斯坦', ru: 'Казахстан' },
    UZB: { zh: '乌兹别克斯坦', ru: 'Узбекистан' },
    IRN: { zh: '伊朗', ru: 'Иран' }
  }
};

const ENGLISH = new Map([
  ['KAZ', 'Kazakhstan'],
  ['UZB', 'Uzbekistan'],
  ['IRN', 'Iran']
]);

const LEVEL = { simplify: { minWeight: 0, minRingArea: 0 }, decimals: 4 };
const NO_DISPUTES = { disputedBoundaries: [], claims: [] };

/** Every segment of the lines as a direction-free key, to count how often a stretch of border is drawn. */
function segmentKeys(lines: Position[][]): string[] {
  return lines.flatMap((line) => line.slice(1).map((b, i) => [line[i].join(','), b.join(',')].sort().join(' ')));
}

describe('assignCountryCodes', () => {
  it('names a polygon inside the story area that it cannot place, instead of leaving a hole', () => {
    const topo = fixtureTopology([square('Kazakhstan', 60, 45), square('Atlantis', 61, 45)]);
    expect(() => assignCountryCodes(topo, NATURAL_EARTH, NAMES)).toThrow(/Atlantis/);
  });

  it('keeps land beyond the Natural Earth area as unnamed context and drops what is off the map', () => {
    const topo = fixtureTopology([
      square('Kazakhstan', 60, 45),
      square('Sumatra', 100, -5),
      square('Brazil', -50, -10)
    ]);
    const assigned = assignCountryCodes(topo, NATURAL_EARTH, NAMES);
    const keys = assigned.objects.countries.geometries.map((g) => (g.properties as { key: string }).key);
    expect(keys).toEqual(['KAZ', 'context:Sumatra']);
  });
});

describe('buildCountryLevel', () => {
  const topo = assignCountryCodes(
    fixtureTopology([
      square('Kazakhstan', 60, 45),
      square('Uzbekistan', 61, 45),
      square('Baikonur', 59, 45),
      square('Iran', 60, 44, 2)
    ]),
    NATURAL_EARTH,
    NAMES
  );
  const { countries, borders } = buildCountryLevel(topo, NAMES, ENGLISH, NO_DISPUTES, LEVEL);

  it('merges an alias into its country and gives each country its codes and names', () => {
    const kazakhstan = countries.features.find((f) => f.properties.iso3 === 'KAZ')!;
    expect(kazakhstan.properties).toEqual({
      iso3: 'KAZ',
      name_en: 'Kazakhstan',
      name_zh: '哈萨克斯坦',
      name_ru: 'Казахстан',
      focus: true
    });
    expect(bbox(kazakhstan)).toEqual([59, 45, 61, 46]);
    expect(countries.features.find((f) => f.properties.iso3 === 'IRN')!.properties.focus).toBe(false);
  });

  it('draws each shared border once, and none inside a country', () => {
    const international = borders.features.filter((f) => f.properties.kind === 'international');
    const keys = segmentKeys(international.flatMap((f) => linesOf(f.geometry)));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('61,45 61,46');
    expect(keys).not.toContain('60,45 60,46');
  });

  it('outlines the focus countries, coasts included, but not the borders between neighbours', () => {
    const outline = borders.features.find((f) => f.properties.kind === 'focus-outline')!;
    const keys = segmentKeys(linesOf(outline.geometry));
    expect(keys).toContain('61,46 62,46');
    expect(keys).toContain('61,45 61,46');
    expect(keys.some((k) => k.includes('60,44') && k.includes('62,44'))).toBe(false);
  });
});

describe('splitByDispute', () => {
  const disputed: Position[][] = [
    [
      [75, 35],
      [76, 35]
    ]
  ];

  it('finds points near a disputed line and not those far from it', () => {
    expect(nearAnyLine([75.5, 35.005], disputed, 0.02)).toBe(true);
    expect(nearAnyLine([75.5, 35.5], disputed, 0.02)).toBe(false);
  });

  it('cuts a border into the run along the disputed line and the runs off it', () => {
    const border: Position[] = [
      [74, 35],
      [75, 35],
      [75.5, 35],
      [76, 35],
      [76, 36]
    ];
    const { international, disputed: runs } = splitByDispute([border], disputed, 0.02);
    expect(runs).toEqual([
      [
        [75, 35],
        [75.5, 35],
        [76, 35]
      ]
    ]);
    expect(international).toEqual([
      [
        [74, 35],
        [75, 35]
      ],
      [
        [76, 35],
        [76, 36]
      ]
    ]);
  });
});
