import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../src/lib/data/article';
import { withTranslation } from '../../src/lib/data/article-translation';

const text = readFileSync(new URL('../../src/lib/data/article/article.zh.txt', import.meta.url), 'utf8');
const paragraphs = parseArticle(text);

describe('parseArticle', () => {
  it('finds the title, subtitle, three section headings, the caption and the dateline', () => {
    expect(paragraphs[0]).toEqual({ id: 'title', kind: 'title', text: '擘画中国—中亚关系新蓝图' });
    expect(paragraphs[1].id).toBe('subtitle');
    expect(paragraphs.filter((p) => p.kind === 'heading').map((p) => p.id)).toEqual(['h1', 'h2', 'h3']);
    expect(paragraphs.find((p) => p.kind === 'caption')?.text).toContain('新闻中心外景');
    expect(paragraphs.at(-1)).toMatchObject({ id: 'dateline', text: '新华社西安5月16日电' });
  });

  it('joins the paragraph the source breaks in two, and drops the ellipsis lines', () => {
    const joined = paragraphs.find((p) => p.text.includes('连接起亚欧非'))!;
    expect(joined.text).toContain('连接起亚欧非几大文明');
    expect(paragraphs.some((p) => /^…+$/.test(p.text))).toBe(false);
  });

  it('keeps every character of the body text, in order', () => {
    const stripped = (s: string) => s.replace(/\s|…/g, '');
    expect(stripped(paragraphs.map((p) => p.text).join(''))).toBe(stripped(text));
  });

  it('numbers body paragraphs uniquely in reading order', () => {
    const ids = paragraphs.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(paragraphs.find((p) => p.text.startsWith('从北京出发'))?.id).toBe('p06');
  });
});

describe('our English translation of the whole article', () => {
  const english = withTranslation(paragraphs);

  it('gives every paragraph a translation, in English only', () => {
    expect(english.length).toBeGreaterThan(60);
    for (const paragraph of english) {
      expect(paragraph.translation.en, paragraph.id).toBeTruthy();
      expect(paragraph.translation.en, paragraph.id).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('keeps each paragraph’s years in its translation (months and small numbers are written as words)', () => {
    for (const paragraph of english)
      for (const year of paragraph.text.match(/\d{4}(?=年)/g) ?? [])
        expect(paragraph.translation.en, `${paragraph.id}: ${year}`).toContain(year);
  });
});
