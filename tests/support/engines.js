// The browsers besides Chromium that `npm run test:engines` drives, and the virtual display they draw on: finds
// them, or installs Debian's packages where it may (run by prepare.js), otherwise says what to install. WebKit is
// WebKitGTK's MiniBrowser behind WebKitWebDriver (the engine of Safari); Firefox is the ESR, driven over WebDriver
// BiDi. Both draw WebGL only in a window, so both run under Xvfb (headless Firefox has no WebGL 2).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { aptInstall, canAptInstall } from './apt.js';

/**
 * The first of these paths that exists, or null; a path set in the environment (`override`) is the only one tried.
 * @param {string | undefined} override
 * @param {string[]} candidates
 */
function firstExisting(override, candidates) {
  return (override ? [override] : candidates).find((path) => existsSync(path)) ?? null;
}

/** Where Debian puts WebKitGTK's MiniBrowser: under the multiarch library folder (`x86_64-linux-gnu`, …). */
const miniBrowserCandidates = () =>
  existsSync('/usr/lib')
    ? readdirSync('/usr/lib').map((dir) => join('/usr/lib', dir, 'webkit2gtk-4.1', 'MiniBrowser'))
    : [];

/** Each engine: what it needs on this machine, found or null, and the Debian packages that bring them. */
export const ENGINES = {
  webkit: {
    name: 'WebKit (WebKitGTK MiniBrowser)',
    packages: ['webkit2gtk-driver', 'xvfb'],
    find: () => ({
      driver: firstExisting(process.env.WEBKIT_WEBDRIVER_PATH, ['/usr/bin/WebKitWebDriver']),
      browser: firstExisting(process.env.MINIBROWSER_PATH, miniBrowserCandidates()),
      xvfb: firstExisting(undefined, ['/usr/bin/Xvfb'])
    })
  },
  firefox: {
    name: 'Firefox ESR',
    packages: ['firefox-esr', 'xvfb'],
    find: () => ({
      browser: firstExisting(process.env.FIREFOX_PATH, ['/usr/bin/firefox-esr', '/usr/bin/firefox']),
      xvfb: firstExisting(undefined, ['/usr/bin/Xvfb'])
    })
  }
};

/**
 * Why an engine cannot be driven here (the parts not found and what to install), or null when it can.
 * @param {keyof typeof ENGINES} key
 */
export function engineMissing(key) {
  const engine = ENGINES[key];
  const missing = Object.entries(engine.find())
    .filter(([, path]) => path === null)
    .map(([part]) => part);
  if (missing.length === 0) return null;
  return (
    `${engine.name} cannot be driven on this machine: no ${missing.join(', no ')} found. ` +
    `On Debian or Ubuntu: sudo apt-get install ${engine.packages.join(' ')}`
  );
}

/** Installs what the engines lack where apt-get may run; returns a line per engine saying what it found. */
export function ensureEngines() {
  const keys = /** @type {(keyof typeof ENGINES)[]} */ (Object.keys(ENGINES));
  const packages = [...new Set(keys.filter((key) => engineMissing(key)).flatMap((key) => ENGINES[key].packages))];
  if (packages.length > 0 && canAptInstall()) aptInstall(packages);
  return keys.map((key) => `${ENGINES[key].name}: ${engineMissing(key) ?? 'found'}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of ensureEngines()) console.log(line);
}
