import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The e2e tests build a second copy of the site with the test handle switched on (ATLAS_TEST_HANDLE=1);
 * it goes to its own folder so that `build/` is always the production site. (SvelteKit's own working folder,
 * .svelte-kit, stays the same: tsconfig.json extends it, and the two builds run one after the other.)
 */
const outDir = process.env.ATLAS_TEST_HANDLE === '1' ? 'build-test' : 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: outDir, assets: outDir, fallback: undefined, precompress: false, strict: true })
  }
};

export default config;
