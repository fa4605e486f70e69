// The page's screens, written once: the stylesheets name them as custom media (`@media (--phone)`), which the
// build replaces with these queries (screenMedia, a PostCSS step in vite.config.ts), and the scripts that must
// know the layout (the frames, the few parts whose markup differs) read the same queries.
//
// Three layouts:
// - wide (desktop, tablet): the story in a column on the left under the title;
// - a phone held upright (narrower than 640 px, and not on its side): the story is a card at the foot;
// - a phone on its side (lower than 500 px): the story in a side column at full height.
// On both phones the controls fold into one bar with a menu; targets are 44 px there and under a finger.
import type { Plugin } from 'postcss';

/** Screens narrower than this (CSS px) get the phone layout and frame. */
export const NARROW_SCREEN_PX = 640;
/** Screens on their side lower than this (CSS px) are a phone on its side. */
const LOW_SCREEN_PX = 500;

const narrow = `(max-width: ${NARROW_SCREEN_PX - 1}px)`;
const onSide = `(orientation: landscape) and (max-height: ${LOW_SCREEN_PX - 1}px)`;

/** Every screen a stylesheet may name, as `@media (--name)` (alone or in a comma list). */
export const SCREEN_MEDIA = {
  /** Narrower than a tablet, held either way. */
  narrow,
  /** A tablet's width or more. */
  wide: `(min-width: ${NARROW_SCREEN_PX}px)`,
  /** A phone on its side. */
  'phone-on-side': onSide,
  /** A phone held upright: narrow and not on its side. */
  'phone-upright': `${narrow} and (orientation: portrait), ${narrow} and (min-height: ${LOW_SCREEN_PX}px)`,
  /** A phone, held either way. */
  phone: `${narrow}, ${onSide}`,
  /** A phone, or any screen under a finger: where targets are 44 px. */
  touch: `${narrow}, ${onSide}, (pointer: coarse)`
} as const;

export type Layout = 'wide' | 'narrow' | 'landscape';

/** The PostCSS step that writes each `(--name)` of a media query as its query; an unknown name stops the build. */
export function screenMedia(): Plugin {
  return {
    postcssPlugin: 'silk-road-atlas-screen-media',
    AtRule: {
      media(rule) {
        if (!rule.params.includes('(--')) return;
        rule.params = rule.params.replace(/\(--([a-z-]+)\)/g, (_, name: string) => {
          if (!(name in SCREEN_MEDIA))
            throw rule.error(`Unknown screen "--${name}" (src/lib/ui/screens.ts has: ${Object.keys(SCREEN_MEDIA)})`);
          return SCREEN_MEDIA[name as keyof typeof SCREEN_MEDIA];
        });
      }
    }
  };
}
