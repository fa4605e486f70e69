// A small static file server for the built site (adapter-static output), used by the e2e tests and
// benchmarks: `node tests/support/static-server.js <dir> <port>`. Loopback only.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8'
};

/** Resolves a URL path to a file inside `root`, trying `.html` for prerendered pages; null if none. */
export function resolveFile(root, urlPath) {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  const candidates = path.endsWith('/') ? [join(path, 'index.html')] : [path, `${path}.html`, join(path, 'index.html')];
  for (const candidate of candidates) {
    const file = resolve(root, `.${candidate.startsWith('/') ? '' : '/'}${candidate}`);
    if (!file.startsWith(resolve(root))) return null;
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // not this candidate
    }
  }
  return null;
}

export function startServer(root, port, host = '127.0.0.1') {
  const server = createServer((request, response) => {
    const file = resolveFile(root, request.url ?? '/');
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'build', port = '4173'] = process.argv.slice(2);
  startServer(root, Number(port)).then(() => console.log(`Serving ${root} on http://127.0.0.1:${port}`));
}
