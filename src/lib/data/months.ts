// Months as the timeline and the map's filters count them: numbers YYYYMM (201309 is September 2013), compared
// with `<=` in a filter. The geo build stamps each feature with the month it is drawn from (`since`); the
// timeline steps through months with these helpers.
import type { FeatureDescription } from './network';

/**
 * The month of an ISO date as YYYYMM. A date known only to the year counts from its January, and a span
 * (`2023-05-18/19`) from its first day.
 */
export function monthOf(iso: string): number {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: "${iso}"`);
  return Number(match[1]) * 100 + Number(match[2] ?? '01');
}

/** The feature dates that put a feature on the map, in order of preference: service, then first run, then works. */
const SERVICE_DATE_KEYS = [
  'in_service',
  'first_run',
  'opened',
  'full_operation',
  'special_train',
  'timetabled',
  'phase1_ceremony',
  'first_changan_train',
  'groundbreaking',
  'construction_started'
];

/** The month from which a feature is drawn on the timeline, or null for one that is always there (places). */
export function featureSince(feature: Pick<FeatureDescription, 'id' | 'kind' | 'dates'>): number | null {
  if (feature.kind === 'place') return null;
  const key = SERVICE_DATE_KEYS.find((k) => feature.dates?.[k]);
  if (!key) throw new Error(`Feature ${feature.id} has no date the timeline can show it from`);
  return monthOf(feature.dates![key]);
}

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
