// The story's chapters (geo/sources/authored/story/chapters.json), checked against the article, the catalog and
// the map's extent before they are written: a broken chapter stops the build, naming the chapter and the rule.
import type { Paragraph } from '../../src/lib/data/article';
import type { Catalog } from '../../src/lib/data/catalog';
import { PAN_EXTENT, REGION_FRAME, type Bounds } from '../../src/lib/data/extent';
import type { Chapter, Section } from '../../src/lib/data/story';

/** A chapter as authored: its frame is a box or the name of one (`region`, or one of the file's `frames`). */
export interface ChapterSource extends Omit<Chapter, 'bounds'> {
  frame: Bounds | string;
}

export interface ChaptersSource {
  frames: Record<string, Bounds>;
  chapters: ChapterSource[];
}

const SECTIONS: Section[] = ['lead', 'h1', 'h2', 'h3'];

/** Legend groups that are not a catalog layer: the six countries and the landforms. */
const BASEMAP_GROUPS = ['countries', 'physical'];

class ChapterError extends Error {
  constructor(chapter: string, rule: string) {
    super(`Chapter "${chapter}": ${rule} (geo/sources/authored/story/chapters.json)`);
  }
}

/**
 * Every name a chapter may show: the basemap's groups, the network's layers and route groups, and the catalog's
 * ids (a project or route is its own legend member). The layer panel's exact groups are the app's (a unit test
 * checks the chapters against them); this catches a name that is nowhere in the data.
 */
function layerNames(catalog: Catalog): Set<string> {
  const features = Object.values(catalog.features);
  return new Set([
    ...BASEMAP_GROUPS,
    ...features.map((f) => f.layer),
    ...features.flatMap((f) => (f.group ? [f.group] : [])),
    ...Object.keys(catalog.features),
    ...Object.keys(catalog.countries)
  ]);
}

const itemBox = (catalog: Catalog, id: string) =>
  (catalog.features[id] ?? catalog.countries[id] ?? catalog.landforms[id])?.bbox ?? null;

function frameOf(source: ChapterSource, frames: Record<string, Bounds>): Bounds {
  if (typeof source.frame !== 'string') return source.frame;
  const named = source.frame === 'region' ? REGION_FRAME : frames[source.frame];
  if (!named) throw new ChapterError(source.id, `frame "${source.frame}" is not a named frame`);
  return named;
}

function checkChapter(chapter: Chapter, article: Map<string, string>, catalog: Catalog, layers: Set<string>): void {
  const fail = (rule: string) => {
    throw new ChapterError(chapter.id, rule);
  };
  if (!SECTIONS.includes(chapter.section)) fail(`section "${chapter.section}" is not one of ${SECTIONS.join(', ')}`);
  if (chapter.quotes.length === 0) fail('it quotes nothing');
  for (const quote of chapter.quotes) {
    const paragraph = article.get(quote.paragraph);
    if (paragraph === undefined)
      fail(`quote "${quote.text}" names paragraph "${quote.paragraph}", which does not exist`);
    if (!paragraph!.includes(quote.text)) fail(`quote "${quote.text}" is not in paragraph ${quote.paragraph} verbatim`);
  }
  if (chapter.layers !== 'all')
    for (const name of chapter.layers) if (!layers.has(name)) fail(`layer "${name}" does not exist`);
  const [west, south, east, north] = chapter.bounds;
  const [minLon, minLat, maxLon, maxLat] = PAN_EXTENT;
  if (!(west < east && south < north)) fail(`frame [${chapter.bounds}] is not a box (west < east, south < north)`);
  if (west < minLon || east > maxLon || south < minLat || north > maxLat)
    fail(`frame [${chapter.bounds}] leaves the map's extent [${PAN_EXTENT}]`);
  for (const id of chapter.highlight) {
    const box = itemBox(catalog, id);
    if (!box) fail(`highlight "${id}" is not in the catalog`);
    // A country may reach beyond the frame; a feature's middle must be inside it, or the reader would not see it.
    if (catalog.countries[id]) continue;
    const [x, y] = [(box![0] + box![2]) / 2, (box![1] + box![3]) / 2];
    if (x < west || x > east || y < south || y > north) fail(`highlight "${id}" lies outside the frame`);
  }
}

/** The chapters with their frames resolved, checked; throws on the first broken rule. */
export function buildChapters(source: ChaptersSource, paragraphs: Paragraph[], catalog: Catalog): Chapter[] {
  const article = new Map(paragraphs.map((p) => [p.id, p.text]));
  const layers = layerNames(catalog);
  const chapters = source.chapters.map(({ frame: _frame, ...chapter }, i) => ({
    ...chapter,
    bounds: frameOf(source.chapters[i], source.frames)
  }));
  const seen = new Set<string>();
  let section = 0;
  for (const chapter of chapters) {
    if (seen.has(chapter.id)) throw new ChapterError(chapter.id, 'the id is used twice');
    seen.add(chapter.id);
    checkChapter(chapter, article, catalog, layers);
    const at = SECTIONS.indexOf(chapter.section);
    if (at < section) throw new ChapterError(chapter.id, `section ${chapter.section} comes after ${SECTIONS[section]}`);
    section = at;
  }
  if (chapters[0]?.section !== 'lead') throw new Error('The story must open with the lead (chapters.json)');
  return chapters;
}
