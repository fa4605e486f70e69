// End-to-end tests on the built site (Playwright test runner, Debian's Chromium, MapLibre on SwiftShader).
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { findChromium } from './support/chromium.js';
import { chromiumLaunch } from './support/chromium-args.js';
import { PRODUCTION_SITE, TEST_SITE, siteUrl } from './support/sites.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const executablePath: string | null = findChromium();
if (!executablePath) throw new Error('No Chromium found: run `node tests/support/chromium.js` for what to install.');

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: resolve(root, 'test-results'),
  fullyParallel: true,
  // Two cores: MapLibre renders in software (SwiftShader), so more workers only slow each other down.
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['./support/file-times.ts']],
  use: {
    // The test build, at its subpath: a test's `./?ch=…` is a link on that site.
    baseURL: siteUrl(TEST_SITE),
    viewport: { width: 1280, height: 800 },
    // The page takes its language from the browser; the tests read the Chinese interface unless they say.
    locale: 'zh-CN',
    // Camera moves jump and labels appear without fading: the tests of motion (the 2013 journey) ask for it.
    reducedMotion: 'reduce',
    // The production build registers a service worker that saves the whole first view: blocked, so that each test
    // loads what it loads; the offline tests allow it (offline.e2e.ts).
    serviceWorkers: 'block',
    launchOptions: chromiumLaunch(executablePath)
  },
  webServer: [
    ...[TEST_SITE, PRODUCTION_SITE].map((site) => ({
      command: `node tests/support/static-server.js ${site.dir} ${site.port} ${site.base}`,
      cwd: root,
      url: siteUrl(site),
      reuseExistingServer: false
    }))
  ]
});
