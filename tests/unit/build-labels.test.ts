import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import {
  buildCityLabels,
  buildCountryLabels,
  buildLabels,
  buildSeaLabels,
  countryLabelPoint,
  type PlacesConfig
} from '../../geo/scripts/build-labels';
import type { CountryProperties } from '../../src/lib/data/basemap';

function place(NAME: string, ADM0_A3: string, coordinates: [number, number], extra: object = {}) {
  return {
    type: 'Feature' as const,
    properties: {
      NAME,
      NAME_EN: NAME,
      NAME_ZH: null,
      NAME_RU: `ru:${NAME}`,
      ADM0_A3,
      FEATURECLA: 'Populated place',
      SCALERANK: 5,
      ...extra
    },
    geometry: { type: 'Point' as const, coordinates }
  };
}

const PLACES = {
  type: 'FeatureCollection',
  features: [
    place('Almaty', 'KAZ', [76.91, 43.33], { NAME_ZH: '阿拉木圖' }),
    place('Astana', 'KAZ', [71.43, 51.18], { NAME_ZH: '阿斯塔納', FEATURECLA: 'Admin-0 capital', SCALERANK: 3 }),
    place('Paris', 'FRA', [2.35, 48.86], { NAME_ZH: '巴黎', FEATURECLA: 'Admin-0 capital', SCALERANK: 0 }),
    place('Shymkent', 'KAZ', [69.6, 42.3], { NAME_ZH: '奇姆肯特' }),
    place('Havana', 'CUB', [-82.4, 23.1], { NAME_ZH: '哈瓦那', FEATURECLA: 'Admin-0 capital', SCALERANK: 1 })
  ]
} as unknown as FeatureCollection<Point, never>;

const CONFIG: PlacesConfig = {
  story: [
    { name: 'Astana', adm0: 'KAZ', rank: 1 },
    { name: 'Almaty', adm0: 'KAZ', rank: 2 }
  ],
  extra: [{ point: 'yiwu', rank: 2 }],
  overrides: { zh: { Almaty: '阿拉木图' }, en: {}, ru: { Almaty: 'Алматы' } }
};

/** A stand-in for the Traditional→Simplified converter that knows the one character the fixture needs. */
const toSimplified = (text: string) => text.replaceAll('納', '纳');

/** The network points the extra places name. */
const pointById = (id: string) =>
  id === 'yiwu'
    ? { name: { zh: '义乌', en: 'Yiwu', ru: 'Иу' }, iso3: 'CHN', coord: [120.075, 29.306] as [number, number] }
    : undefined;

describe('buildCityLabels', () => {
  const labels = buildCityLabels(PLACES, CONFIG, { zh: toSimplified }, pointById);
  const byName = new Map(labels.map((l) => [l.properties.name_en, l.properties]));

  it('labels the story cities and every capital on the map, nothing else', () => {
    expect([...byName.keys()].sort()).toEqual(['Almaty', 'Astana', 'Paris', 'Yiwu']);
  });

  it('ranks story cities as configured and other capitals by Natural Earth importance', () => {
    expect(byName.get('Astana')).toMatchObject({ rank: 1, capital: true, iso3: 'KAZ' });
    expect(byName.get('Almaty')).toMatchObject({ rank: 2, capital: false });
    expect(byName.get('Paris')).toMatchObject({ rank: 2, capital: true });
  });

  it('writes Chinese names in simplified characters, preferring the overrides', () => {
    expect(byName.get('Astana')!.name_zh).toBe('阿斯塔纳');
    expect(byName.get('Almaty')!.name_zh).toBe('阿拉木图');
  });

  it('names each city in every language by Natural Earth (NAME_<LANG>) unless an override says otherwise', () => {
    expect(byName.get('Astana')!.name_ru).toBe('ru:Astana');
    expect(byName.get('Almaty')!.name_ru).toBe('Алматы');
  });

  it('takes a place missing from Natural Earth from its network point, and fails on an unknown one', () => {
    expect(byName.get('Yiwu')).toMatchObject({ name_zh: '义乌', iso3: 'CHN', rank: 2 });
    const config = { ...CONFIG, extra: [{ point: 'atlantis', rank: 2 }] };
    expect(() => buildCityLabels(PLACES, config, { zh: toSimplified }, pointById)).toThrow(/atlantis/);
  });

  it('fails when a story place is missing from Natural Earth', () => {
    const config = { ...CONFIG, story: [...CONFIG.story, { name: 'Atlantis', adm0: 'KAZ', rank: 2 }] };
    expect(() => buildCityLabels(PLACES, config, { zh: toSimplified }, pointById)).toThrow(/Atlantis/);
  });
});

describe('countryLabelPoint', () => {
  it('places the label inside a U-shaped country whose centre of mass lies outside it', () => {
    const u: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0]
        ]
      ]
    };
    expect(booleanPointInPolygon(countryLabelPoint(u), u)).toBe(true);
  });
});

describe('buildCountryLabels and buildLabels', () => {
  const country = (iso3: string | null, name_zh: string | null, focus: boolean, size: number) =>
    ({
      type: 'Feature',
      properties: { iso3, name_en: iso3 ?? 'Somewhere', name_zh, name_ru: name_zh && `ru:${iso3}`, focus },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [60, 40],
            [60 + size, 40],
            [60 + size, 40 + size],
            [60, 40 + size],
            [60, 40]
          ]
        ]
      }
    }) as Feature<Polygon, CountryProperties>;

  it('labels named countries, uses the authored point for the focus ones, skips tiny and context land', () => {
    const countries = {
      type: 'FeatureCollection' as const,
      features: [
        country('KAZ', '哈萨克斯坦', true, 10),
        country('AND', '安道尔', false, 0.01),
        country(null, null, false, 10),
        country('IRN', '伊朗', false, 10)
      ]
    };
    const labels = buildCountryLabels(countries, { KAZ: [65, 45] });
    expect(labels.map((l) => l.properties.iso3)).toEqual(['KAZ', 'IRN']);
    expect(labels[0].geometry.coordinates).toEqual([65, 45]);
    expect(labels[0].properties.rank).toBe(1);
  });

  it('orders all labels by rank', () => {
    const all = buildLabels([
      buildSeaLabels([{ zh: '里海', en: 'Caspian Sea', ru: 'Каспийское море', point: [50.9, 42] }]),
      buildCityLabels(PLACES, CONFIG, { zh: toSimplified }, pointById)
    ]);
    const ranks = all.features.map((f) => f.properties.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});
