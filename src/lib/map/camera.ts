// Camera rules shared by the map and its controls.
import type { FitBoundsOptions, LngLatBoundsLike } from 'maplibre-gl';
import { REGION_FRAME, REGION_FRAME_NARROW, type Bounds } from '$lib/data/extent';

/** Screens narrower than this (CSS px) get the phone layout and frame. */
export const NARROW_SCREEN_PX = 640;

function toLngLatBounds([west, south, east, north]: Bounds): LngLatBoundsLike {
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
 * with `data-covers-map` (and, on a phone, the buttons across the top with `data-covers-map-top`); one as wide as
 * the map, or one marked `data-covers-map="foot"`, covers the foot (a phone's bottom sheet, the timeline), others its left or
 * right side, whichever their middle is nearer. Each side keeps at least 20 px and leaves the map 120 px.
 */
export function framePaddingAround(container: HTMLElement): {
  top: number;
  bottom: number;
  left: number;
  right: number;
} {
  const map = container.getBoundingClientRect();
  const narrow = map.width < NARROW_SCREEN_PX;
  const padding = { top: narrow ? 110 : 60, bottom: 30, left: 40, right: 40 };
  // On a phone the title and the tool buttons sit across the top of the map (marked `data-covers-map-top`).
  if (narrow) {
    for (const element of document.querySelectorAll<HTMLElement>('[data-covers-map-top]')) {
      const rect = element.getBoundingClientRect();
      if (rect.height > 0) padding.top = Math.max(padding.top, rect.bottom - map.top + 12);
    }
  }
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
  const room = (used: number, size: number) => Math.max(20, Math.min(used, (size - 120) / 2));
  return {
    top: room(padding.top, map.height),
    bottom: Math.max(20, Math.min(padding.bottom, map.height - padding.top - 120)),
    left: room(padding.left, map.width),
    right: Math.max(20, Math.min(padding.right, map.width - padding.left - 120))
  };
}
