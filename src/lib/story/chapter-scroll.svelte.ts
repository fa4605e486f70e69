// The chapter list's scroll and the story's chapter, kept in step both ways: the chapter crossing the middle of the
// list becomes the current one (an IntersectionObserver), and a chapter chosen another way (a button, a key, a
// shared link, another language, the card unfolding) is scrolled into view. While the list scrolls itself, the
// chapters it passes on the way are not chosen: this class alone starts and ends that "steering".
// Made during the story panel's setup (its effects live as long as the panel).
import { onMount, tick, untrack } from 'svelte';
import type { I18n } from '$lib/i18n/i18n.svelte';
import { prefersReducedMotion } from '$lib/map/camera';
import type { Atlas } from '$lib/state/atlas.svelte';

/** How long a scroll the list started keeps the observer out: scrollend is not everywhere, a timer is. */
const STEER_MS = { smooth: 900, instant: 100 } as const;

export interface ChapterScrollOptions {
  atlas: Atlas;
  i18n: I18n;
  /** Whether the chapters are cards in a row (a phone held upright), not a column. */
  horizontal: () => boolean;
}

export class ChapterScroll {
  /** The chapter list, bound by the panel; absent until it is drawn. */
  list = $state<HTMLOListElement>();
  /** The list is scrolling itself to a chapter. Only the observer reads it, and nothing draws it: not reactive. */
  #steering = false;
  #steerEnd: ReturnType<typeof setTimeout> | undefined;
  readonly #atlas: Atlas;
  readonly #horizontal: () => boolean;

  constructor({ atlas, i18n, horizontal }: ChapterScrollOptions) {
    this.#atlas = atlas;
    this.#horizontal = horizontal;

    // The chapter that crosses the middle of the column (or of the row, on a phone) is the current one.
    $effect(() => {
      const list = this.list;
      if (!list || atlas.mode !== 'story') return;
      const observer = new IntersectionObserver((entries) => this.#chooseInView(entries), {
        root: list,
        rootMargin: horizontal() ? '0px -49% 0px -49%' : '-40% 0px -55% 0px'
      });
      for (const card of list.querySelectorAll('[data-chapter-index]')) observer.observe(card);
      return () => observer.disconnect();
    });

    // Opening on a chapter (a shared link, or back from exploring): its card comes into view at once, and the
    // observer waits until it has (otherwise the first card, in view before the scroll, would win).
    $effect(() => {
      if (atlas.mode !== 'story' || !this.list) return;
      this.scrollToChapterWhenDrawn(untrack(() => atlas.chapter));
    });

    // Another language changes every chapter's height: the reader keeps their chapter, scrolled back into place
    // (the observer would otherwise take whichever chapter the old offset now shows).
    let shownLang = i18n.lang;
    $effect(() => {
      if (i18n.lang === shownLang) return;
      shownLang = i18n.lang;
      this.scrollToChapterWhenDrawn(untrack(() => atlas.chapter));
    });

    onMount(() => {
      // The boot script's initial scroll target has done its work: a list made again later (back from exploring)
      // is scrolled by this class alone.
      document.head.querySelector('style[data-boot]')?.remove();
      return () => clearTimeout(this.#steerEnd);
    });
  }

  /** Scrolls the list to a chapter's card, smoothly unless the reader asks for less motion. */
  scrollToChapter(index: number, smooth: boolean): void {
    const card = this.list?.querySelector<HTMLElement>(`[data-chapter-index="${index}"]`);
    if (!card) return;
    this.#steering = true;
    clearTimeout(this.#steerEnd);
    const smoothly = smooth && !prefersReducedMotion();
    // The browser places the card (its scroll margin below the column's top): the chapters it skipped laying out
    // (content-visibility) only have estimated heights, which an offset computed here would take for real.
    card.scrollIntoView({
      behavior: smoothly ? 'smooth' : 'instant',
      block: this.#horizontal() ? 'nearest' : 'start',
      inline: 'start'
    });
    this.#steerEnd = setTimeout(() => (this.#steering = false), smoothly ? STEER_MS.smooth : STEER_MS.instant);
  }

  /**
   * Scrolls the list to a chapter at once, after the DOM has caught up with what just changed (the list made, a
   * language, the card unfolded); the observer already waits meanwhile.
   */
  async scrollToChapterWhenDrawn(index: number): Promise<void> {
    this.#steering = true;
    await tick();
    this.scrollToChapter(index, false);
  }

  #chooseInView(entries: IntersectionObserverEntry[]): void {
    if (this.#steering) return;
    const entry = entries.find((e) => e.isIntersecting);
    if (!entry) return;
    const index = Number((entry.target as HTMLElement).dataset.chapterIndex);
    if (index !== this.#atlas.chapter) this.#atlas.goToChapter(index);
  }
}
