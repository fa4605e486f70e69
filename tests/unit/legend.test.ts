// The legend and the layer toggles: swatches paint what the map paints, every list item has its one legend
// member, and hiding a member hides exactly its features (checked with MapLibre's own expression engine).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expression, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection } from 'geojson';
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { PROJECT_ROOT } from '../../geo/build';
import { listItems } from '../../src/lib/content/catalog';
import { iso3OfCountryId, type Catalog } from '../../src/lib/data/catalog';
import { DATA_FILES, projectPath, type DataFile } from '../../src/lib/data/files';
import { allMembers, legendGroups, memberHas, swatchParts } from '../../src/lib/map/legend';
import { composeFilter, layerShown, visibilityFilter } from '../../src/lib/map/filters';
import { evaluate } from '../../src/lib/map/style/evaluate';
import { countryLayers, physicalLayers, labelLayers } from '../../src/lib/map/style/basemap-layers';
import { PROJECT_ICONS, pipelineLayers, projectLayers, railLayers } from '../../src/lib/map/style/network-layers';
import { LAYER, cityLabelLayer } from '../../src/lib/map/style/layer-ids';
import { SOURCE } from '../../src/lib/map/style/source-ids';
import { FOCUS_FILLS, PALETTE } from '../../src/lib/data/palette';
import { highlightLayers, highlightShows, sourcesOfItemLayer } from '../../src/lib/map/style/highlight-layers';

const read = (file: DataFile) => JSON.parse(readFileSync(join(PROJECT_ROOT, projectPath(file)), 'utf8'));
const catalog = read(DATA_FILES.catalog) as Catalog;
const items = listItems(catalog);
const groups = legendGroups(items);
const members = allMembers(groups);

/**
 * The features a style layer reads: a network source's file, or for a basemap layer the GeoJSON file that holds
 * the same features as its archive layer (the overview, for the countries).
 */
const DATA: Record<string, FeatureCollection> = {
  countries: read(DATA_FILES.countries),
  physical: read(DATA_FILES.physical),
  labels: read(DATA_FILES.labels),
  water: read(DATA_FILES.water),
  [SOURCE.pipeline]: read(DATA_FILES.pipeline),
  [SOURCE.rail]: read(DATA_FILES.rail),
  [SOURCE.projects]: read(DATA_FILES.projects)
};
const dataOf = (layer: { source: string; 'source-layer'?: string }) =>
  DATA[layer.source === SOURCE.basemap ? layer['source-layer']! : layer.source];
const LAYERS = [
  ...countryLayers(),
  ...physicalLayers(),
  ...labelLayers(),
  ...pipelineLayers(),
  ...railLayers(),
  ...projectLayers()
].filter((l): l is Exclude<LayerSpecification, { type: 'background' }> & { source: string } => 'source' in l);

const GEOMETRY_TYPES: Record<string, 1 | 2 | 3> = {
  Point: 1,
  MultiPoint: 1,
  LineString: 2,
  MultiLineString: 2,
  Polygon: 3,
  MultiPolygon: 3
};
const asMapLibreFeature = (f: Feature) => ({ type: GEOMETRY_TYPES[f.geometry.type], properties: f.properties ?? {} });
const withType = (f: Feature) => ({ ...f.properties, $type: f.geometry.type.replace('Multi', '') });

/** The features of a layer that MapLibre's own filter engine keeps, with a filter laid over the layer's own. */
function kept(layer: LayerSpecification & { source: string }, extra: FilterSpecification | undefined, zoom = 5) {
  const filter = featureFilter(extra, `layers.${layer.id}.filter`);
  return dataOf(layer).features.filter((f) => filter.filter({ zoom }, asMapLibreFeature(f) as never));
}

