// First step of `npm test`: installs the project's packages when they are missing or older than the lock file,
// then makes sure a Chromium (and a CJK font) and nginx (for the deploy configuration's tests) are there for the
// e2e tests, and WebKitGTK, Firefox ESR and Xvfb for the other engines' smoke run. Uses only Node's own modules, so it runs on a fresh clone before anything is installed.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { ensureChromium } from './chromium.js';
import { ensureEngines } from './engines.js';
import { ensureNginx } from './nginx.js';

const installed = 'node_modules/.package-lock.json';
const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.log('Installing packages (npm ci) …');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
console.log(`Chromium: ${ensureChromium()}`);
console.log(`nginx: ${ensureNginx() ?? 'missing'}`);
for (const line of ensureEngines()) console.log(line);
