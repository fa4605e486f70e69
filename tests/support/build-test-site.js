// `npm run build:test`: the e2e tests' own build of the site, with the test handle (window.__map) and published
// under the subpath the tests serve it from (sites.js), into its own folder.
import { execFileSync } from 'node:child_process';
import { TEST_SITE } from './sites.js';

execFileSync('npx', ['vite', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, ATLAS_TEST_HANDLE: '1', BASE_PATH: TEST_SITE.base }
});