describe('the expression evaluator', () => {
  it('agrees with MapLibre on every filter and paint value of the layers it reads, for every feature', () => {
    let checked = 0;
    for (const layer of LAYERS) {
      const features = dataOf(layer).features.slice(0, 60);
      const values: [string, unknown][] = Object.entries(layer.paint ?? {});
      for (const zoom of [2, 5, 8]) {
        for (const feature of features) {
          if (layer.filter) {
            const theirs = featureFilter(layer.filter, `layers.${layer.id}.filter`).filter(
              { zoom },
              asMapLibreFeature(feature) as never
            );
            expect(evaluate(layer.filter, withType(feature), zoom), `${layer.id} filter`).toBe(theirs);
          }
          for (const [name, value] of values) {
            if (Array.isArray(value) && typeof value[0] === 'number') continue; // a literal, e.g. a dasharray
            const parsed = expression.createExpression(value, `layers.${layer.id}.paint.${name}`);
            if (parsed.result !== 'success') throw new Error(`${layer.id} ${name} does not parse`);
            const theirs = parsed.value.evaluate({ zoom }, asMapLibreFeature(feature) as never);
            const ours = evaluate(value, withType(feature), zoom);
            if (typeof theirs === 'number') expect(ours as number, `${layer.id} ${name}`).toBeCloseTo(theirs, 6);
            else expect(ours, `${layer.id} ${name}`).toEqual(theirs);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('refuses an expression it does not know rather than guessing', () => {
    expect(() => evaluate(['to-rgba', '#fff'], {}, 5)).toThrow(/not supported/);
  });
});

describe('the legend', () => {
  it('paints each of the six countries in its map colour', () => {
    const countries = groups.find((g) => g.id === 'countries')!;
    expect(countries.members).toHaveLength(6);
    for (const member of countries.members) {
      const iso3 = iso3OfCountryId(member.id) as keyof typeof FOCUS_FILLS;
      expect(swatchParts(member)).toEqual([
        { layer: LAYER.countries.focus, type: 'fill', colour: FOCUS_FILLS[iso3], opacity: 1 }
      ]);
    }
  });

  it('draws the pipeline as casing and line, Line D dashed, the rail routes in their route colours', () => {
    const swatch = (id: string) => swatchParts(members.find((m) => m.id === id)!);
    expect(swatch('pipeline-abc').map((p) => p.colour)).toEqual([PALETTE.pipelineCasing, PALETTE.pipeline]);
    expect(swatch('pipeline-d')).toMatchObject([{ type: 'line', colour: PALETTE.pipeline, dash: [2, 1.5] }]);
    expect(swatch('changan-europe')[0]).toMatchObject({ type: 'line', colour: PALETTE.rail });
    expect(swatch('other-trains')[0]).toMatchObject({ type: 'line', colour: PALETTE.otherRail });
  });

  it('shows each project with its map badge', () => {
    const projects = groups.find((g) => g.id === 'projects')!.members;
    expect(projects.map((m) => m.id).sort()).toEqual(
      items
        .filter((i) => i.kind === 'project')
        .map((i) => i.id)
        .sort()
    );
    for (const member of projects) {
      const [part] = swatchParts(member);
      expect(part.type).toBe('icon');
      expect(Object.values(PROJECT_ICONS).map((i) => i.colour)).toContain(part.colour);
    }
  });

  it('gives every list item exactly one member, and every member a unique id', () => {
    expect(new Set(members.map((m) => m.id)).size).toBe(members.length);
    for (const item of items) {
      const properties = { ...item, iso3: item.kind === 'country' ? item.countries[0] : null };
      const owners = members.filter((m) => memberHas(m, properties));
      expect(
        owners.map((m) => m.id),
        item.id
      ).toHaveLength(1);
    }
  });
});

describe('hiding a legend member', () => {
  it('removes exactly its features from the layers it draws in, and nothing else', () => {
    for (const member of members) {
      let removedInAll = 0;
      for (const layer of LAYERS.filter((l) => member.layers.includes(l.id))) {
        const before = kept(layer, layer.filter);
        const hidden = new Set([member.id]);
        const after = kept(layer, composeFilter(layer.filter, visibilityFilter(layer.id, members, hidden)));
        const removed = before.filter((f) => !after.includes(f));
        removedInAll += removed.length;
        for (const f of removed)
          expect(memberHas(member, withType(f)), `${member.id} removed ${f.properties?.id}`).toBe(true);
        for (const f of after)
          expect(memberHas(member, withType(f)), `${member.id} kept ${f.properties?.id}`).toBe(false);
      }
      expect(removedInAll, member.id).toBeGreaterThan(0);
    }
  });

  it('hides a station once no shown route calls there', () => {
    const stations = LAYERS.find((l) => l.id === LAYER.rail.stations)!;
    const names = (hidden: string[]) =>
      kept(stations, composeFilter(stations.filter, visibilityFilter(stations.id, members, new Set(hidden))), 6).map(
        (f) => f.properties!.name_en as string
      );
    const all = names([]);
    expect(all).toContain('Ürümqi');
    const withoutEurope = names(['changan-europe']);
    expect(withoutEurope).toContain('Ürümqi'); // the Central Asia trains still call there
    expect(withoutEurope).toContain('Hamburg'); // the Chongqing and Zhengzhou trains call there too
    expect(withoutEurope).not.toContain('Budapest');
    expect(withoutEurope).not.toContain('Erenhot');
    expect(names(['changan-central-asia', 'changan-europe', 'changan-caspian', 'other-trains'])).toEqual([]);
  });
});

describe('the highlight of a selection', () => {
  it('shows in the sources that draw each selectable thing, which hold that thing', () => {
    const sourceFiles: Record<string, DataFile> = {
      [SOURCE.pipeline]: DATA_FILES.pipeline,
      [SOURCE.rail]: DATA_FILES.rail,
      [SOURCE.projects]: DATA_FILES.projects,
      physical: DATA_FILES.physical,
      water: DATA_FILES.water
    };
    const idsIn = (source: string) =>
      new Set((read(sourceFiles[source]) as FeatureCollection).features.map((f) => f.properties?.id));
    const features = items.filter((i) => iso3OfCountryId(i.id) === null);
    expect(features.length).toBeGreaterThan(30);
    for (const item of features) {
      const sources = sourcesOfItemLayer(item.layer);
      expect(sources, `${item.id}: sources known`).not.toBeNull();
      expect(
        sources!.some((s) => idsIn(s).has(item.id)),
        `${item.id} drawn in ${sources!.join(', ')}`
      ).toBe(true);
      // Its highlight shows in exactly those sources' layers.
      const shown = highlightLayers()
        .filter((h) => highlightShows(h, item.id, (id) => sourcesOfItemLayer(items.find((i) => i.id === id)?.layer)))
        .map((h) => h.set);
      expect(new Set(shown), item.id).toEqual(new Set(sources));
    }
  });
});

describe('a layer with nothing left to draw', () => {
  it('is hidden once every member that draws there is hidden, and shown with any one of them', () => {
    const trains = members.filter((m) => m.routeGroups).map((m) => m.id);
    expect(trains.length).toBeGreaterThan(2);
    for (const layer of [LAYER.rail.lines, LAYER.rail.stations, LAYER.rail.stationLabels]) {
      expect(layerShown(layer, members, new Set(trains)), layer).toBe(false);
      expect(layerShown(layer, members, new Set(trains.slice(1))), layer).toBe(true);
      expect(layerShown(layer, members, new Set()), layer).toBe(true);
    }
    const pipeline = members.filter((m) => m.layers.includes(LAYER.pipeline.lines)).map((m) => m.id);
    expect(layerShown(LAYER.pipeline.lines, members, new Set(pipeline))).toBe(false);
    expect(layerShown(LAYER.pipeline.lines, members, new Set(trains))).toBe(true);
  });

  it('leaves alone the layers the legend does not govern', () => {
    for (const layer of [LAYER.countries.fill, LAYER.borders.international, cityLabelLayer(1), LAYER.relief]) {
      expect(layerShown(layer, members, new Set(members.map((m) => m.id))), layer).toBeNull();
    }
  });
});
