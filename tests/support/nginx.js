// nginx serving a built site with exactly the configuration docs/deploy.md gives (docs/nginx/silk-road-atlas.conf,
// included unchanged in a server block of our own: a loopback port, the site as its root, files in a folder of
// ours). The brotli_static module is loaded where Debian installed it; `npm test` installs nginx and the module
// (support/prepare.js), and this fails with what to install where they are missing.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { aptInstall, canAptInstall } from './apt.js';

export const NGINX = '/usr/sbin/nginx';
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const SNIPPET = resolve('docs/nginx/silk-road-atlas.conf');

const PACKAGES = ['nginx', 'libnginx-mod-http-brotli-static'];

/** Makes sure nginx and its brotli module are here (installs them where it may); returns nginx's path or null. */
export function ensureNginx() {
  const missing = () => !existsSync(NGINX) || !existsSync(BROTLI_MODULE);
  if (missing() && canAptInstall()) aptInstall(PACKAGES);
  if (!missing()) return NGINX;
  console.warn(`No nginx with its brotli module: the nginx tests will fail. Install: ${PACKAGES.join(' ')}`);
  return null;
}

/**
 * Starts nginx on `port` over `siteDir`; resolves, once it answers, to the function that stops it.
 * @param {string} siteDir
 * @param {number} port
 */
export async function startNginx(siteDir, port) {
  if (!existsSync(NGINX) || !existsSync(BROTLI_MODULE))
    throw new Error(`nginx and its brotli module are needed: apt-get install ${PACKAGES.join(' ')}`);
  const dir = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  const config = join(dir, 'nginx.conf');
  writeFileSync(
    config,
    `load_module ${BROTLI_MODULE};
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${resolve(siteDir)};
    include ${SNIPPET};
  }
}
`
  );
  const server = spawn(NGINX, ['-c', config, '-p', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  server.stderr.on('data', (chunk) => (errors += chunk));
  const stop = () => {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return stop;
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null) break;
    await new Promise((done) => setTimeout(done, 100));
  }
  stop();
  throw new Error(`nginx did not start on port ${port}: ${errors}`);
}
