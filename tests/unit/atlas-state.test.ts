// The reader's state (src/lib/state): each slice changes only through its own methods, the atlas's moves keep
// them consistent (a panel never describes a feature the map hides), and a shared URL, however malformed, goes
// through the same moves as a click and leaves a view the URL writes back unchanged.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../geo/build';
import { listItems } from '../../src/lib/content/catalog';
import { parseBuilt } from '../../src/lib/data/built';
import { DATA_FILES, projectPath } from '../../src/lib/data/files';
import { Atlas } from '../../src/lib/state/atlas.svelte';
import { parseView, serializeView, type KnownValues, type ViewState } from '../../src/lib/state/view-url';
import { fuzzedQueries } from '../support/fuzz';

const read = (key: 'catalog' | 'story') => readFileSync(join(PROJECT_ROOT, projectPath(DATA_FILES[key])), 'utf8');
const items = listItems(parseBuilt('catalog', read('catalog')));
const story = parseBuilt('story', read('story'));

function newAtlas(): Atlas {
  return new Atlas(items, story);
}

function known(atlas: Atlas): KnownValues {
  return {
    ids: new Set(atlas.itemById.keys()),
    members: new Set(atlas.members.map((m) => m.id)),
    chapters: new Set(atlas.chapters.map((c) => c.id)),
    range: story.range
  };
}

const NO_FOCUS = { returnFocus: null } as const;

describe('one writer for each piece of state', () => {
  it('offers no way to assign state from outside its slice', () => {
    const atlas = newAtlas();
    // Every piece of state is a getter without a setter: assigning throws (and does not compile).
    for (const [target, key] of [
      [atlas, 'selected'],
      [atlas, 'mode'],
      [atlas, 'emphasis'],
      [atlas.selection, 'id'],
      [atlas.reading, 'framedChapter'],
      [atlas.timeline, 'month'],
      [atlas.panels, 'reader'],
      [atlas.camera, 'last']
    ] as const)
      expect(() => Object.assign(target, { [key]: 'x' }), key).toThrow(TypeError);
  });
});

describe('the atlas keeps its slices consistent', () => {
  it('selecting a feature whose layer is hidden shows the layer first', () => {
    const atlas = newAtlas();
    atlas.start('explore', 0);
    atlas.setMembers(['pipeline-d'], false);
    atlas.select('pipeline-line-d', NO_FOCUS);
    expect(atlas.selected).toBe('pipeline-line-d');
    expect(atlas.hidden.has('pipeline-d')).toBe(false);
  });

  it('hiding the selected feature’s layer closes its panel, and says which one closed', () => {
    const atlas = newAtlas();
    atlas.start('explore', 0);
    atlas.select('project-angren-pap', NO_FOCUS);
    expect(atlas.setMembers(['pipeline-d'], false)).toBeNull();
    expect(atlas.selected).toBe('project-angren-pap');
    expect(atlas.setMembers(['project-angren-pap'], false)?.id).toBe('project-angren-pap');
    expect(atlas.selected).toBeNull();
  });

  it('a chapter shows its layers and lights its highlights; explore gives the reader’s layers back', () => {
    const atlas = newAtlas();
    atlas.start('explore', 0);
    atlas.setMembers(['other-trains'], false);
    const pipeline = atlas.reading.index('gas-pipeline');
    atlas.goToChapter(pipeline);
    expect(atlas.mode).toBe('story');
    expect(atlas.emphasis).toEqual(atlas.chapters[pipeline].highlight);
    expect(atlas.hidden.has('pipeline-abc')).toBe(false);
    expect(atlas.hidden.has('changan-europe')).toBe(true);
    atlas.explore();
    expect([...atlas.hidden]).toEqual(['other-trains']);
    expect(atlas.emphasis).toEqual([]);
  });

  it('the journey’s passed landforms are lit beside the chapter’s highlights, and forgotten on the next chapter', () => {
    const atlas = newAtlas();
    atlas.start('story', atlas.reading.index('journey-2013'));
    atlas.reading.passedAlong(['physical-tian-shan']);
    expect(atlas.emphasis).toContain('physical-tian-shan');
    atlas.goToChapter(atlas.chapter + 1);
    expect(atlas.emphasis).not.toContain('physical-tian-shan');
  });

  it('opening the timeline leaves the story and lights the month’s events', () => {
    const atlas = newAtlas();
    atlas.start('story', 0);
    const event = story.events.find((e) => e.highlight.length > 0 && e.month >= story.range.start)!;
    atlas.setTimeline(true, event.month);
    expect(atlas.mode).toBe('explore');
    expect(atlas.emphasis).toEqual(expect.arrayContaining(event.highlight));
    atlas.setTimeline(true, 190001);
    expect(atlas.month).toBe(story.range.start);
  });
});

