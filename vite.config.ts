import { sveltekit } from '@sveltejs/kit/vite';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { screenMedia } from './src/lib/ui/screens';

export default defineConfig({
  plugins: [sveltekit()],
  // `@media (--phone)` and the other screens of src/lib/ui/screens.ts, in every stylesheet and component.
  css: { postcss: { plugins: [screenMedia()] } },
  define: {
    // True only in the e2e build: exposes window.__map for tests. Production code paths fold it away.
    __TEST_HANDLE__: JSON.stringify(process.env.ATLAS_TEST_HANDLE === '1')
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Vitest's default (one worker fewer than the cores) is one worker on a 2-core machine: 47 s there, 30 s with two.
    maxWorkers: Math.max(2, availableParallelism() - 1)
  }
});
