// A virtual display for a browser that draws WebGL only in a real window (WebKitGTK, Firefox): Xvfb on the first
// free display number, which it picks and writes to us itself (-displayfd), so two runs never share a screen.
import { spawn } from 'node:child_process';

/**
 * Starts Xvfb with one screen of this size; resolves to its DISPLAY value and the function that stops it.
 * @param {string} xvfb the Xvfb executable
 * @param {{ width: number, height: number }} screen
 * @returns {Promise<{ display: string, stop: () => void }>}
 */
export function startXvfb(xvfb, screen) {
  const server = spawn(
    xvfb,
    ['-displayfd', '3', '-screen', '0', `${screen.width}x${screen.height}x24`, '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] }
  );
  const stop = () => server.kill();
  let log = '';
  server.stderr?.on('data', (chunk) => (log += chunk));
  return new Promise((resolve, reject) => {
    let number = '';
    const failed = (/** @type {string} */ why) => {
      stop();
      reject(new Error(`Xvfb did not start (${why}): ${log.trim()}`));
    };
    const timer = setTimeout(() => failed('no display after 10 s'), 10_000);
    server.stdio[3]?.on('data', (chunk) => {
      number += chunk;
      if (!number.includes('\n')) return;
      clearTimeout(timer);
      resolve({ display: `:${number.trim()}`, stop });
    });
    server.on('error', (error) => failed(error.message));
    server.on('exit', (code) => failed(`exit code ${code}`));
  });
}
