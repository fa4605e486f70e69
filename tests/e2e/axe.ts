// axe-core over the page as it stands: the violations a reader would meet (serious or critical), one line each.
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export async function seriousViolations(page: Page): Promise<string[]> {
  // axe runs in the page itself ("legacy mode"): the default runs it frame by frame and then merges the results in a
  // new page of the browser, which costs 1–2 s a call here for nothing, the atlas having no frames. Should one
  // appear, this says so rather than leave it unchecked.
  expect(page.frames(), 'a frame in the page: run axe without setLegacyMode to check inside it').toHaveLength(1);
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
