// What the reader is doing, shared by context: the selection, the hidden legend members, the reader view, the
// open side panels and the last camera. The map, the panels and the URL all read and write this one object.
import { getContext, setContext } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import type { ListItem } from '$lib/content/catalog';
import { allMembers, legendGroups, memberHas, type LegendGroup, type LegendMember } from '$lib/map/legend';
import type { Camera } from './view-url';

const ATLAS_CONTEXT = Symbol('silk-road-atlas/atlas');

/** A passage of the article to show in the reader view. */
export interface ReaderTarget {
  paragraph: string;
  text: string;
}

export class Atlas {
  readonly items: ListItem[];
  readonly itemById: Map<string, ListItem>;
  readonly groups: LegendGroup[];
  readonly members: LegendMember[];

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

  constructor(items: ListItem[]) {
    this.items = items;
    // Built once and never changed, so a plain Map (not a reactive one).
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.itemById = new Map(items.map((i) => [i.id, i]));
    this.groups = legendGroups(items);
    this.members = allMembers(this.groups);
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
