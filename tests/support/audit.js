// `node tests/support/audit.js`: CI's check that the site's production dependencies (what ships to readers)
// have no high or critical advisory, through `npm audit --omit=dev`. A finding fails CI. A registry that does
// not answer the audit endpoint (this environment's answers 405 Method Not Allowed) cannot say either way: that
// is printed as a warning with the packages left unchecked, and CI goes on, since no advisory was found.
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const FAILING_SEVERITIES = ['high', 'critical'];

function runAudit() {
  try {
    return execFileSync('npm', ['audit', '--omit=dev', '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    });
  } catch (error) {
    // npm exits 1 both when it finds advisories and when the endpoint fails; the JSON tells which.
    const stdout = /** @type {{ stdout?: unknown }} */ (error).stdout;
    if (typeof stdout === 'string' && stdout.trim()) return stdout;
    throw error;
  }
}

function productionPackages() {
  const tree = JSON.parse(
    execFileSync('npm', ['ls', '--omit=dev', '--all', '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    })
  );
  const names = new Set();
  /** @param {Record<string, { version: string, dependencies?: any }>} [deps] */
  const walk = (deps = {}) => {
    for (const [name, info] of Object.entries(deps)) {
      names.add(`${name}@${info.version}`);
      walk(info.dependencies);
    }
  };
  walk(tree.dependencies);
  return [...names].sort();
}

/**
 * @typedef {{ name: string, severity: string, range: string }} Advisory
 * @typedef {{
 *   metadata?: { vulnerabilities: Record<string, number> },
 *   vulnerabilities?: Record<string, Advisory>,
 *   message?: string,
 *   error?: { summary?: string }
 * }} AuditReport
 * @typedef {{ status: 'unavailable', reason: string }
 *   | { status: 'clean' | 'failing', counts: Record<string, number>, failing: Advisory[] }} AuditVerdict
 */

/**
 * What an `npm audit --json` report says: `unavailable` (the endpoint did not answer), `clean`, or `failing` with
 * the advisories of a failing severity.
 * @param {AuditReport} report
 * @returns {AuditVerdict}
 */
export function auditVerdict(report) {
  if (!report.metadata)
    return { status: 'unavailable', reason: report.message ?? report.error?.summary ?? 'no reason given' };
  const failing = Object.values(report.vulnerabilities ?? {}).filter((v) => FAILING_SEVERITIES.includes(v.severity));
  return { status: failing.length > 0 ? 'failing' : 'clean', counts: report.metadata.vulnerabilities, failing };
}

function main() {
  const verdict = auditVerdict(JSON.parse(runAudit()));
  if (verdict.status === 'unavailable') {
    const packages = productionPackages();
    console.warn(
      `audit: the registry did not answer the audit endpoint (${verdict.reason}).\n` +
        `audit: not checked, ${packages.length} production packages: ${packages.join(', ')}`
    );
    return;
  }
  console.log(`audit: ${JSON.stringify(verdict.counts)}`);
  for (const v of verdict.failing) console.error(`audit: ${v.severity} in ${v.name} (${v.range})`);
  if (verdict.status === 'failing') process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