describe('a shared URL goes through the same moves as a click', () => {
  const restored = (query: string): Atlas => {
    const atlas = newAtlas();
    atlas.restore(parseView(query, known(atlas)));
    return atlas;
  };

  it('a selection and its own layer hidden: the panel opens with the layer shown, never on a hidden feature', () => {
    const atlas = restored('?sel=pipeline-line-d&hide=pipeline-d');
    expect(atlas.selected).toBe('pipeline-line-d');
    expect(atlas.hidden.has('pipeline-d')).toBe(false);
    expect(serializeView(atlas.view(null))).toBe('?sel=pipeline-line-d');
  });

  it('a chapter, a selection in it, hidden layers and a month', () => {
    expect(restored('?ch=gas-pipeline').currentChapter.id).toBe('gas-pipeline');
    const atlas = restored('?sel=project-galkynysh&hide=other-trains&t=2015-07');
    expect(atlas.mode).toBe('explore');
    expect(atlas.selected).toBe('project-galkynysh');
    expect([...atlas.hidden]).toEqual(['other-trains']);
    expect(atlas.timelineOpen && atlas.month).toBe(201507);
  });

  it('600 malformed URLs: each parses to known values, restores a consistent view, and survives a round trip', () => {
    const atlas = newAtlas();
    const values = known(atlas);
    for (const query of fuzzedQueries(2025, 600)) {
      const view: ViewState = parseView(query, values);
      if (view.selected) expect(values.ids.has(view.selected), query).toBe(true);
      for (const id of view.hidden) expect(values.members.has(id), query).toBe(true);
      if (view.chapter) expect(values.chapters.has(view.chapter), query).toBe(true);
      if (view.month !== null) expect(view.month >= story.range.start && view.month <= story.range.end).toBe(true);
      const reader = newAtlas();
      reader.restore(view);
      const selected = reader.selectedItem;
      if (selected) expect(reader.layers.isVisible(selected), query).toBe(true);
      // What the URL then says, read back, is the same view.
      const written = serializeView(reader.view(view.lang));
      const again = newAtlas();
      again.restore(parseView(written, values));
      expect(serializeView(again.view(view.lang)), `${query} → ${written}`).toBe(written);
    }
  });
});

describe('framing is a call the map answers', () => {
  it('a link’s selection, restored before the map has loaded, is framed once the map answers', () => {
    const atlas = newAtlas();
    atlas.restore(parseView('?sel=project-angren-pap', known(atlas)));
    const framed: string[] = [];
    atlas.camera.answerFrames((item) => framed.push(item.id));
    expect(framed).toEqual(['project-angren-pap']);
    atlas.select('project-zhanatas-wind', NO_FOCUS);
    expect(framed).toEqual(['project-angren-pap', 'project-zhanatas-wind']);
  });

  it('a link with its own camera frames nothing; a selection closed before the map loads is not framed', () => {
    const atlas = newAtlas();
    atlas.restore(parseView('?sel=project-angren-pap&map=5/40/70', known(atlas)));
    const framed: string[] = [];
    atlas.camera.answerFrames((item) => framed.push(item.id));
    expect(framed).toEqual([]);
    const closed = newAtlas();
    closed.restore(parseView('?sel=project-angren-pap', known(closed)));
    closed.deselect();
    closed.camera.answerFrames((item) => framed.push(item.id));
    expect(framed).toEqual([]);
  });
});
