// Camera rules shared by the map and its controls.
import type { FitBoundsOptions, LngLatBoundsLike } from 'maplibre-gl';
import { REGION_FRAME, REGION_FRAME_NARROW, type Bounds } from '$lib/data/extent';
import { NARROW_SCREEN_PX, SCREEN_MEDIA } from '$lib/ui/screens';

/** A box as the data writes it ([west, south, east, north]) as MapLibre takes it. */
export function toLngLatBounds([west, south, east, north]: Bounds): LngLatBoundsLike {
  return [
    [west, south],
    [east, north]
  ];
}

/** The "whole region" frame for a map this wide. */
export function regionBounds(width: number): LngLatBoundsLike {
  return toLngLatBounds(width < NARROW_SCREEN_PX ? REGION_FRAME_NARROW : REGION_FRAME);
}

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Padding that keeps the frame clear of the title card (top left, about 140 px tall on a wide screen, 90 px on
 * a phone) and of the controls (top right).
 */
export function framePadding(width: number): FitBoundsOptions['padding'] {
  return width < NARROW_SCREEN_PX
    ? { top: 96, bottom: 40, left: 16, right: 16 }
    : { top: 150, bottom: 30, left: 30, right: 60 };
}

/**
 * Padding that frames things in the part of the map the page's panels leave visible. Panels mark themselves
 * with `data-covers-map` (and, on a phone, the title and the tool bar with `data-covers-map-top`); one as wide
 * as the map, or one marked `data-covers-map="foot"`, covers the foot (a phone's bottom sheet, the timeline),
 * others its left or right side, whichever their middle is nearer. Each side keeps at least 20 px, and the frame
 * at least 120 px.
 */
export function framePaddingAround(container: HTMLElement): {
  top: number;
  bottom: number;
  left: number;
  right: number;
} {
  const map = container.getBoundingClientRect();
  const uprightPhone = window.matchMedia(SCREEN_MEDIA['phone-upright']).matches;
  const padding = { top: uprightPhone ? 110 : 60, bottom: 30, left: 40, right: 40 };
  for (const element of document.querySelectorAll<HTMLElement>('[data-covers-map]')) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    // A sheet or bar along the foot (a phone's panel, the timeline) covers the bottom; columns cover a side.
    const alongFoot = rect.width > map.width * 0.9 || element.dataset.coversMap === 'foot';
    if (alongFoot) padding.bottom = Math.max(padding.bottom, map.bottom - rect.top + 20);
    else if (rect.left + rect.width / 2 < map.left + map.width / 2)
      padding.left = Math.max(padding.left, rect.right - map.left + 30);
    else padding.right = Math.max(padding.right, map.right - rect.left + 30);
  }
  // The map's own buttons stand in a column at its top right.
  const buttons = container.querySelector('.maplibregl-ctrl-top-right')?.getBoundingClientRect();
  if (buttons && buttons.width > 0) padding.right = Math.max(padding.right, map.right - buttons.left + 10);
  // On a phone the title and the tool bar (marked `data-covers-map-top`) sit at the top left of the map: they
  // cover its top, unless a column below them (the story, on a phone on its side) already keeps the frame to
  // their right.
  if (window.matchMedia(SCREEN_MEDIA.phone).matches) {
    for (const element of document.querySelectorAll<HTMLElement>('[data-covers-map-top]')) {
      const rect = element.getBoundingClientRect();
      if (rect.height === 0 || rect.right - map.left + 30 <= padding.left) continue;
      padding.top = Math.max(padding.top, rect.bottom - map.top + 12);
    }
  }
  // A column may take most of a narrow screen (a tablet upright): the frame keeps what is left, down to 120 px.
  const first = (used: number, size: number) => Math.max(20, Math.min(used, size - 140));
  const top = first(padding.top, map.height);
  const left = first(padding.left, map.width);
  return {
    top,
    bottom: Math.max(20, Math.min(padding.bottom, map.height - top - 120)),
    left,
    right: Math.max(20, Math.min(padding.right, map.width - left - 120))
  };
}
