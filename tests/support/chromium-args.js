// Chromium's flags for this environment (DEVELOPERS.md): root without a sandbox, WebGL through SwiftShader, and
// none of Chromium's own calls home, which the closed network would refuse. Used by the e2e tests and the bench.
import { fileURLToPath } from 'node:url';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
];

/**
 * Chromium's own parts that a page under test never uses. Since Chromium 151 every window (each Playwright
 * context is one, headless too) renders the address bar's popup, a WebUI page in a renderer of its own, ahead of
 * use: about 0.7 s of CPU per context on this machine, a sixth of drawing the map's first view, spent on nothing.
 * Puppeteer turns the same two off (puppeteer#15278).
 */
const DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** Chromium honours only the last --disable-features: this script merges ours with the launcher's list. */
const LAUNCHER = fileURLToPath(new URL('./chromium-launcher.sh', import.meta.url));

/**
 * What to launch and with which arguments (Playwright's `executablePath` and `args`; chrome-launcher's
 * `chromePath` and `chromeFlags`): the Chromium found, through the merging launcher, with this environment's flags.
 * @param {string} chromium the Chromium executable (findChromium())
 * @param {string[]} [extra] more flags for this launch
 */
export function chromiumLaunch(chromium, extra = []) {
  return {
    executablePath: LAUNCHER,
    args: [
      ...CHROMIUM_ARGS,
      ...extra,
      `--disable-features=${DISABLED_FEATURES.join(',')}`,
      `--chromium-binary=${chromium}`
    ]
  };
}
