// What the reader is doing, shared by context: a thin façade over slices that each own one piece of state and
// are its only writer (selection, layers, story, timeline, panels, announcer, camera). The façade makes the
// moves that touch several at once (enter the story, explore, open a chapter, select a hidden thing, restore a
// shared view) and derives what is lit on the map. Its getters are read only: a component changes state by
// calling a method, never by assigning.
import { getContext, setContext } from 'svelte';
import type { ListItem } from '$lib/content/catalog';
import type { Chapter, Story } from '$lib/data/story';
import { memberHas } from '$lib/map/legend';
import type { Properties } from '$lib/map/style/evaluate';
import type { Lang } from '$lib/i18n/langs';
import { Announcer } from './announcer.svelte';
import { CameraState } from './camera.svelte';
import { Layers } from './layers.svelte';
import { Panels } from './panels.svelte';
import { Selection, type SelectOptions } from './selection.svelte';
import { StoryState, type Mode } from './story.svelte';
import { TimelineState } from './timeline.svelte';
import { isStoryView, type Camera, type ViewState } from './view-url';

export type { Mode } from './story.svelte';
export type { ReaderTarget } from './panels.svelte';

const ATLAS_CONTEXT = Symbol('silk-road-atlas/atlas');

export class Atlas {
  readonly items: ListItem[];
  readonly itemById: Map<string, ListItem>;
  readonly story: Story;

  readonly selection = new Selection();
  readonly layers: Layers;
  readonly reading: StoryState;
  readonly timeline: TimelineState;
  readonly panels = new Panels();
  readonly announcer = new Announcer();
  readonly camera = new CameraState();

  /** The layers the reader chose while exploring, put back when they leave the story again. */
  #exploreHidden: string[] = [];

  constructor(items: ListItem[], story: Story) {
    this.items = items;
    this.story = story;
    // Built once and never changed, so a plain Map (not a reactive one).
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.itemById = new Map(items.map((i) => [i.id, i]));
    this.layers = new Layers(items);
    this.reading = new StoryState(story.chapters);
    this.timeline = new TimelineState(story);
  }

  // Reads, for the components (each from the slice that owns it).
  get mode(): Mode {
    return this.reading.mode;
  }
  get chapter(): number {
    return this.reading.chapter;
  }
  get chapters(): Chapter[] {
    return this.reading.chapters;
  }
  get currentChapter(): Chapter {
    return this.reading.current;
  }
  get selected(): string | null {
    return this.selection.id;
  }
  get selectedItem(): ListItem | null {
    return this.selection.id ? (this.itemById.get(this.selection.id) ?? null) : null;
  }
  get members() {
    return this.layers.members;
  }
  get groups() {
    return this.layers.groups;
  }
  get hidden(): ReadonlySet<string> {
    return this.layers.hidden;
  }
  get timelineOpen(): boolean {
    return this.timeline.open;
  }
  get month(): number {
    return this.timeline.month;
  }

  /**
   * Ids lit on the map beside the selection: in the story, the chapter's highlights and what the journey has
   * passed; while exploring with the timeline open, the month's events.
   */
  get emphasis(): string[] {
    if (this.reading.mode === 'story') return [...this.reading.current.highlight, ...this.reading.passed];
    return this.timeline.open ? this.timeline.emphasis : [];
  }

  /** Starts the reader in a mode at a chapter (once the atlas exists, and for a shared URL). */
  start(mode: Mode, chapter: number): void {
    this.reading.goTo(chapter);
    this.reading.setMode('explore');
    if (mode === 'story') this.enterStory();
  }

  /**
   * Selects a thing as a click or the list does: opens its panel, frames it (unless `fit` is false) and, if the
   * legend hides its layer, shows that layer first, so that a panel never describes something the map hides.
   */
  select(id: string, options: SelectOptions & { fit?: boolean } = {}): void {
    const item = this.itemById.get(id);
    if (!item) return;
    const member = this.layers.memberOf(item);
    if (member && this.layers.hidden.has(member.id)) this.layers.set([member.id], true);
    this.selection.open(id, options);
    if (options.fit !== false) this.camera.frame(item);
  }

  /** Closes the panel and gives focus back to where the reader was. */
  deselect(): void {
    this.camera.forget();
    this.selection.close();
  }

