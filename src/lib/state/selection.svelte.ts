// The selection slice: what is selected (its panel open, lit on the map) and where focus goes back when it closes.
// Only these methods write it; the atlas (atlas.svelte.ts) decides when, as a click or the list would.

export interface SelectOptions {
  /** Where focus goes back to when the panel closes (default: what has focus now, unless a panel is open). */
  returnFocus?: HTMLElement | null;
  /** Whether the panel takes focus as it opens (not when a shared link opens the page with a selection). */
  focusPanel?: boolean;
}

export class Selection {
  #id = $state<string | null>(null);
  #focusPanel = true;
  #returnFocus: HTMLElement | null = null;

  get id(): string | null {
    return this.#id;
  }

  get focusPanel(): boolean {
    return this.#focusPanel;
  }

  open(id: string, options: SelectOptions = {}): void {
    this.#focusPanel = options.focusPanel !== false;
    // Moving from one panel to another (a link inside a panel) keeps the place focus returns to at the end.
    if (options.returnFocus !== undefined) this.#returnFocus = options.returnFocus;
    else if (!this.#id) this.#returnFocus = document.activeElement as HTMLElement | null;
    this.#id = id;
  }

  /** Closes the panel and gives focus back to where the reader was. */
  close(): void {
    this.#id = null;
    const target = this.#returnFocus;
    this.#returnFocus = null;
    if (target?.isConnected) target.focus();
  }

  /** Closes the panel without moving focus: its feature was hidden by something else the reader did. */
  drop(): void {
    this.#id = null;
    this.#returnFocus = null;
  }
}
