// The page's layout as reactive state, for the parts whose markup or behaviour (not only their look) differs
// between a wide screen and a phone held either way. The queries are camera.ts's, shared with the frames.
import { MediaQuery } from 'svelte/reactivity';
import { LAYOUT_QUERIES, type Layout } from '$lib/map/camera';

export class ScreenLayout {
  #landscape = new MediaQuery(LAYOUT_QUERIES.landscape, false);
  #narrow = new MediaQuery(LAYOUT_QUERIES.narrow, false);

  get current(): Layout {
    if (this.#landscape.current) return 'landscape';
    return this.#narrow.current ? 'narrow' : 'wide';
  }

  /** A phone, held either way: the controls fold into one bar and the chapter card can fold to its heading. */
  get phone(): boolean {
    return this.current !== 'wide';
  }
}
