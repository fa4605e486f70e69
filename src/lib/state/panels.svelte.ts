// The panels slice: the reader view (the full article at a passage) and the explore mode's side panel. Only
// these methods write it.

/** A passage of the article to show in the reader view (an empty paragraph: the article from the top). */
export interface ReaderTarget {
  paragraph: string;
  text: string;
}

export type SidePanel = 'layers' | 'list';

export class Panels {
  #reader = $state.raw<ReaderTarget | null>(null);
  #side = $state<SidePanel | null>(null);

  get reader(): ReaderTarget | null {
    return this.#reader;
  }

  get side(): SidePanel | null {
    return this.#side;
  }

  openReader(target: ReaderTarget): void {
    this.#reader = target;
  }

  closeReader(): void {
    this.#reader = null;
  }

  openSide(panel: SidePanel | null): void {
    this.#side = panel;
  }
}
