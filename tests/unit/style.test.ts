// The map style as data: what it may load, what it draws, how layers are ordered.
import { describe, expect, it, vi } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { basemapSource, reliefSource } from '../../src/lib/map/layers/basemap-source';
import { emptyGeoJsonSource } from '../../src/lib/map/layers/mount';
import { JOURNEY_SOURCE, journeyLayers } from '../../src/lib/map/style/journey-layers';
import { withSharedProgram } from '../../src/lib/map/style/shared-programs';
import { baseStyle, SLOTS, slotMarkerId } from '../../src/lib/map/style/base-style';
import { CITY_RANK_MIN_ZOOM } from '../../src/lib/map/style/basemap-layers';
import { contentLayers } from '../../src/lib/map/style/content-layers';
import { FOCUS_FILLS, PALETTE } from '../../src/lib/data/palette';
import { NETWORK_SOURCE_IDS, SOURCE } from '../../src/lib/map/style/source-ids';
import { LAYER, SLOT_MARKER_PREFIX, cityLabelLayer, highlightLayerPrefix } from '../../src/lib/map/style/layer-ids';
import { FONT_STACK, FONT_STACK_CSS } from '../../src/lib/map/style/fonts';
import { BASEMAP_ARCHIVE, DATA_FILES } from '../../src/lib/data/files';
import { highlightFilter, highlightLayers, highlightShows } from '../../src/lib/map/style/highlight-layers';
import { FOCUS_COUNTRIES } from '../../src/lib/data/extent';

const ALL_LAYERS = contentLayers();

/** The whole style as the page assembles it: the base style, every source and every layer it adds. */
function assembledStyle(): StyleSpecification {
  vi.stubGlobal('window', { location: { href: 'http://127.0.0.1/' } });
  const base = baseStyle();
  const highlights = (['emphasis', 'selected', 'hover'] as const).flatMap((k) =>
    highlightLayers(k).map((h) => h.layer)
  );
  const layers: LayerSpecification[] = [...base.layers, ...ALL_LAYERS, ...highlights, ...journeyLayers()];
  const style: StyleSpecification = {
    ...base,
    sources: {
      ...base.sources,
      [SOURCE.basemap]: basemapSource(),
      [SOURCE.relief]: reliefSource(),
      ...Object.fromEntries(Object.values(NETWORK_SOURCE_IDS).map((id) => [id, emptyGeoJsonSource()])),
      [SOURCE.journey]: emptyGeoJsonSource()
    },
    layers: layers.map(withSharedProgram)
  };
  vi.unstubAllGlobals();
  return style;
}

describe('MapLibre’s style validator', () => {
  it('passes the whole assembled style: every source, every layer, as the page adds them', () => {
    const style = assembledStyle();
    expect(style.layers.length).toBeGreaterThan(40);
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('would catch a layer MapLibre cannot draw', () => {
    const style = assembledStyle();
    // A paint property MapLibre does not know: not a LayerSpecification, which is the point.
    const broken = { ...style.layers[3], paint: { 'fill-colour': '#f00' } } as unknown as LayerSpecification;
    const errors = validateStyleMin({ ...style, layers: [...style.layers, { ...broken, id: 'broken' }] });
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(new RegExp(`^layers\\[${style.layers.length}\\]\\.paint\\.fill-colour: unknown property`))
    ]);
  });
});

