// What the reader is doing, shared by context: story or explore, the chapter, the timeline's month, the
// selection, the hidden legend members, the reader view, the open side panels and the last camera. The map, the
// panels and the URL all read and write this one object.
import { getContext, setContext } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import type { ListItem } from '$lib/content/catalog';
import type { Chapter, Story } from '$lib/data/story';
import { allMembers, legendGroups, memberHas, type LegendGroup, type LegendMember } from '$lib/map/legend';
import type { Properties } from '$lib/map/style/evaluate';
import type { Lang } from '$lib/i18n/messages';
import type { Camera, ViewState } from './view-url';

const ATLAS_CONTEXT = Symbol('silk-road-atlas/atlas');

/** A passage of the article to show in the reader view. */
export interface ReaderTarget {
  paragraph: string;
  text: string;
}

export type Mode = 'story' | 'explore';

export class Atlas {
  readonly items: ListItem[];
  readonly story: Story;
  readonly itemById: Map<string, ListItem>;
  readonly groups: LegendGroup[];
  readonly members: LegendMember[];

  mode = $state<Mode>('story');
  /** The current chapter's index in the story's chapters, kept while the reader explores so "back to the story" returns. */
  chapter = $state(0);
  timelineOpen = $state(false);
  /** The timeline's month (YYYYMM); the map filters by it while the timeline is open. */
  month = $state(0);
  /** The chapter whose frame the camera has arrived at (set by the map): its animations start then. */
  framedChapter = $state<number | null>(null);
  /** Ids lit on the map by the current chapter or the timeline's events, beside the selection. */
  emphasis = $state.raw<string[]>([]);
  selected = $state<string | null>(null);
  hidden = new SvelteSet<string>();
  camera = $state.raw<Camera | null>(null);
  reader = $state.raw<ReaderTarget | null>(null);
  sidePanel = $state<'layers' | 'list' | null>(null);
  /** Set each time the camera should frame the selection; the map answers it. */
  fitRequest = $state.raw<{ id: string } | null>(null);
  /** The latest message for screen readers (an aria-live region shows it). */
  announcement = $state('');

  /** Whether the panel takes focus when it opens (not when a shared link opens the page with a selection). */
  focusPanel = true;
  /** Where focus goes back to when the panel closes. */
  #returnFocus: HTMLElement | null = null;
  /** The layers the reader chose while exploring, put back when they leave the story again. */
  #exploreHidden: string[] = [];

  constructor(items: ListItem[], story: Story) {
    this.items = items;
    this.story = story;
    this.month = story.range.end;
    // Built once and never changed, so a plain Map (not a reactive one).
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.itemById = new Map(items.map((i) => [i.id, i]));
    this.groups = legendGroups(items);
    this.members = allMembers(this.groups);
  }

  /** Sets the story's layers for the first chapter; called once the atlas exists (and by a shared URL). */
  start(mode: Mode, chapter: number): void {
    this.chapter = Math.max(0, Math.min(this.chapters.length - 1, chapter));
    if (mode === 'story') {
      this.mode = 'explore';
      this.enterStory();
    } else {
      this.mode = 'explore';
      this.emphasis = [];
    }
  }

  get selectedItem(): ListItem | null {
    return this.selected ? (this.itemById.get(this.selected) ?? null) : null;
  }

  /** Selects a thing as a click or the list does: opens its panel, highlights it and frames it. */
  select(id: string, options: { fit?: boolean; returnFocus?: HTMLElement | null; focusPanel?: boolean } = {}): void {
    if (!this.itemById.has(id)) return;
    this.focusPanel = options.focusPanel !== false;
    // Moving from one panel to another (a link inside a panel) keeps the place focus returns to at the end.
    if (options.returnFocus !== undefined) this.#returnFocus = options.returnFocus;
    else if (!this.selected) this.#returnFocus = document.activeElement as HTMLElement | null;
    this.selected = id;
    if (options.fit !== false) this.fitRequest = { id };
  }

  /** Closes the panel and gives focus back to where the reader was. */
  deselect(): void {
    this.selected = null;
    const target = this.#returnFocus;
    this.#returnFocus = null;
    if (target?.isConnected) target.focus();
  }

  /** The legend member a list item's feature belongs to (each feature belongs to exactly one). */
  memberOf(item: ListItem): LegendMember | null {
    const properties = { ...item, iso3: item.kind === 'country' ? item.countries[0] : null };
    return this.members.find((m) => memberHas(m, properties)) ?? null;
  }

  isVisible(item: ListItem): boolean {
    const member = this.memberOf(item);
    return !member || !this.hidden.has(member.id);
  }

  /** Whether any shown legend member draws in one of these style layers. */
  showsAnyOf(layerIds: readonly string[]): boolean {
    return this.members.some((m) => !this.hidden.has(m.id) && m.layers.some((layer) => layerIds.includes(layer)));
  }

