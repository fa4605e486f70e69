// The announcer slice: the latest message for screen readers (an aria-live region shows it). Only `say` writes it.

export class Announcer {
  #text = $state('');

  get text(): string {
    return this.#text;
  }

  say(text: string): void {
    // Cleared first so that the same words said twice are read twice.
    this.#text = '';
    queueMicrotask(() => (this.#text = text));
  }
}
