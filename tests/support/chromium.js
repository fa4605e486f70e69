// Finds a Chromium for the e2e tests, or installs Debian's when it may; otherwise says what to install.
// `node tests/support/chromium.js` ensures one is there (run by `npm run test:e2e` before Playwright starts);
// tests/playwright.config.ts imports findChromium() to launch it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { aptInstall, canAptInstall } from './apt.js';
import { homedir } from 'node:os';
import { join } from 'node:path';

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable'
];

/** Playwright's own downloads, where a machine that can reach them has some. */
function playwrightCandidates() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return [];
  return readdirSync(cache)
    .filter((name) => name.startsWith('chromium'))
    .sort()
    .reverse()
    .flatMap((name) => [join(cache, name, 'chrome-linux64', 'chrome'), join(cache, name, 'chrome-linux', 'chrome')]);
}

/** The path of a usable Chromium, or null. CHROMIUM_PATH wins when set. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, ...SYSTEM_CANDIDATES, ...playwrightCandidates()].filter(
    /** @returns {path is string} */ (path) => typeof path === 'string' && path.length > 0
  );
  return candidates.find((path) => existsSync(path)) ?? null;
}

function hasCjkFont() {
  try {
    return execFileSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

const HOW_TO_INSTALL =
  'The end-to-end tests need Chromium and a CJK font. On Debian or Ubuntu: sudo apt-get install chromium fonts-noto-cjk\n' +
  'Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH to its executable, and install Noto Sans CJK SC.';

export function ensureChromium() {
  const missing = [];
  if (!findChromium()) missing.push('chromium');
  if (!hasCjkFont()) missing.push('fonts-noto-cjk');
  if (missing.length === 0) return findChromium();
  if (canAptInstall()) {
    aptInstall(missing);
    const found = findChromium();
    if (found) return found;
  }
  if (missing.includes('chromium')) {
    console.error(`No Chromium found.\n${HOW_TO_INSTALL}`);
    process.exit(1);
  }
  // A missing CJK font makes Chinese labels fall back to boxes or another face; the tests still run.
  console.warn(`No CJK font found: Chinese labels may not render.\n${HOW_TO_INSTALL}`);
  return findChromium();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Chromium: ${ensureChromium()}`);
}
