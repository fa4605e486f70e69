// What the reader takes away: the data download (exactly the visible features, coordinates as stored, quotes
// verbatim, CSV that reads back), the exported image's layout, and the names the files get.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Geometry } from 'geojson';
import { listItems } from '../../src/lib/content/catalog';
import { iso3OfCountryId, type Catalog } from '../../src/lib/data/catalog';
import { allMembers, legendGroups, memberHas, swatchParts } from '../../src/lib/map/legend';
import {
  CSV_COLUMNS,
  csvField,
  entryIdOf,
  exportCollection,
  parseCsv,
  toCsv,
  type ExportRecord,
  type StoredFeature
} from '../../src/lib/takeaway/export-data';
import { layoutImage, roundScale, wrap, FONTS, type Font } from '../../src/lib/takeaway/image-layout';
import { exportName } from '../../src/lib/takeaway/download';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const article = read('src/lib/data/article/article.zh.txt');
const catalog = JSON.parse(read('static/data/catalog.json')) as Catalog;
const stored: StoredFeature[] = ['countries', 'pipeline', 'rail', 'projects', 'physical'].flatMap(
  (name) => (JSON.parse(read(`static/data/${name}.json`)) as { features: StoredFeature[] }).features
);
const members = allMembers(legendGroups(listItems(catalog)));

/** The map's own test: a stored feature shows when the legend member it belongs to is not hidden. */
const showsWith = (hidden: string[]) => (properties: Record<string, unknown>) => {
  const member = members.find((m) => memberHas(m, properties));
  return member !== undefined && !hidden.includes(member.id);
};

const HIDDEN = ['other-trains', 'pipeline-d', 'places', 'country-chn', 'project-galkynysh'];
const collection = exportCollection(stored, catalog, showsWith(HIDDEN), 'test', 'en');

describe('the data download', () => {
  it('holds exactly the selectable features of the visible layers, once each', () => {
    const expected = new Set(
      stored
        .filter((f) => showsWith(HIDDEN)(f.properties))
        .map((f) => entryIdOf(f.properties))
        .filter((id): id is string => id !== null)
    );
    const ids = collection.features.map((f) => String(f.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(expected);
    for (const hiddenId of ['pipeline-line-d', 'place-xian', 'country-chn', 'project-galkynysh', 'train-yixinou'])
      expect(ids).not.toContain(hiddenId);
    for (const shownId of ['pipeline-line-a', 'changan-xian-tashkent', 'project-angren-pap', 'country-kaz', 'fergana'])
      expect(ids).toContain(shownId);
    // Stations are parts of routes, and countries other than the six are context: neither is selectable.
    expect(ids.some((id) => id.startsWith('station'))).toBe(false);
    expect(ids.filter((id) => iso3OfCountryId(id) !== null)).toHaveLength(5);
  });

  it('keeps every stored coordinate exactly as stored', () => {
    const flatten = (g: Geometry): unknown[] =>
      g.type === 'GeometryCollection' ? g.geometries.flatMap(flatten) : [JSON.stringify(g.coordinates)];
    for (const feature of collection.features) {
      const pieces = stored.filter((f) => entryIdOf(f.properties) === feature.id).map((f) => f.geometry);
      const joined = JSON.stringify(flatten(feature.geometry!));
      for (const piece of pieces) {
        // Each piece's coordinate array appears whole inside the joined geometry.
        const text = JSON.stringify(piece.type === 'GeometryCollection' ? [] : piece.coordinates);
        expect(joined.replaceAll('\\', '').includes(text), `${feature.id}: ${piece.type}`).toBe(true);
      }
    }
    const angrenPap = collection.features.find((f) => f.id === 'project-angren-pap')!;
    expect(angrenPap.geometry.type).toBe('MultiLineString');
  });

  it('gives each feature its names, kind, sources and the article’s words, verbatim', () => {
    for (const feature of collection.features) {
      const record = feature.properties as ExportRecord;
      expect(record.name_zh, String(feature.id)).toMatch(/\S/);
      expect(record.name_en, String(feature.id)).toMatch(/\S/);
      expect(record.kind).toMatch(/\S/);
      expect(record.sources_zh, String(feature.id)).toMatch(/\S/);
      expect(record.sources_en, String(feature.id)).toMatch(/\S/);
      for (const quote of record.quote.split(' / ').filter(Boolean)) expect(article).toContain(quote);
    }
    const lineA = collection.features.find((f) => f.id === 'pipeline-line-a')!.properties as ExportRecord;
    expect(lineA.status).toBe('in-service');
    expect(lineA.dates).toContain('in_service=2009-12-14');
    expect(lineA.figures_en).toContain('1833 km');
    // In Chinese too: 1833 公里, and the design capacity of 30 bcm a year as 300 亿立方米/年.
    expect(lineA.figures_zh).toContain('1833 公里');
    expect(lineA.figures_zh).toMatch(/300 亿立方米\/年/);
    expect(lineA.accuracy_en).toMatch(/^surveyed: the OpenStreetMap route/);
    expect(lineA.drawn_length_km).toBe(catalog.features['pipeline-line-a'].drawn_length_km);
    // Each source as a reference in the column's language, the publisher's page linked, a copy only as a copy.
    expect(lineA.sources_en).toContain('xinhua2020: Xinhua, 30 July 2020, [Central Asia–China gas pipeline');
    expect(lineA.sources_en).toContain('<http://xinhuanet.com/english/2020-07/30/c_139251568.htm>');
    expect(lineA.sources_zh).toContain('xinhua2020: 新华社，2020年7月30日，［中国—中亚天然气管道');
    expect(lineA.sources_en).toMatch(
      /ccgas: Publisher unknown, December 2009, .*\(copy <http:\/\/www\.ccgas\.cn\/[^>]+>\) \[weakly sourced\]/
    );
    expect(collection.licence).toMatch(/Natural Earth/);
  });

  it('writes CSV with a header and one row per feature that reads back field for field', () => {
    const records = collection.features.map((f) => f.properties as ExportRecord);
    const rows = parseCsv(toCsv(records));
    expect(rows[0]).toEqual(CSV_COLUMNS);
    expect(rows).toHaveLength(records.length + 1);
    rows.slice(1).forEach((row, i) => {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      CSV_COLUMNS.forEach((column, c) => expect(row[c]).toBe(String(records[i][column] ?? '')));
    });
  });

  it('quotes CSV fields that need it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(parseCsv(`a,"b,""c""\r\nd",e\r\n`)).toEqual([['a', 'b,"c"\r\nd', 'e']]);
  });
});

/** Text as wide as its characters: CJK a full em, everything else half. */
const measure = (text: string, font: Font) =>
  [...text].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 1 : 0.55) * font.size, 0);

