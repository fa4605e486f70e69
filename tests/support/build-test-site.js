// `npm run build:test`: the e2e tests' own build of the site, with the test handle (window.__map), published
// under the subpath the tests serve it from (sites.js) and at the origin they serve it on (so that the link
// previews' absolute addresses are written, and point at the test server: tests/e2e/link-preview.e2e.ts), into its
// own folder.
import { execFileSync } from 'node:child_process';
import { TEST_SITE, siteOrigin } from './sites.js';

execFileSync('npx', ['vite', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, ATLAS_TEST_HANDLE: '1', BASE_PATH: TEST_SITE.base, PUBLIC_ORIGIN: siteOrigin(TEST_SITE) }
});
