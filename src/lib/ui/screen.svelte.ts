// The page's layout as reactive state, for the parts whose markup or behaviour (not only their look) differs
// between a wide screen and a phone held either way. The queries are screens.ts's, shared with the stylesheets.
import { MediaQuery } from 'svelte/reactivity';
import { SCREEN_MEDIA, type Layout } from './screens';

export class ScreenLayout {
  #landscape = new MediaQuery(SCREEN_MEDIA['phone-on-side'], false);
  #narrow = new MediaQuery(SCREEN_MEDIA.narrow, false);

  get current(): Layout {
    if (this.#landscape.current) return 'landscape';
    return this.#narrow.current ? 'narrow' : 'wide';
  }

  /** A phone, held either way: the controls fold into one bar and the chapter card can fold to its heading. */
  get phone(): boolean {
    return this.current !== 'wide';
  }
}
