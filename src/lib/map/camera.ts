// Camera rules shared by the map and its controls.
import type { FitBoundsOptions, LngLatBoundsLike } from 'maplibre-gl';
import { REGION_FRAME, REGION_FRAME_NARROW, type Bounds } from '../geo/extent';

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
