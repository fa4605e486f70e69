// Chromium's flags for this environment (DEVELOPERS.md): root without a sandbox, WebGL through SwiftShader, and
// none of Chromium's own calls home, which the closed network would refuse. Used by the e2e tests and the bench.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
];
