// Published against drawn lengths: the tolerances the tests hold every line to, and the table the build prints.
import type { CatalogEntry, LengthCheck } from '../../src/lib/data/network';

/** A rail route's whole length may differ from its published rail distance by this much. */
export const ROUTE_TOLERANCE = 0.08;
/** A country's part or a section of a line may differ from its published length by this much. */
const PART_TOLERANCE = 0.1;

/** How far a drawn length may be from the published one: a rail route's whole length, or any other figure. */
function toleranceOf(entry: Pick<CatalogEntry, 'kind'>, check: Pick<LengthCheck, 'countries' | 'from'>) {
  const whole = !check.countries && !check.from;
  return entry.kind === 'rail-route' && whole ? ROUTE_TOLERANCE : PART_TOLERANCE;
}

export function withinTolerance(entry: Pick<CatalogEntry, 'kind'>, check: LengthCheck): boolean {
  return Math.abs(check.ratio - 1) <= toleranceOf(entry, check);
}

/** Prints every line's published and drawn lengths, marking a miss (a test fails on it) or an exception. */
export function printLengthTable(features: Record<string, CatalogEntry>) {
  const rows = Object.values(features).flatMap((entry) =>
    entry.lengths.map((check) => {
      const verdict = withinTolerance(entry, check) ? 'ok' : check.exception ? 'exception' : 'MISS';
      return `${entry.id.padEnd(28)} ${check.label.en.padEnd(44)} ${String(check.published_km).padStart(6)} ${check.drawn_km
        .toFixed(0)
        .padStart(
          6
        )} ${((check.ratio - 1) * 100).toFixed(1).padStart(6)}%  ±${toleranceOf(entry, check) * 100}% ${verdict}`;
    })
  );
  console.log(`${'line'.padEnd(28)} ${'length'.padEnd(44)} ${'publ.'.padStart(6)} ${'drawn'.padStart(6)}   diff`);
  for (const row of rows) console.log(row);
}
