// The map style as data: what it may load, what it draws, how layers are ordered.
import { describe, expect, it, vi } from 'vitest';
import { expression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { basemapSource, reliefSource } from '../../src/lib/map/layers/basemap-source';
import { emptyGeoJsonSource } from '../../src/lib/map/layers/mount';
import { journeyLayers, journeySource } from '../../src/lib/map/style/journey-layers';
import { withSharedProgram } from '../../src/lib/map/style/shared-programs';
import { baseStyle, SLOTS, slotMarkerId } from '../../src/lib/map/style/base-style';
import { CITY_RANK_MIN_ZOOM } from '../../src/lib/map/style/basemap-layers';
import { contentLayers } from '../../src/lib/map/style/content-layers';
import { FOCUS_FILLS, PALETTE } from '../../src/lib/data/palette';
import { NETWORK_SOURCE_IDS, SOURCE } from '../../src/lib/map/style/source-ids';
import { LAYER, SLOT_MARKER_PREFIX, cityLabelLayer, HIGHLIGHT_LAYER_PREFIX } from '../../src/lib/map/style/layer-ids';
import { FONT_STACK, FONT_STACK_CSS } from '../../src/lib/map/style/fonts';
import { BASEMAP_ARCHIVE, DATA_FILES } from '../../src/lib/data/files';
import {
  BASEMAP_PROMOTE_ID,
  highlightLayers,
  highlightShows,
  highlightTargets
} from '../../src/lib/map/style/highlight-layers';
import { FOCUS_COUNTRIES } from '../../src/lib/data/extent';

const ALL_LAYERS = contentLayers();

/** The whole style as the page assembles it: the base style, every source and every layer it adds. */
function assembledStyle(): StyleSpecification {
  vi.stubGlobal('window', { location: { href: 'http://127.0.0.1/' } });
  const base = baseStyle();
  const highlights = highlightLayers().map((h) => h.layer);
  const layers: LayerSpecification[] = [...base.layers, ...ALL_LAYERS, ...highlights, ...journeyLayers()];
  const style: StyleSpecification = {
    ...base,
    sources: {
      ...base.sources,
      [SOURCE.basemap]: basemapSource(),
      [SOURCE.relief]: reliefSource(),
      ...Object.fromEntries(Object.values(NETWORK_SOURCE_IDS).map((id) => [id, emptyGeoJsonSource()])),
      [SOURCE.journey]: journeySource()
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
    // The highlight layers all start with their prefix.
    for (const { layer } of highlightLayers()) expect(layer.id.startsWith(HIGHLIGHT_LAYER_PREFIX), layer.id).toBe(true);
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
    const highlights = highlightLayers();
    for (const h of highlights) {
      expect(h.layer.layout?.visibility, h.layer.id).toBe('none');
      expect(highlightShows(h, null), h.layer.id).toBe(false);
      expect(highlightShows(h, []), h.layer.id).toBe(false);
    }
    const shownFor = (chosen: string | string[]) =>
      highlights.filter((h) => highlightShows(h, chosen)).map((h) => h.layer.id);
    // A country lights only its outline; a feature lights the layers that draw features by id, not the outline.
    expect(shownFor('country-kaz')).toEqual([`${HIGHLIGHT_LAYER_PREFIX}country`]);
    expect(shownFor('project-zhanatas-wind')).not.toContain(`${HIGHLIGHT_LAYER_PREFIX}country`);
    expect(shownFor('project-zhanatas-wind')).toContain(`${HIGHLIGHT_LAYER_PREFIX}point`);
    expect(shownFor(['country-uzb', 'tianshan'])).toHaveLength(highlights.length);
  });

  it('lights a chosen thing by the state of its features: a country by its ISO code, a feature by its id', () => {
    expect(highlightTargets(['country-uzb'])).toEqual([
      { source: SOURCE.basemap, sourceLayer: 'countries', id: 'UZB' }
    ]);
    expect(highlightTargets('tianshan', () => ['physical'])).toEqual([
      { source: SOURCE.basemap, sourceLayer: 'physical', id: 'tianshan' }
    ]);
    // Not known where it is drawn: every feature set that draws by id is asked.
    const everywhere = highlightTargets('tianshan');
    expect(everywhere.length).toBe(highlightLayers().filter((h) => h.set).length - 1);
    expect(highlightTargets(null)).toEqual([]);
    // The sources name those features by the properties the targets use.
    expect(BASEMAP_PROMOTE_ID).toEqual({ physical: 'id', water: 'id', countries: 'iso3' });
  });

  it('draws a lit feature in its highlight colour, selection over hover over emphasis, and the rest not at all', () => {
    for (const { layer } of highlightLayers()) {
      const paint = layer.paint as Record<string, unknown>;
      const [colourProperty, opacityProperty] =
        layer.type === 'circle' ? ['circle-color', 'circle-opacity'] : ['line-color', 'line-opacity'];
      const spec = (latest as unknown as Record<string, Record<string, object>>)[`paint_${layer.type}`];
      const evaluate = (property: string, state: Record<string, boolean>) => {
        const parsed = expression.createPropertyExpression(paint[property], property, spec[property] as never);
        if (parsed.result !== 'success') throw new Error(`${layer.id} ${property}: ${JSON.stringify(parsed.value)}`);
        const feature = { type: 'LineString', properties: { id: 'x' } } as never;
        return parsed.value.evaluate({ zoom: 4 }, feature, state as never);
      };
      const hex = (c: unknown) => (c as { toString(): string }).toString();
      expect(evaluate(opacityProperty, {}), layer.id).toBe(0);
      expect(evaluate(opacityProperty, { hover: true }), layer.id).toBeGreaterThan(0);
      expect(hex(evaluate(colourProperty, { hover: true, selected: true })), layer.id).toBe(
        hex(evaluate(colourProperty, { selected: true }))
      );
      expect(hex(evaluate(colourProperty, { hover: true, emphasis: true })), layer.id).not.toBe(
        hex(evaluate(colourProperty, { emphasis: true }))
      );
      if (layer.type === 'circle') expect(evaluate('circle-stroke-opacity', {}), layer.id).toBe(0);
    }
  });
});
