// The committed map data against the world (against a fresh build: data-build.test.ts).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area, booleanPointInPolygon, distance, nearestPointOnLine } from '@turf/turf';
import { countries, countriesAt, kmToCountry } from '../support/countries';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position
} from 'geojson';
import { PROJECT_ROOT } from '../../geo/build';
import { linesOf } from '../../geo/lib/geometry';
import { DATA_FILES, type DataFileKey, projectPath } from '../../src/lib/data/files';
import {
  ARTICLE_PHYSICAL_NAMES,
  FERGANA_ENCLAVES,
  LANDFORM_AREAS,
  LANDFORM_TOWNS,
  REQUIRED_LAKES,
  REQUIRED_RIVERS,
  SIX_COUNTRIES,
  STORY_CITIES
} from '../world';

const committedText = (key: DataFileKey) => readFileSync(join(PROJECT_ROOT, projectPath(DATA_FILES[key])), 'utf8');
const committed = <P = Record<string, unknown>>(key: DataFileKey) =>
  JSON.parse(committedText(key)) as FeatureCollection<Geometry, P>;
const article = readFileSync(join(PROJECT_ROOT, 'src/lib/data/article/article.zh.txt'), 'utf8');
const naturalEarth50m = JSON.parse(
  readFileSync(join(PROJECT_ROOT, 'geo/sources/naturalearth/ne_50m_admin_0_countries.json'), 'utf8')
) as FeatureCollection<Geometry, { ADM0_A3: string }>;

const labels = committed<{ kind: string; name_zh: string; name_en: string; iso3?: string; physical?: string }>(
  'labels'
);
const water = committed<{ kind: string; name_en: string | null; name_zh: string | null }>('water');

/** Point in polygon for any feature of the data (their polygons are Polygon or MultiPolygon). */
function isInside(point: Position, feature: Feature<Geometry, unknown>): boolean {
  return booleanPointInPolygon(point, feature as unknown as Feature<Polygon | MultiPolygon>);
}

describe('landforms read off the relief', () => {
  const physical = committed<{ id: string }>('physical');
  const outline = (id: string) => physical.features.find((f) => f.properties.id === id)!;

  it('outline the Fergana Valley and the Kyzylkum at their published areas', () => {
    for (const { id, km2 } of LANDFORM_AREAS) {
      const measured = area(outline(id)) / 1e6;
      expect(Math.abs(measured / km2 - 1), `${id}: ${Math.round(measured)} km² for ${km2}`).toBeLessThanOrEqual(0.15);
    }
  });

  it('hold the towns that lie in them and leave out those that do not', () => {
    for (const { id, inside, outside } of LANDFORM_TOWNS) {
      for (const [name, point] of Object.entries(inside))
        expect(isInside(point, outline(id)), `${name} in ${id}`).toBe(true);
      for (const [name, point] of Object.entries(outside))
        expect(isInside(point, outline(id)), `${name} not in ${id}`).toBe(false);
    }
  });
});

describe('countries', () => {
  it('has the six countries, by ISO code, with the names the article writes', () => {
    for (const country of SIX_COUNTRIES) {
      const feature = countries.features.find((f) => f.properties.iso3 === country.iso3);
      expect(feature?.properties).toMatchObject({ name_zh: country.zh, name_en: country.en, focus: true });
      expect(article).toContain(country.zh);
    }
    expect(countries.features.filter((f) => f.properties.focus)).toHaveLength(6);
  });

  it('puts the Fergana Valley enclaves in the right countries at full detail', () => {
    for (const enclave of FERGANA_ENCLAVES) expect(countriesAt(enclave.point), enclave.name).toEqual([enclave.iso3]);
  });

  it('gives every labelled point on the map at most one country', () => {
    for (const label of labels.features) {
      const owners = countriesAt((label.geometry as Point).coordinates);
      // Natural Earth draws Israel over the Palestinian territories (both de facto); the only overlap it has.
      if (owners.includes('PSX')) continue;
      expect(owners.length, label.properties.name_en).toBeLessThanOrEqual(1);
    }
  });
});

