// The layers slice: the layer panel's groups and members, and which members are hidden. Only these methods
// write it; the map reads it to filter, the list and the panel to show what is on.
import { SvelteSet } from 'svelte/reactivity';
import type { ListItem } from '$lib/content/catalog';
import type { Chapter } from '$lib/data/story';
import { allMembers, legendGroups, memberHas, type LegendGroup, type LegendMember } from '$lib/map/legend';

export class Layers {
  readonly groups: LegendGroup[];
  readonly members: LegendMember[];
  #hidden = new SvelteSet<string>();

  constructor(items: ListItem[]) {
    this.groups = legendGroups(items);
    this.members = allMembers(this.groups);
  }

  /** The hidden members' ids (read only: change them with `set` or `showOnly`). */
  get hidden(): ReadonlySet<string> {
    return this.#hidden;
  }

  /** The legend member a list item's feature belongs to (each feature belongs to exactly one). */
  memberOf(item: ListItem): LegendMember | null {
    const properties = { ...item, iso3: item.kind === 'country' ? item.countries[0] : null };
    return this.members.find((m) => memberHas(m, properties)) ?? null;
  }

  isVisible(item: ListItem): boolean {
    const member = this.memberOf(item);
    return !member || !this.#hidden.has(member.id);
  }

  /** Whether any shown legend member draws in one of these style layers. */
  showsAnyOf(layerIds: readonly string[]): boolean {
    return this.members.some((m) => !this.#hidden.has(m.id) && m.layers.some((layer) => layerIds.includes(layer)));
  }

  /** The legend members a chapter shows: its groups' members and the members it names. */
  chapterMembers(chapter: Chapter): string[] {
    if (chapter.layers === 'all') return this.members.map((m) => m.id);
    return chapter.layers.flatMap((id) => this.groups.find((g) => g.id === id)?.members.map((m) => m.id) ?? [id]);
  }

  /** Shows or hides these members (unknown ids are ignored). */
  set(ids: Iterable<string>, shown: boolean): void {
    for (const id of ids) {
      if (!this.members.some((m) => m.id === id)) continue;
      if (shown) this.#hidden.delete(id);
      else this.#hidden.add(id);
    }
  }

  /** Hides exactly these members and shows every other. */
  hideExactly(ids: Iterable<string>): void {
    this.#hidden.clear();
    this.set(ids, false);
  }
}
