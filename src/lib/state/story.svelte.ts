// The story slice: story or explore, the chapter (kept while the reader explores, so "back to the story"
// returns), the chapter the camera has arrived at, and what the 2013 journey has lit so far. Only these methods
// write it; the atlas moves between story and explore, the map reports arrivals and the journey's progress.
import type { Chapter } from '$lib/data/story';

export type Mode = 'story' | 'explore';

export class StoryState {
  readonly chapters: Chapter[];
  #mode = $state<Mode>('story');
  #chapter = $state(0);
  #framed = $state<number | null>(null);
  #passed = $state.raw<string[]>([]);

  constructor(chapters: Chapter[]) {
    this.chapters = chapters;
  }

  get mode(): Mode {
    return this.#mode;
  }

  /** The current chapter's index in `chapters`. */
  get chapter(): number {
    return this.#chapter;
  }

  get current(): Chapter {
    return this.chapters[this.#chapter];
  }

  /** The chapter whose frame the camera has arrived at: its animations start then. */
  get framedChapter(): number | null {
    return this.#framed;
  }

  /** The landforms the 2013 journey's line has passed so far (lit beside the chapter's highlights). */
  get passed(): string[] {
    return this.#passed;
  }

  /** A chapter's index by its id (-1 for none). */
  index(id: string): number {
    return this.chapters.findIndex((c) => c.id === id);
  }

  setMode(mode: Mode): void {
    this.#mode = mode;
  }

  /** Moves to a chapter (clamped into range); the journey starts over. */
  goTo(index: number): void {
    this.#chapter = Math.max(0, Math.min(this.chapters.length - 1, index));
    this.#passed = [];
  }

  /** The map reports that the camera arrived at a chapter's frame (null: it left for another). */
  arrived(index: number | null): void {
    this.#framed = index;
  }

  /** The journey layer reports the landforms its line has passed. */
  passedAlong(ids: string[]): void {
    if (ids.join() !== this.#passed.join()) this.#passed = ids;
  }
}
