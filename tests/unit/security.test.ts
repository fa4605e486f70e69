// No raw HTML from data, the URL or the article: the interface never uses {@html}.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditVerdict } from '../support/audit.js';

const SRC = new URL('../../src', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.svelte') ? [join(dir, entry.name)] : []
  );
}

describe('the interface', () => {
  it('renders no raw HTML ({@html})', () => {
    const svelteFiles = files(SRC);
    expect(svelteFiles.length).toBeGreaterThan(20);
    const raw = svelteFiles.filter((file) => readFileSync(file, 'utf8').includes('{@html'));
    expect(raw).toEqual([]);
  });
});

describe('the dependency audit CI runs', () => {
  // The report shapes npm 11 writes with --json: a finding, a clean tree, and the endpoint refusing (here: 405).
  const finding = (severity: string) => ({
    vulnerabilities: { 'pkg-a': { name: 'pkg-a', severity, range: '<1.2.3' } },
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, [severity]: 1, total: 1 } }
  });

  it('fails on a high or critical advisory and names it', () => {
    for (const severity of ['high', 'critical']) {
      const verdict = auditVerdict(finding(severity));
      expect(verdict.status).toBe('failing');
      expect(verdict.status === 'failing' && verdict.failing.map((v) => v.name)).toEqual(['pkg-a']);
    }
  });

  it('passes a moderate advisory or a clean tree', () => {
    expect(auditVerdict(finding('moderate')).status).toBe('clean');
    expect(auditVerdict({ vulnerabilities: {}, metadata: { vulnerabilities: { total: 0 } } }).status).toBe('clean');
  });

  it('says the check could not run when the registry does not answer, rather than calling the tree clean', () => {
    const refused = { message: '405 Method Not Allowed - POST …/advisories/bulk', statusCode: 405, error: {} };
    expect(auditVerdict(refused)).toEqual({ status: 'unavailable', reason: refused.message });
  });
});
