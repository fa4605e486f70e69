// What a reader sees at one moment, measured in the page from the DOM alone (so it needs no finished map
// frame): how much of the screen is map, whether the current chapter's heading and first quote are on screen,
// which controls overlap, which touch targets are smaller than 44 px. `measureLayout` runs in the browser
// (`page.evaluate(measureLayout)`), so it is self-contained.

export interface LayoutReport {
  /** The share of points on a 10 px grid over the screen where the map's canvas is on top (0–1). */
  free: number;
  /** Whether the current chapter's heading is on screen and on top (null outside the story). */
  heading: boolean | null;
  /** Whether the start of the current chapter's first quote is (null outside the story or without a quote). */
  quote: boolean | null;
  /** Pairs of controls whose visible parts overlap, by their names. */
  overlaps: string[];
  /** Controls (not links inside running text) smaller than 44 × 44 CSS px, with their size. */
  smallTargets: string[];
}

export function measureLayout(): LayoutReport {
  type Box = { left: number; top: number; right: number; bottom: number };
  const width = window.innerWidth;
  const height = window.innerHeight;

  let free = 0;
  let points = 0;
  for (let y = 5; y < height; y += 10) {
    for (let x = 5; x < width; x += 10) {
      points++;
      if (document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas')) free++;
    }
  }

  /**
   * The parts of an element its scrolling ancestors and the screen let show: one box per line for a link that
   * wraps (its bounding box would span both lines' whole width), none if it is out of sight.
   */
  function visibleBoxes(element: Element): Box[] {
    const clips = [{ left: 0, top: 0, right: width, bottom: height }];
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') clips.push(parent.getBoundingClientRect());
    }
    return [...element.getClientRects()]
      .map((rect) => {
        const box = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
        for (const clip of clips) {
          box.left = Math.max(box.left, clip.left);
          box.top = Math.max(box.top, clip.top);
          box.right = Math.min(box.right, clip.right);
          box.bottom = Math.min(box.bottom, clip.bottom);
        }
        return box;
      })
      .filter((box) => box.right - box.left > 1 && box.bottom - box.top > 1);
  }

  /** Whether an element's first line (its top 16 px, both ends) is on screen and not covered. */
  function startVisible(element: Element | null | undefined): boolean {
    if (!element) return false;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0) return false;
    const y = Math.min(rect.bottom - 2, rect.top + 14);
    return [rect.left + 4, rect.right - 4].every((x) => {
      const hit = document.elementFromPoint(x, y);
      return hit !== null && (hit === element || element.contains(hit));
    });
  }

  const current = document.querySelector('[data-chapter-index][aria-current="step"]');
  const firstQuote = current?.querySelector('blockquote');

  const name = (element: Element) =>
    (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 24);
  const controls = [
    ...document.querySelectorAll('button, a[href], input, select, summary, [role="button"], [tabindex="0"]')
  ]
    .filter((element) => !element.matches('.maplibregl-canvas'))
    .filter((element) => {
      const style = getComputedStyle(element);
      // The map's canvas takes focus for its keyboard controls, but it is the map, not a control on it.
      return style.visibility !== 'hidden' && !element.closest('.visually-hidden') && !element.querySelector('canvas');
    })
    // A checkbox or radio is reached through its label, which is the target.
    .map((element) => (element.matches('input') ? (element.closest('label') ?? element) : element))
    .map((element) => ({ element, boxes: visibleBoxes(element) }))
    .filter((c) => c.boxes.length > 0);

  const overlaps: string[] = [];
  for (let i = 0; i < controls.length; i++) {
    for (let j = i + 1; j < controls.length; j++) {
      const a = controls[i];
      const b = controls[j];
      if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
      const meet = (p: Box, q: Box) =>
        Math.min(p.right, q.right) - Math.max(p.left, q.left) > 1 &&
        Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 1;
      if (a.boxes.some((p) => b.boxes.some((q) => meet(p, q))))
        overlaps.push(`${name(a.element)} × ${name(b.element)}`);
    }
  }

  // Links inside running text are exempt (WCAG 2.5.8's inline exception): their size is the line's.
  const smallTargets = controls
    .filter(({ element }) => getComputedStyle(element).display !== 'inline')
    .filter(({ element }) => {
      const rect = element.getBoundingClientRect();
      return rect.width < 43.5 || rect.height < 43.5;
    })
    .map(({ element }) => {
      const rect = element.getBoundingClientRect();
      return `${name(element)} (${Math.round(rect.width)}×${Math.round(rect.height)})`;
    });

  return {
    free: free / points,
    heading: current ? startVisible(current.querySelector('h2')) : null,
    quote: current && firstQuote ? startVisible(firstQuote) : null,
    overlaps,
    smallTargets
  };
}
