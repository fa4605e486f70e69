// `npm test` after prepare.js: the unit tests run while the two builds the browser tests need are made (the unit
// tests read no build, and neither keeps both cores busy alone), then the end-to-end tests, then the other engines.
// Stops at the first step that fails, with its exit code; prints how long each step took.
import { spawn } from 'node:child_process';

const times = [];

/**
 * Runs npm scripts one after another; resolves to the first failing exit code (or 0) and, when `held`, the output
 * kept back to be shown after what runs beside it.
 */
async function inOrder(scripts, { held = false } = {}) {
  const output = [];
  for (const script of scripts) {
    const started = Date.now();
    const code = await new Promise((resolve) => {
      const child = spawn('npm', ['run', script], { stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
      child.stdout?.on('data', (chunk) => output.push(chunk));
      child.stderr?.on('data', (chunk) => output.push(chunk));
      child.on('close', (exit) => resolve(exit ?? 1));
    });
    times.push(`${script} ${((Date.now() - started) / 1000).toFixed(0)} s${code ? ' (failed)' : ''}`);
    if (code) return { code, output };
  }
  return { code: 0, output };
}

const started = Date.now();
console.log('Unit tests, while the production and test builds are made (their output follows) …');
const [unit, builds] = await Promise.all([inOrder(['test:unit']), inOrder(['build', 'build:test'], { held: true })]);
process.stdout.write(Buffer.concat(builds.output));
let code = unit.code || builds.code;
if (!code) code = (await inOrder(['test:browser'])).code;
if (!code) code = (await inOrder(['test:engines'])).code;
console.log(`\nnpm test: ${times.join(', ')}; ${((Date.now() - started) / 60_000).toFixed(1)} min in all`);
process.exit(code);
