// The timeline slice: whether it is open and its month (YYYYMM). Only `set` writes it; the map filters by the
// month while it is open, and the month's events are lit.
import type { Story } from '$lib/data/story';

export class TimelineState {
  readonly story: Story;
  #open = $state(false);
  #month = $state(0);

  constructor(story: Story) {
    this.story = story;
    this.#month = story.range.end;
  }

  get open(): boolean {
    return this.#open;
  }

  get month(): number {
    return this.#month;
  }

  /** Opens or closes the timeline at a month, clamped into the timeline's range. */
  set(open: boolean, month = this.#month): void {
    this.#open = open;
    this.#month = Math.min(this.story.range.end, Math.max(this.story.range.start, month));
  }

  /** The timeline's events of the current month. */
  get monthEvents() {
    return this.story.events.filter((e) => e.month === this.#month);
  }

  /** What the month's events light on the map, each id once. */
  get emphasis(): string[] {
    const ids = this.monthEvents.flatMap((e) => e.highlight);
    return ids.filter((id, index) => ids.indexOf(id) === index);
  }

  /** The Central Asian countries with a Belt and Road document by this month (YYYYMM). */
  signedBy(month: number): string[] {
    return this.story.bri.filter((b) => b.month <= month).map((b) => b.iso3);
  }
}
