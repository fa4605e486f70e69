// A Playwright reporter beside the list: at the end, the time each test file took (the sum of its tests, as the
// workers spent it), slowest first, so that the next slow file is seen before the suite grows slow.
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { relative } from 'node:path';

export default class FileTimes implements Reporter {
  #byFile = new Map<string, { ms: number; tests: number }>();

  onTestEnd(test: TestCase, result: TestResult): void {
    const file = relative(process.cwd(), test.location.file);
    const entry = this.#byFile.get(file) ?? { ms: 0, tests: 0 };
    entry.ms += result.duration;
    entry.tests++;
    this.#byFile.set(file, entry);
  }

  onEnd(): void {
    const rows = [...this.#byFile].sort((a, b) => b[1].ms - a[1].ms);
    const total = rows.reduce((sum, [, e]) => sum + e.ms, 0);
    console.log('\nTime per file (summed over its tests):');
    for (const [file, { ms, tests }] of rows)
      console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${String(tests).padStart(3)} tests  ${file}`);
    console.log(`  ${(total / 1000).toFixed(1).padStart(6)} s  in all`);
  }
}
