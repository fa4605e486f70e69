// axe-core over the page as it stands: the violations a reader would meet (serious or critical), one line each.
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
