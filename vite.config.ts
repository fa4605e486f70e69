import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  define: {
    // True only in the e2e build: exposes window.__map for tests. Production code paths fold it away.
    __TEST_HANDLE__: JSON.stringify(process.env.ATLAS_TEST_HANDLE === '1')
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000
  }
});
