// The data behind the current view, for download: the features of the visible legend members as GeoJSON (one
// feature per thing the reader can click, its stored pieces kept as they are) and as CSV (one row per feature).
// Coordinates are copied from the data files untouched: no rounding, no reprojection.
import { figureIn } from '$lib/i18n/units';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Entry } from '$lib/content/catalog';
import type { Quote } from '$lib/data/article';
import { countryId, type Catalog } from '$lib/data/catalog';
import { entryOf } from '$lib/content/catalog';
import { citeSources, sourceLine } from '$lib/ui/panel/sources';
import { ARTICLE, articleCredit } from '$lib/content/site';
import { LANGS, inEveryLang, toColumns, type Lang, type Localized, type LocalizedColumns } from '$lib/data/langs';
import type { Figure } from '$lib/data/network';
import { localizedMessage } from '$lib/i18n/messages';

/** The files whose features the data download holds, in the list's order (each one the site ships: files.ts). */
export const EXPORTED_FILES = ['countries', 'pipeline', 'rail', 'projects', 'physical'] as const;

/** A stored feature: what the data files hold (network pieces, countries, landform outlines). */
export type StoredFeature = Feature<Geometry, Record<string, unknown>>;

/**
 * One exported thing, flat: the CSV's row and the GeoJSON feature's properties. Its texts in every reader language
 * are columns `<name>_<lang>` (`name_zh`, `name_en`, `figures_zh` …), written by langs.ts's toColumns.
 */
export type ExportRecord = {
  id: string;
  kind: string;
  status: string;
  /** `key=YYYY-MM-DD` pairs, `;`-separated. */
  dates: string;
  countries: string;
  drawn_length_km: number | null;
  /** The article's words about it, verbatim, ` / ` between passages, with paragraph ids in `quote_paragraphs`. */
  quote: string;
  quote_paragraphs: string;
} & LocalizedColumns<'name'> &
  /** `label: value unit [source keys]`, `;`-separated, the value scaled to the language's unit (亿立方米, 亿美元). */
  LocalizedColumns<'figures'> &
  /** Where the drawing comes from. */
  LocalizedColumns<'accuracy'> &
  /** Each source as a reference in the language: `key: publisher, date, title <url> (copy <url>)`, `;`-separated. */
  LocalizedColumns<'sources'>;

/** The columns of a language-bound text, one per language. */
const columnsOf = (prefix: string) => LANGS.map((lang) => `${prefix}_${lang}` as keyof ExportRecord);

export const CSV_COLUMNS: (keyof ExportRecord)[] = [
  'id',
  ...columnsOf('name'),
  'kind',
  'status',
  'dates',
  ...columnsOf('figures'),
  'countries',
  'drawn_length_km',
  ...columnsOf('accuracy'),
  ...columnsOf('sources'),
  'quote',
  'quote_paragraphs'
];

/** A feature's figures in one language: `label: value unit [sources]`, `;`-separated. */
function figuresIn(figures: Figure[], lang: Lang): string {
  const colon = lang === 'zh' ? '：' : ': ';
  return joinList(
    figures.map((f) => {
      const { value, unit } = figureIn(f, lang);
      return `${f.label[lang]}${colon}${value} ${unit} [${f.sources.join(', ')}]`.trim();
    })
  );
}

/** No figures, in every language's column. */
const noFigures = (): Localized => Object.fromEntries(LANGS.map((lang) => [lang, ''])) as Localized;

/**
 * What the data download may be used for and whom it credits, in every language (the GeoJSON's `licence`, the
 * share panel's note). OpenStreetMap's credit keeps its English words in all, as its licence asks.
 */
const LICENCE_EN =
  'Compiled by Silk Road Atlas. Borders, countries and landform outlines: Natural Earth (public domain). ' +
  'The gas pipeline Lines A–C and the Angren–Pap railway: © OpenStreetMap contributors, Open Database Licence ' +
  '(ODbL 1.0, https://www.openstreetmap.org/copyright); this extract stays under the ODbL. Other railways: ' +
  'Natural Earth 1:10m railroads (public domain). Routes, projects and places: drawn by Silk Road Atlas from the sources listed with ' +
  'each feature; where a route is drawn through named places rather than surveyed, its accuracy says so. ' +
  `Quotations: ${articleCredit('en')}, ${ARTICLE.title}, quoted for reference.`;

export const LICENCE_NOTE: Localized = {
  // The English note, with the OpenStreetMap credit in Chinese as well (the Chinese reader's one sentence of it).
  zh: LICENCE_EN.replace(
    'stays under the ODbL. ',
    'stays under the ODbL. 天然气管道A/B/C线与安格连—帕普铁路：© OpenStreetMap 贡献者（开放数据库许可协议 ODbL）。 '
  ),
  en: LICENCE_EN,
  ru: `Составлено «Атласом Шёлкового пути». Границы, страны и контуры природных объектов: Natural Earth (общественное достояние). Нитки A–C газопровода и железная дорога Ангрен — Пап: © OpenStreetMap contributors, Open Database Licence (ODbL 1.0, https://www.openstreetmap.org/copyright); эта выборка остаётся под лицензией ODbL. Другие железные дороги: Natural Earth 1:10\u00a0млн, railroads (общественное достояние). Маршруты, проекты и места нарисованы «Атласом Шёлкового пути» по источникам, указанным для каждого объекта; если маршрут проведён через известные пункты, а не по данным съёмки, это сказано в описании точности. Цитаты: ${articleCredit('ru')}, «${ARTICLE.title}», приводятся для справки.`
};