  /** Shows or hides legend members; returns the selected item if hiding them hid it too (its panel closes). */
  setMembers(ids: string[], shown: boolean): ListItem | null {
    this.layers.set(ids, shown);
    return this.#dropHiddenSelection();
  }

  /** Opens a chapter (in the story; from explore mode it goes back to the story). Out-of-range is ignored. */
  goToChapter(index: number): void {
    if (index < 0 || index >= this.reading.chapters.length) return;
    if (this.reading.mode === 'explore') this.enterStory();
    this.reading.goTo(index);
    this.#applyChapter();
  }

  /** Back to the story at the chapter the reader left, with its layers and highlights. */
  enterStory(): void {
    if (this.reading.mode === 'story') return;
    this.#exploreHidden = [...this.layers.hidden];
    this.reading.setMode('story');
    this.timeline.set(false);
    this.#applyChapter();
  }

  /** Leaves the story: the reader's own layers come back and the map is theirs. */
  explore(): void {
    if (this.reading.mode === 'explore') return;
    this.reading.setMode('explore');
    this.layers.hideExactly(this.#exploreHidden);
    this.#dropHiddenSelection();
  }

  /** Opens or closes the timeline at a month (opening it leaves the story). */
  setTimeline(open: boolean, month = this.timeline.month): void {
    if (open && this.reading.mode === 'story') this.explore();
    this.timeline.set(open, month);
  }

  /**
   * A shared view, applied through the same moves a reader makes: the mode and chapter, then (exploring) the
   * hidden layers and the timeline, then the selection (which shows its layer if the link also hid it).
   */
  restore(view: ViewState): void {
    const story = isStoryView(view);
    this.start(story ? 'story' : 'explore', view.chapter ? this.reading.index(view.chapter) : 0);
    if (!story) {
      this.setMembers(view.hidden, false);
      if (view.month !== null) this.setTimeline(true, view.month);
      if (view.panel) this.panels.openSide(view.panel);
    }
    // A shared view keeps its own camera; without one, the selection is framed.
    if (view.selected) this.select(view.selected, { fit: !view.camera, focusPanel: false, returnFocus: null });
  }

  #applyChapter(): void {
    this.layers.hideExactly(this.layers.members.map((m) => m.id).filter((id) => !this.#chapterShows(id)));
    // A selection the chapter hides closes, as it would if the reader hid its layer.
    this.#dropHiddenSelection();
  }

  #chapterShows(memberId: string): boolean {
    return this.layers.chapterMembers(this.reading.current).includes(memberId);
  }

  #dropHiddenSelection(): ListItem | null {
    const selected = this.selectedItem;
    if (!selected || this.layers.isVisible(selected)) return null;
    this.selection.drop();
    return selected;
  }

  /**
   * Whether the map shows a stored feature with these properties: its legend member is on and, with the
   * timeline open, it exists at the timeline's month (the same conditions the map's filters express).
   */
  shows(properties: Properties): boolean {
    const member = this.layers.members.find((m) => memberHas(m, properties));
    if (!member || this.layers.hidden.has(member.id)) return false;
    if (!this.timeline.open || this.reading.mode !== 'explore') return true;
    if (typeof properties.iso3 === 'string')
      return properties.iso3 === 'CHN' || this.timeline.signedBy(this.timeline.month).includes(properties.iso3);
    return typeof properties.since !== 'number' || properties.since <= this.timeline.month;
  }

  /** The view as a URL writes it; `lang` null leaves the language to the browser. */
  view(lang: Lang | null): ViewState {
    const story = this.reading.mode === 'story';
    // In the story the chapter says the layers and the camera; only explore mode writes its own.
    return {
      chapter: story ? this.reading.current.id : null,
      explore: !story,
      selected: this.selection.id,
      hidden: story ? [] : [...this.layers.hidden],
      camera: story ? null : (this.camera.last satisfies Camera | null),
      month: !story && this.timeline.open ? this.timeline.month : null,
      panel: story ? null : this.panels.side,
      lang
    };
  }
}

export function setAtlas(atlas: Atlas): Atlas {
  return setContext(ATLAS_CONTEXT, atlas);
}

export function getAtlas(): Atlas {
  const atlas = getContext<Atlas | undefined>(ATLAS_CONTEXT);
  if (!atlas) throw new Error('getAtlas() was called outside the page that holds the atlas state.');
  return atlas;
}