  /** Shows or hides legend members; returns the selected item if hiding them hid it too (its panel closes). */
  setMembers(ids: string[], shown: boolean): ListItem | null {
    for (const id of ids) {
      if (shown) this.hidden.delete(id);
      else this.hidden.add(id);
    }
    const selected = this.selectedItem;
    if (selected && !this.isVisible(selected)) {
      this.selected = null;
      return selected;
    }
    return null;
  }

  get chapters(): Chapter[] {
    return this.story.chapters;
  }

  /** A chapter's index by its id (-1 for none). */
  chapterIndex(id: string): number {
    return this.chapters.findIndex((c) => c.id === id);
  }

  get currentChapter(): Chapter {
    return this.chapters[this.chapter];
  }

  /** Opens a chapter (in the story; from explore mode it goes back to the story). Out-of-range is ignored. */
  goToChapter(index: number): void {
    if (index < 0 || index >= this.chapters.length) return;
    if (this.mode === 'explore') this.enterStory();
    this.chapter = index;
    this.#applyChapter();
  }

  /** Back to the story at the chapter the reader left, with its layers and highlights. */
  enterStory(): void {
    if (this.mode === 'story') return;
    this.#exploreHidden = [...this.hidden];
    this.mode = 'story';
    this.timelineOpen = false;
    this.#applyChapter();
  }

  /** Leaves the story: the reader's own layers come back and the map is theirs. */
  explore(): void {
    if (this.mode === 'explore') return;
    this.mode = 'explore';
    this.hidden.clear();
    for (const id of this.#exploreHidden) this.hidden.add(id);
    this.emphasis = this.timelineOpen ? this.timelineEmphasis() : [];
  }

  /** The legend members a chapter shows: its groups' members and the members it names. */
  chapterMembers(chapter: Chapter): string[] {
    if (chapter.layers === 'all') return this.members.map((m) => m.id);
    return chapter.layers.flatMap((id) => this.groups.find((g) => g.id === id)?.members.map((m) => m.id) ?? [id]);
  }

  #applyChapter(): void {
    const chapter = this.currentChapter;
    const shown = this.chapterMembers(chapter);
    this.hidden.clear();
    for (const m of this.members) if (!shown.includes(m.id)) this.hidden.add(m.id);
    this.emphasis = chapter.highlight;
    // A selection the chapter hides closes, as it would if the reader hid its layer.
    const selected = this.selectedItem;
    if (selected && !this.isVisible(selected)) this.selected = null;
  }

  /** The timeline's events of the current month. */
  get monthEvents() {
    return this.story.events.filter((e) => e.month === this.month);
  }

  timelineEmphasis(): string[] {
    const ids = this.monthEvents.flatMap((e) => e.highlight);
    return ids.filter((id, index) => ids.indexOf(id) === index);
  }

  setTimeline(open: boolean, month = this.month): void {
    if (open && this.mode === 'story') this.explore();
    this.timelineOpen = open;
    this.month = Math.min(this.story.range.end, Math.max(this.story.range.start, month));
    if (this.mode === 'explore') this.emphasis = open ? this.timelineEmphasis() : [];
  }

  /** The Central Asian countries with a Belt and Road document by this month (YYYYMM). */
  signedBy(month: number): string[] {
    return this.story.bri.filter((b) => b.month <= month).map((b) => b.iso3);
  }

  /**
   * Whether the map shows a stored feature with these properties: its legend member is on and, with the
   * timeline open, it exists at the timeline's month (the same conditions the map's filters express).
   */
  shows(properties: Properties): boolean {
    const member = this.members.find((m) => memberHas(m, properties));
    if (!member || this.hidden.has(member.id)) return false;
    if (!this.timelineOpen || this.mode !== 'explore') return true;
    if (typeof properties.iso3 === 'string')
      return properties.iso3 === 'CHN' || this.signedBy(this.month).includes(properties.iso3);
    return typeof properties.since !== 'number' || properties.since <= this.month;
  }

  /** The view as a URL writes it; `lang` null leaves the language to the browser. */
  view(lang: Lang | null): ViewState {
    const story = this.mode === 'story';
    // In the story the chapter says the layers and the camera; only explore mode writes its own.
    return {
      chapter: story ? this.currentChapter.id : null,
      explore: !story,
      selected: this.selected,
      hidden: story ? [] : [...this.hidden],
      camera: story ? null : this.camera,
      month: !story && this.timelineOpen ? this.month : null,
      lang
    };
  }

  announce(text: string): void {
    // Cleared first so that the same words said twice are read twice.
    this.announcement = '';
    queueMicrotask(() => (this.announcement = text));
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
