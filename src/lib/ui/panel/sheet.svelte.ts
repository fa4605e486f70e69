// The info panel's height as a bottom sheet (a phone held upright): where it starts, how its handle drags it, when
// it collapses to its title. Only a phone held upright's stylesheet reads the height; elsewhere the panel is a
// column and only the collapse (which hides the body) applies.

/** The sheet's share of the screen height on a phone: at most 60%, so 40% of the map stays in view. */
const SHEET_MAX = 0.6;
const SHEET_START = 0.45;
const SHEET_COLLAPSED_PX = 92;
/** Let go this close above the collapsed height, and the sheet collapses. */
const SNAP_SHUT_PX = 40;

export class SheetHeight {
  /** The panel's drawn height (bound by the panel), where a drag starts from. */
  measured = $state(0);
  #collapsed = $state(false);
  /** The height the reader dragged it to (null: the starting height). */
  #dragged = $state<number | null>(null);
  #dragStart: { y: number; height: number } | null = null;

  /** Collapsed to its title: the body is hidden. */
  get collapsed(): boolean {
    return this.#collapsed;
  }

  /** The height, as the stylesheet's --sheet-height. */
  get css(): string {
    if (this.#collapsed) return `${SHEET_COLLAPSED_PX}px`;
    return this.#dragged !== null ? `${this.#dragged}px` : `${SHEET_START * 100}vh`;
  }

  /** A new selection: the sheet opens again (at the height it was dragged to, if it was). */
  open(): void {
    this.#collapsed = false;
  }

  /** The fold button: collapses, or opens at the starting height. */
  toggle(): void {
    this.#collapsed = !this.#collapsed;
    this.#dragged = null;
  }

  // Dragging the handle sets the height; let go low and the sheet collapses to its title.
  grab(event: PointerEvent): void {
    this.#dragStart = { y: event.clientY, height: this.measured };
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
  }

  drag(event: PointerEvent): void {
    if (!this.#dragStart) return;
    const max = window.innerHeight * SHEET_MAX;
    const height = this.#dragStart.height + this.#dragStart.y - event.clientY;
    this.#collapsed = false;
    this.#dragged = Math.min(max, Math.max(SHEET_COLLAPSED_PX, height));
  }

  release(): void {
    if (!this.#dragStart) return;
    this.#dragStart = null;
    if (this.#dragged !== null && this.#dragged < SHEET_COLLAPSED_PX + SNAP_SHUT_PX) {
      this.#collapsed = true;
      this.#dragged = null;
    }
  }
}
