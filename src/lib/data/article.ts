/**
 * The article as paragraphs with stable ids: the one definition of paragraph ids, used by the map data
 * (`geo/`) and the panels. Ids: `title`, `subtitle`, `h1`–`h3` for the three section headings, `caption` for
 * the photo caption, `dateline`, and `p01`, `p02` … for the body paragraphs in reading order. The ellipsis
 * lines (……) stand for omitted items and are not paragraphs; the paragraph the source breaks in two
 * (…连接起亚欧非 / 几大文明…) is joined back into one.
 */

import type { Translations } from './langs';

export type ParagraphKind = 'title' | 'subtitle' | 'heading' | 'body' | 'caption' | 'dateline';

export interface Paragraph {
  id: string;
  kind: ParagraphKind;
  text: string;
}

const CAPTION = '这是5月16日拍摄的中国—中亚峰会新闻中心外景。新华社发';
/** The three section headings each open with these words and a colon (a body paragraph reuses the second). */
const HEADINGS = ['元首引领，行稳致远：', '携手同行、共谋发展：', '团结协作，命运与共：'];
/** The line the source breaks off mid-sentence; the next line continues it. */
const BROKEN_LINE_END = '连接起亚欧非';

export function parseArticle(text: string): Paragraph[] {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !/^…+$/.test(line));
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    if (previous?.endsWith(BROKEN_LINE_END)) joined[joined.length - 1] = previous + line;
    else joined.push(line);
  }
  let body = 0;
  let heading = 0;
  return joined.map((line, index): Paragraph => {
    if (index === 0) return { id: 'title', kind: 'title', text: line };
    if (index === 1) return { id: 'subtitle', kind: 'subtitle', text: line };
    if (index === joined.length - 1) return { id: 'dateline', kind: 'dateline', text: line };
    if (line === CAPTION) return { id: 'caption', kind: 'caption', text: line };
    if (HEADINGS.some((h) => line.startsWith(h))) return { id: `h${++heading}`, kind: 'heading', text: line };
    return { id: `p${String(++body).padStart(2, '0')}`, kind: 'body', text: line };
  });
}

/** Words of the article: a paragraph id (above) and the exact text, verbatim. */
export interface Quote {
  paragraph: string;
  text: string;
  /** Our translations, added by the geo build from article/quotes.<lang>.json (translations.ts). */
  translation?: Translations;
}