describe('labels', () => {
  it('puts each country label inside its own country', () => {
    for (const label of labels.features.filter((f) => f.properties.kind === 'country')) {
      expect(countriesAt((label.geometry as Point).coordinates), label.properties.name_en).toContain(
        label.properties.iso3
      );
    }
  });

  it('puts each city in the country it belongs to (coastal cities within 15 km of it)', () => {
    const drawn = new Set(countries.features.map((f) => f.properties.iso3));
    for (const label of labels.features.filter((f) => f.properties.kind === 'city')) {
      const point = (label.geometry as Point).coordinates;
      if (!drawn.has(label.properties.iso3!)) {
        // Only a microstate may be missing: too small to draw at this scale, its capital falls in a neighbour.
        const source = naturalEarth50m.features.find((f) => f.properties.ADM0_A3 === label.properties.iso3)!;
        expect(area(source) / 1e6, `${label.properties.iso3} is not drawn`).toBeLessThan(1000);
        continue;
      }
      const inside = countriesAt(point);
      // Natural Earth files Jerusalem under Israel with its point in the West Bank polygon; the map takes no side.
      if (label.properties.name_en === 'Jerusalem') continue;
      if (inside.length === 1) {
        expect(inside, label.properties.name_en).toEqual([label.properties.iso3]);
      } else {
        const km = kmToCountry(point, label.properties.iso3!);
        expect(km, `${label.properties.name_en} lies ${km.toFixed(1)} km from ${label.properties.iso3}`).toBeLessThan(
          15
        );
      }
    }
  });

  it('labels every city the story needs, in its country', () => {
    const cities = labels.features.filter((f) => f.properties.kind === 'city');
    for (const city of STORY_CITIES) {
      expect(cities.find((f) => f.properties.name_en === city.en)?.properties.iso3, city.en).toBe(city.iso3);
    }
  });

  it('labels each physical feature the article names, inside its outline where it has one', () => {
    const physical = committed<{ name_zh: string }>('physical');
    for (const name of ARTICLE_PHYSICAL_NAMES) {
      const label = labels.features.find((f) => f.properties.name_zh === name);
      expect(label, name).toBeDefined();
      expect(article).toContain(name);
      const outline = physical.features.find((f) => f.properties.name_zh === name);
      if (outline) expect(isInside((label!.geometry as Point).coordinates, outline)).toBe(true);
    }
  });

  it('puts the Amu Darya label on the river (within 25 km of its line)', () => {
    const label = labels.features.find((f) => f.properties.name_en === 'Amu Darya')!;
    const river = water.features.find((f) => f.properties.name_en === 'Amu Darya')!;
    const lines = linesOf(river.geometry).map((coordinates) => ({ type: 'LineString', coordinates }) as LineString);
    const km = Math.min(
      ...lines.map((l) =>
        distance((label.geometry as Point).coordinates, nearestPointOnLine(l, (label.geometry as Point).coordinates))
      )
    );
    expect(km).toBeLessThan(25);
  });

  it('puts the sea labels in open water', () => {
    for (const sea of labels.features.filter((f) => f.properties.kind === 'sea')) {
      expect(countriesAt((sea.geometry as Point).coordinates), sea.properties.name_en).toEqual([]);
    }
  });

  it('writes Chinese names in simplified characters', () => {
    // Characters that differ between the scripts and occur in Natural Earth's traditional names.
    const traditional = /[圖納爾蘭倫維開羅馬亞貝歐臺灣門東義們]/;
    for (const label of labels.features)
      expect(label.properties.name_zh, label.properties.name_en).not.toMatch(traditional);
  });
});

describe('water and borders', () => {
  it('has the rivers and lakes the basemap must show, named in Chinese', () => {
    for (const name of [...REQUIRED_RIVERS, ...REQUIRED_LAKES]) {
      const feature = water.features.find((f) => f.properties.name_en === name);
      expect(feature?.properties.name_zh, name).toBeTruthy();
    }
  });

  it('draws each stretch of land border once', () => {
    const borders = committed<{ kind: string }>('bordersDetail');
    const keys = borders.features
      .filter((f) => f.properties.kind === 'international' || f.properties.kind === 'disputed')
      .flatMap((f) => linesOf(f.geometry as LineString | MultiLineString))
      .flatMap((line) => line.slice(1).map((b, i) => [line[i].join(), b.join()].sort().join(' ')));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('dashes the disputed Kashmir and Aksai Chin lines but not the China–Kazakhstan border', () => {
    const borders = committed<{ kind: string }>('bordersDetail');
    const vertices = (kind: string) =>
      borders.features.filter((f) => f.properties.kind === kind).flatMap((f) => linesOf(f.geometry).flat());
    const inBox = (points: Position[], [w, s, e, n]: number[]) =>
      points.filter(([x, y]) => x > w && x < e && y > s && y < n).length;
    expect(inBox(vertices('disputed'), [73, 32, 81, 37])).toBeGreaterThan(20);
    expect(inBox(vertices('disputed'), [79.5, 42, 87, 50])).toBe(0);
    expect(inBox(vertices('international'), [79.5, 42, 87, 50])).toBeGreaterThan(20);
  });
});
