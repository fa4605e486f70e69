// A built site served by Python's http.server, the first thing many people run on a build folder: it answers
// every Range request with the whole file (a 200). The site sits in a folder of its own under the server's root
// (its subpath, as the test build is made for: sites.js), linked rather than copied.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * Starts `python3 -m http.server` on `port` with `siteDir` at `base`; resolves once it answers.
 * @param {string} siteDir
 * @param {number} port
 * @param {string} base
 */
export async function startPythonSite(siteDir, port, base) {
  const root = mkdtempSync(join(tmpdir(), 'atlas-python-'));
  const mount = join(root, base);
  mkdirSync(dirname(mount), { recursive: true });
  symlinkSync(resolve(siteDir), mount);
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], {
    stdio: 'ignore'
  });
  const stop = () => {
    server.kill();
    rmSync(root, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}${base}/`)).ok) return stop;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  stop();
  throw new Error(`python3 -m http.server did not start on port ${port}`);
}