describe('the exported image', () => {
  const legend = members.slice(0, 14).map((m) => ({ label: m.label.zh, parts: swatchParts(m) }));
  const content = {
    title: '擘画中国—中亚关系新蓝图 · 丝路地图 Silk Road Atlas',
    subtitle: 'Charting a new blueprint for China–Central Asia relations · 新华社西安5月16日电',
    caption: '安格连—帕普铁路及卡姆奇克隧道',
    legend,
    scale: { px: 96, label: '200 km' },
    credits: [
      'Borders, water, places: Natural Earth (public domain)',
      'Story: 新华社《擘画中国—中亚关系新蓝图》Xinhua, 16 May 2023',
      'http://127.0.0.1/?sel=project-angren-pap&map=8/41.0062/71.1795&lang=zh'
    ]
  };

  for (const [width, height] of [
    [1280, 800],
    [390, 560]
  ]) {
    it(`places title, map, legend, scale and credits without overlap at ${width}×${height}`, () => {
      const layout = layoutImage(content, width, height, measure);
      expect(layout.map).toMatchObject({ width, height });
      const texts = layout.blocks.filter((b) => b.type === 'text');
      const top = (b: (typeof layout.blocks)[number]) =>
        b.type === 'text' ? b.y - b.font.size : b.type === 'swatch' ? b.y : b.y;
      // Everything inside the image and clear of the map.
      for (const block of layout.blocks) {
        const right = block.type === 'text' ? block.x + measure(block.text, block.font) : block.x + block.width;
        expect(block.x).toBeGreaterThanOrEqual(0);
        expect(right, JSON.stringify(block).slice(0, 80)).toBeLessThanOrEqual(layout.width);
        expect(top(block)).toBeGreaterThanOrEqual(0);
        expect(block.y).toBeLessThanOrEqual(layout.height);
        const insideMap = block.y > layout.map.y && top(block) < layout.map.y + layout.map.height;
        expect(insideMap, JSON.stringify(block).slice(0, 80)).toBe(false);
      }
      // Title and caption above the map; legend, scale and credits below it.
      const above = texts.filter((t) => t.y < layout.map.y).map((t) => t.text);
      expect(above.join('')).toContain('擘画中国');
      expect(above.join('')).toContain('安格连—帕普铁路');
      const swatches = layout.blocks.filter((b) => b.type === 'swatch');
      expect(swatches).toHaveLength(legend.length);
      for (const s of swatches) expect(s.y).toBeGreaterThan(layout.map.y + layout.map.height);
      // No two legend entries share a place.
      const places = new Set(swatches.map((s) => `${s.x},${s.y}`));
      expect(places.size).toBe(swatches.length);
      const scale = layout.blocks.find((b) => b.type === 'scale')!;
      expect(scale.y).toBeGreaterThan(Math.max(...swatches.map((s) => s.y)));
      const below = texts.filter((t) => t.y > scale.y).map((t) => t.text);
      expect(below.join(' ')).toContain('Natural Earth');
      expect(below.join(' ')).toContain('Xinhua, 16 May 2023');
    });
  }

  it('wraps long text within the width and loses no characters', () => {
    const text = content.credits[1] + ' ' + content.credits[0];
    const lines = wrap(text, 150, FONTS.credit, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line, FONTS.credit)).toBeLessThanOrEqual(150);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('picks a round scale length', () => {
    expect(roundScale(1234)).toEqual({ metres: 1000, label: '1 km' });
    expect(roundScale(420_000)).toEqual({ metres: 300_000, label: '300 km' });
    expect(roundScale(95)).toEqual({ metres: 50, label: '50 m' });
  });
});

describe('file names', () => {
  const day = new Date('2026-11-24T10:00:00Z');
  const view = { chapter: null, selected: null, hidden: [], camera: null, lang: null, month: null };
  it('say what the view shows and when it was saved', () => {
    expect(exportName({ ...view, selected: 'project-angren-pap' }, 'png', day)).toBe(
      'silk-road-atlas_project-angren-pap_2026-11-24.png'
    );
    expect(exportName({ ...view, chapter: 'gas-pipeline' }, 'csv', day)).toBe(
      'silk-road-atlas_chapter-gas-pipeline_2026-11-24.csv'
    );
    expect(exportName({ ...view, month: 201507 }, 'geojson', day)).toBe(
      'silk-road-atlas_explore_as-of-2015-07_2026-11-24.geojson'
    );
  });
});
