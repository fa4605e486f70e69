// The view in the URL, the interface strings in both languages, and how sources are cited.
import { describe, expect, it } from 'vitest';
import { MESSAGES, translate, type MessageKey } from '../../src/lib/i18n/messages';
import { browserLang } from '../../src/lib/i18n/langs';
import {
  isStoryView,
  viewAddress,
  parseCamera,
  parseMonth,
  parseView,
  serializeView,
  type KnownValues
} from '../../src/lib/state/view-url';

const known: KnownValues = {
  ids: new Set(['project-angren-pap', 'country-kaz']),
  members: new Set(['pipeline-d', 'other-trains']),
  chapters: new Set(['lead', 'gas-pipeline']),
  range: { start: 201301, end: 202305 }
};

describe('the view in the URL', () => {
  it('puts a view on its language’s page, naming the root’s language only when asked to', () => {
    const view = { chapter: null, selected: 'country-kaz', hidden: [], camera: null, lang: null, month: 201507 };
    expect(viewAddress(view, 'en', true)).toBe('en/?sel=country-kaz&t=2015-07');
    expect(viewAddress(view, 'zh', false)).toBe('?sel=country-kaz&t=2015-07');
    const shared = viewAddress(view, 'zh', true);
    expect(shared).toBe('?sel=country-kaz&t=2015-07&lang=zh');
    expect(parseView(shared, known)).toMatchObject({ selected: 'country-kaz', month: 201507, lang: 'zh' });
  });

  it('keeps a page inside another site’s article in that mode (embed=story|map), ignoring other values', () => {
    expect(parseView('?ch=lead&embed=story', known).embed).toBe('story');
    expect(serializeView(parseView('?embed=map&ch=gas-pipeline', known))).toBe('?ch=gas-pipeline&embed=map');
    expect(parseView('?embed=<script>', known).embed).toBeUndefined();
    // Embedding alone opens no explore mode: the story's lead, its card shown or not.
    expect(isStoryView(parseView('?embed=map', known))).toBe(true);
  });

  it('opens the side panel a link names, in explore mode', () => {
    const view = parseView('?panel=list', known);
    expect(view.panel).toBe('list');
    expect(isStoryView(view)).toBe(false);
    expect(serializeView(view)).toBe('?panel=list');
    expect(parseView('?panel=nonsense', known).panel).toBeUndefined();
  });

  it('reads back what it writes', () => {
    const view = {
      chapter: null,
      selected: 'project-angren-pap',
      hidden: ['pipeline-d', 'other-trains'],
      camera: { lng: 71.1933, lat: 41.0062, zoom: 7.25 },
      lang: 'en' as const,
      month: 201409
    };
    const query = serializeView(view);
    expect(query).toBe(
      '?sel=project-angren-pap&hide=other-trains,pipeline-d&map=7.25/41.0062/71.1933&t=2014-09&lang=en'
    );
    expect(parseView(query, known)).toEqual({ ...view, hidden: ['other-trains', 'pipeline-d'] });
    expect(isStoryView(parseView(query, known))).toBe(false);
  });

  it('writes nothing for the default view, which is the story from its start', () => {
    const empty = { chapter: null, selected: null, hidden: [], camera: null, lang: null, month: null };
    expect(serializeView(empty)).toBe('');
    expect(isStoryView(parseView('', known))).toBe(true);
  });

  it('opens the story at a chapter, with a selection kept', () => {
    const view = parseView('?ch=gas-pipeline&sel=country-kaz', known);
    expect(view).toMatchObject({ chapter: 'gas-pipeline', selected: 'country-kaz' });
    expect(isStoryView(view)).toBe(true);
    expect(serializeView(view)).toBe('?ch=gas-pipeline&sel=country-kaz');
  });

  it('says explore mode when nothing else in the URL would', () => {
    const explore = { chapter: null, selected: null, hidden: [], camera: null, lang: null, month: null, explore: true };
    expect(serializeView(explore)).toBe('?mode=explore');
    expect(isStoryView(parseView('?mode=explore', known))).toBe(false);
    expect(serializeView({ ...explore, selected: 'country-kaz' })).toBe('?sel=country-kaz');
  });

  it('keeps only real months inside the timeline', () => {
    expect(parseMonth('2015-07', known.range)).toBe(201507);
    for (const bad of ['2015-13', '2015-00', '2012-12', '2023-06', '2015-7', '201507', 'x']) {
      expect(parseMonth(bad, known.range), bad).toBeNull();
    }
  });

  it('takes the browser language: the first Chinese or English preference, English otherwise', () => {
    expect(browserLang(['zh-CN', 'en'])).toBe('zh');
    expect(browserLang(['en-US', 'zh-CN'])).toBe('en');
    expect(browserLang(['de-DE', 'zh-TW'])).toBe('zh');
    expect(browserLang(['fr'])).toBe('en');
  });

  it('drops unknown ids, unknown members, out-of-range cameras and unknown languages, keeping the rest', () => {
    expect(
      parseView('?ch=nowhere&sel=nowhere&hide=pipeline-d,bogus,pipeline-d&map=99/0/0&t=1999-01&lang=fr', known)
    ).toEqual({
      chapter: null,
      selected: null,
      hidden: ['pipeline-d'],
      camera: null,
      lang: null,
      month: null
    });
    expect(parseCamera('5/91/70')).toBeNull(); // latitude beyond the pole
    expect(parseCamera('5/40/70/1')).toBeNull();
    expect(parseCamera('5/40/1e3')).toBeNull();
    expect(parseCamera('NaN/40/70')).toBeNull();
    expect(parseCamera('4.5/40.1/70.2')).toEqual({ zoom: 4.5, lat: 40.1, lng: 70.2 });
  });

  it('survives any malformed query without throwing', () => {
    const pieces = [
      '%',
      '%E0%A4%A',
      '&&',
      '=',
      'sel',
      'hide',
      'map',
      'lang',
      'ch',
      't',
      '2014-09',
      ',',
      '/',
      '<script>',
      '\u0000',
      '💥',
      '?'
    ];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 500; i++) {
      const query = Array.from(
        { length: 1 + Math.floor(random() * 8) },
        () => pieces[Math.floor(random() * pieces.length)]
      ).join('');
      const view = parseView(query, known);
      expect(view.selected === null || known.ids.has(view.selected)).toBe(true);
      expect(view.hidden.every((m) => known.members.has(m))).toBe(true);
    }
    expect(parseView(`?sel=${'x'.repeat(100_000)}`, known).selected).toBeNull();
  });
});

describe('the interface strings', () => {
  it('exist in both languages, none empty, with the same placeholders', () => {
    const keys = Object.keys(MESSAGES.zh) as MessageKey[];
    expect(Object.keys(MESSAGES.en).sort()).toEqual([...keys].sort());
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of keys) {
      expect(MESSAGES.zh[key].trim(), `zh ${key}`).not.toBe('');
      expect(MESSAGES.en[key].trim(), `en ${key}`).not.toBe('');
      expect(placeholders(MESSAGES.en[key]), key).toEqual(placeholders(MESSAGES.zh[key]));
    }
  });

  it('fills placeholders', () => {
    expect(translate('en', 'list.count', { count: 3 })).toBe('3 items');
    expect(translate('zh', 'panel.paragraph', { n: 40 })).toBe('第 40 段');
  });
});