/** The thing a stored feature is a piece of: its catalog id, or null for what the reader cannot select. */
export function entryIdOf(properties: Record<string, unknown>): string | null {
  if (typeof properties.iso3 === 'string') return properties.focus ? countryId(properties.iso3) : null;
  if (properties.kind === 'station') return null;
  return typeof properties.id === 'string' ? properties.id : null;
}

/** Pieces of one thing joined into one geometry, each piece's coordinates as stored. */
export function joinGeometries(geometries: Geometry[]): Geometry {
  if (geometries.length === 1) return geometries[0];
  const types = new Set(geometries.map((g) => g.type));
  if (types.size === 1 && types.has('Point'))
    return { type: 'MultiPoint', coordinates: geometries.map((g) => (g as { coordinates: Position }).coordinates) };
  if (types.size === 1 && types.has('LineString'))
    return {
      type: 'MultiLineString',
      coordinates: geometries.map((g) => (g as { coordinates: Position[] }).coordinates)
    };
  if ([...types].every((t) => t === 'Polygon' || t === 'MultiPolygon'))
    return {
      type: 'MultiPolygon',
      coordinates: geometries.flatMap((g) =>
        g.type === 'Polygon' ? [g.coordinates] : (g as { coordinates: Position[][][] }).coordinates
      )
    };
  return { type: 'GeometryCollection', geometries };
}

const joinList = (values: string[]) => values.join('; ');

function quotesOf(entry: Entry): Quote[] {
  return entry.quotes ?? [];
}

/** The flat record of a catalog entry. */
export function recordOf(entry: Entry, catalog: Catalog): ExportRecord {
  const cited = citeSources(entry.sources ?? [], catalog);
  const quotes = quotesOf(entry);
  const base = {
    id: entry.id,
    ...toColumns('name', entry.name),
    ...toColumns(
      'sources',
      inEveryLang((lang) => joinList(cited.map((source) => sourceLine(source, lang))))
    ),
    quote: quotes.map((q) => q.text).join(' / '),
    quote_paragraphs: joinList(quotes.map((q) => q.paragraph))
  };
  switch (entry.kind) {
    case 'country':
      return {
        ...base,
        kind: 'country',
        status: '',
        dates: entry.bri_document ? `belt_and_road_document=${entry.bri_document.date}` : '',
        ...toColumns('figures', noFigures()),
        countries: entry.iso3,
        drawn_length_km: null,
        ...toColumns('accuracy', localizedMessage('export.countryAccuracy'))
      };
    case 'landform':
      return {
        ...base,
        kind: entry.landform,
        status: '',
        dates: '',
        ...toColumns('figures', noFigures()),
        countries: '',
        drawn_length_km: null,
        ...toColumns('accuracy', entry.accuracy)
      };
    default:
      return {
        ...base,
        kind: entry.kind,
        status: entry.status ?? '',
        dates: joinList(Object.entries(entry.dates ?? {}).map(([key, date]) => `${key}=${date}`)),
        ...toColumns(
          'figures',
          Object.fromEntries(LANGS.map((lang) => [lang, figuresIn(entry.figures, lang)])) as Localized
        ),
        countries: entry.countries.join(','),
        drawn_length_km: entry.drawn_length_km,
        ...toColumns('accuracy', entry.accuracy)
      };
  }
}

/**
 * The visible things among the stored features, one GeoJSON feature each (in the order first met), with their
 * records as properties. `isVisible` says whether a stored piece is shown (legend members and timeline).
 */
export function exportCollection(
  stored: StoredFeature[],
  catalog: Catalog,
  isVisible: (properties: Record<string, unknown>) => boolean,
  note: string,
  lang: Lang
): FeatureCollection & { licence: string; provenance: string } {
  const pieces = new Map<string, Geometry[]>();
  for (const feature of stored) {
    const id = entryIdOf(feature.properties ?? {});
    if (!id || !entryOf(catalog, id) || !isVisible(feature.properties ?? {})) continue;
    pieces.set(id, [...(pieces.get(id) ?? []), feature.geometry]);
  }
  const features = [...pieces].map(([id, geometries]): Feature => ({
    type: 'Feature',
    id,
    properties: { ...recordOf(entryOf(catalog, id)!, catalog) },
    geometry: joinGeometries(geometries)
  }));
  return { type: 'FeatureCollection', licence: LICENCE_NOTE[lang], provenance: note, features };
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The records as CSV: a header, then one row per feature; CRLF line ends, as RFC 4180 has them. */
export function toCsv(records: ExportRecord[]): string {
  const rows = [CSV_COLUMNS, ...records.map((r) => CSV_COLUMNS.map((c) => r[c]))];
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Parses CSV written by `toCsv` (and any RFC 4180 CSV): rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
