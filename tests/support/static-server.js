// A small static file server for the built site (adapter-static output), used by the e2e tests and
// benchmarks: `node tests/support/static-server.js <dir> <port>`. Loopback only.
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.pmtiles': 'application/vnd.pmtiles'
};

/**
 * The byte range a `Range: bytes=a-b` header asks for inside a file of `size` bytes ({start, end} inclusive), null
 * when there is none (the whole file), or 'unsatisfiable'. One range only: what PMTiles readers send.
 * @param {string | undefined} header
 * @param {number} size
 * @returns {{ start: number, end: number } | null | 'unsatisfiable'}
 */
export function byteRange(header, size) {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return 'unsatisfiable';
  const [start, end] =
    match[1] === ''
      ? [Math.max(0, size - Number(match[2])), size - 1]
      : [Number(match[1]), Math.min(size - 1, match[2] === '' ? size - 1 : Number(match[2]))];
  return start > end || start >= size ? 'unsatisfiable' : { start, end };
}

/**
 * Resolves a URL path to a file inside `root`, trying `.html` for prerendered pages; null if none.
 * @param {string} root
 * @param {string} urlPath
 */
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

/** Types a host compresses (`gzip: true`); images and the basemap archive are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest']);

/** Gzipped copies by file and modification time, made once each. */
const gzipped = new Map();

/**
 * @param {string} root
 * @param {number} port
 * @param {string} [host]
 * @param {{ gzip?: boolean, base?: string }} [options] gzip: answer `Accept-Encoding: gzip` as a production host does
 *   (the bench); base: serve the site under this path (`/interactive/silk-road`), as a host's subfolder
 * @returns {Promise<import('node:http').Server>}
 */
export function startServer(root, port, host = '127.0.0.1', options = {}) {
  const base = options.base ?? '';
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    // Under a subpath only: the folder's own address gets its slash, as a host redirects a directory.
    if (base && url.split('?')[0] === base) {
      response.writeHead(301, { location: `${base}/${url.slice(base.length)}` });
      response.end();
      return;
    }
    const file = url.startsWith(`${base}/`) ? resolveFile(root, url.slice(base.length)) : null;
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const size = statSync(file).size;
    // Range requests, as any static host answers them: the basemap archive is read tile by tile.
    const range = byteRange(request.headers.range, size);
    if (range === 'unsatisfiable') {
      response.writeHead(416, { 'content-range': `bytes */${size}` });
      response.end();
      return;
    }
    if (range) {
      response.writeHead(206, {
        'content-type': type,
        'accept-ranges': 'bytes',
        'content-range': `bytes ${range.start}-${range.end}/${size}`,
        'content-length': range.end - range.start + 1
      });
      createReadStream(file, range).pipe(response);
      return;
    }
    if (options.gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      const key = `${file}@${statSync(file).mtimeMs}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(readFileSync(file), { level: 9 }));
      const body = gzipped.get(key);
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length });
      response.end(body);
      return;
    }
    response.writeHead(200, { 'content-type': type, 'accept-ranges': 'bytes', 'content-length': size });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'build', port = '4173', base = ''] = process.argv.slice(2);
  startServer(root, Number(port), '127.0.0.1', { base }).then(() =>
    console.log(`Serving ${root} on http://127.0.0.1:${port}${base}/`)
  );
}
