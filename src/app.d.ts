// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  /** Set by vite.config.ts: true only in the e2e test build. */
  const __TEST_HANDLE__: boolean;

  interface Window {
    /** The live map, exposed for e2e tests in the test build only. */
    __map?: MapLibreMap;
    /** Resolves once the page's first contentful paint is on screen (the boot script, src/lib/boot/boot.ts). */
    __atlasPainted?: Promise<void>;
  }

  namespace App {}
}

export {};
