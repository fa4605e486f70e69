// The story's dated and placed material (static/data/story.json, built by geo/scripts/build-story.ts): the
// timeline's events, the 2013 journey and the headline figures. Prerendered with the page.
export type { Story, StoryEvent, PlaceRef } from '../../../geo/scripts/build-story';

/** A timeline month (YYYYMM) as an ISO month, `2014-09`. */
export const isoMonth = (month: number): string => `${Math.floor(month / 100)}-${String(month % 100).padStart(2, '0')}`;

/** The month after (or, with -1, before) a YYYYMM month. */
export function addMonths(month: number, delta: number): number {
  const index = Math.floor(month / 100) * 12 + (month % 100) - 1 + delta;
  return Math.floor(index / 12) * 100 + (index % 12) + 1;
}

/** How many months lie between two YYYYMM months (b after a: positive). */
export const monthsBetween = (a: number, b: number): number =>
  Math.floor(b / 100) * 12 + (b % 100) - (Math.floor(a / 100) * 12 + (a % 100));