describe('the map style', () => {
  it('asks for no glyph server, no sprite and no tiles: nothing from outside the site', () => {
    const style = baseStyle();
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify({ style, ALL_LAYERS })).not.toMatch(/https?:\/\//);
  });

  it('gives every layer a unique id and a source the app defines', () => {
    const ids = ALL_LAYERS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sources = new Set<string>(Object.values(SOURCE));
    for (const layer of ALL_LAYERS) expect(sources.has((layer as { source: string }).source), layer.id).toBe(true);
    // Every source loads one of the data files, but the relief (a folder of tiles) and the basemap archive.
    for (const key of Object.keys(NETWORK_SOURCE_IDS)) expect(Object.keys(DATA_FILES), `source ${key}`).toContain(key);
    // Each basemap layer reads a layer of the archive, and the same features exist as GeoJSON (for the tests).
    for (const layer of ALL_LAYERS.filter((l) => 'source' in l && l.source === SOURCE.basemap)) {
      const archiveLayer = (layer as { 'source-layer': string })['source-layer'];
      expect(BASEMAP_ARCHIVE.layers, layer.id).toContain(archiveLayer);
      expect(Object.keys(DATA_FILES), layer.id).toContain(archiveLayer);
    }
  });

  it('keeps a marker layer for every slot, in order, above the sea', () => {
    const ids = baseStyle().layers.map((l) => l.id);
    expect(ids).toEqual([LAYER.sea, ...SLOTS.map(slotMarkerId)]);
  });

  it('names every layer it adds in layer-ids.ts, each id once, and its sources in source-ids.ts', () => {
    /** Every id in LAYER, however deep its group. */
    const named = (group: object): string[] =>
      Object.values(group).flatMap((v) => (typeof v === 'string' ? [v] : named(v as object)));
    const cities = Object.keys(CITY_RANK_MIN_ZOOM).map((rank) => cityLabelLayer(Number(rank)));
    const ids = [...named(LAYER), ...cities];
    expect(new Set(ids).size).toBe(ids.length);
    const added = [...baseStyle().layers, ...ALL_LAYERS, ...journeyLayers()]
      .map((l) => l.id)
      .filter((id) => !id.startsWith(SLOT_MARKER_PREFIX));
    expect(added.toSorted()).toEqual(ids.toSorted());
    // The layers made per kind of highlight all start with their kind's prefix.
    for (const kind of ['selected', 'hover', 'emphasis'] as const) {
      for (const { layer } of highlightLayers(kind))
        expect(layer.id).toMatch(new RegExp(`^${highlightLayerPrefix(kind)}`));
    }
    // journey-layers.ts spells the journey's source itself (the layer ids are held equal above).
    expect(JOURNEY_SOURCE).toBe(SOURCE.journey);
    expect(new Set(Object.values(SOURCE)).size).toBe(Object.keys(SOURCE).length);
  });

  it('paints the six countries in six distinct tints, none the colour of other land or the sea', () => {
    const fills = FOCUS_COUNTRIES.map((iso3) => FOCUS_FILLS[iso3].toLowerCase());
    expect(new Set(fills).size).toBe(6);
    expect(fills).not.toContain(PALETTE.land.toLowerCase());
    expect(fills).not.toContain(PALETTE.sea.toLowerCase());
  });

  it('labels with a CJK-first local font stack that ends in a generic family', () => {
    for (const layer of ALL_LAYERS.filter((l) => l.type === 'symbol')) {
      const fonts = (layer.layout as { 'text-font': string[] })['text-font'];
      expect(fonts.slice(-FONT_STACK.length), layer.id).toEqual(FONT_STACK);
    }
    expect(FONT_STACK[0]).toMatch(/CJK/);
    expect(FONT_STACK_CSS.endsWith('sans-serif')).toBe(true);
  });

  it('keeps the highlight layers hidden until they have something to draw, and then only those that can', () => {
    for (const kind of ['selected', 'hover', 'emphasis'] as const) {
      const highlights = highlightLayers(kind);
      for (const h of highlights) {
        expect(h.layer.layout?.visibility, h.layer.id).toBe('none');
        expect(highlightShows(h, null), h.layer.id).toBe(false);
        expect(highlightShows(h, []), h.layer.id).toBe(false);
      }
      const shownFor = (chosen: string | string[]) =>
        highlights.filter((h) => highlightShows(h, chosen)).map((h) => h.layer.id);
      // A country lights only its outline; a feature lights the layers that draw features by id, not the outline.
      const prefix = highlightLayerPrefix(kind);
      expect(shownFor('country-kaz')).toEqual([`${prefix}country`]);
      expect(shownFor('project-zhanatas-wind')).not.toContain(`${prefix}country`);
      expect(shownFor('project-zhanatas-wind')).toContain(`${prefix}point`);
      expect(shownFor(['country-uzb', 'tianshan'])).toHaveLength(highlights.length);
      // What the filter picks agrees with whether the layer shows.
      const outline = highlights.find((h) => h.key === 'iso3')!;
      expect(highlightFilter(outline, ['country-uzb', 'tianshan'])).toEqual([
        '==',
        ['coalesce', ['get', 'iso3'], ''],
        'UZB'
      ]);
    }
  });
});
