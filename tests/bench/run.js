// `npm run bench [-- --rounds 5 --strict --no-build]`: builds the site, serves it and a bare MapLibre page (same
// MapLibre version, same viewport, a style with only a background) on loopback, and measures both in one
// headless Chromium, alternating them so they share the machine's load. Writes bench-results/report.json and
// prints a table with medians, min–max, the ratios ours/bare and the budgets (exit 1 on a failed budget with
// --strict). A script, not a test: speed is never asserted in the test suite.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium } from '../support/chromium.js';
import { startServer } from '../support/static-server.js';
import { CHROMIUM_ARGS } from '../support/chromium-args.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'bench-results');
const VIEWPORT = { width: 1280, height: 800 };
const OURS_PORT = 4191;
const BARE_PORT = 4192;

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const ROUNDS = Number(option('rounds', '5'));
const STRICT = args.includes('--strict');

/** The budgets the issue sets; each compares a measured value with a limit. */
const BUDGETS = [
  { id: 'load', label: 'load to first idle ≤ 1.3× bare', limit: 1.3, value: (r) => r.ratios.idle },
  {
    id: 'bytes',
    label: 'everything but MapLibre ≤ 250 KB gzipped',
    limit: 250,
    value: (r) => r.ours.bytesNotMapLibreKB
  },
  { id: 'frames', label: 'p95 frame time in pan/zoom ≤ 1.2× bare', limit: 1.2, value: (r) => r.ratios.panP95 },
  {
    id: 'heap',
    label: 'heap growth, every chapter twice vs once ≤ 10%',
    limit: 10,
    value: (r) => r.ours.heapGrowthPct
  }
];

/** A bare MapLibre page: the same library files our build ships, a background-only style, the idle mark. */
function writeBarePage(dir) {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('maplibre-gl/package.json'));
  mkdirSync(dir, { recursive: true });
  for (const file of ['maplibre-gl.mjs', 'maplibre-gl-shared.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) {
    copyFileSync(join(dist, 'dist', file), join(dir, file));
  }
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style></head><body><div id="map"></div>
<script type="module">
import * as maplibregl from './maplibre-gl.mjs';
maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', location.href).href);
const map = new maplibregl.Map({ container: 'map', center: [78, 43], zoom: 3,
  style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#cfe1e8' } }] } });
map.once('idle', () => performance.mark('atlas:map-idle'));
</script></body></html>`
  );
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const summary = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });

/**
 * The files the build made from MapLibre's own modules (the library bundles into a chunk named by its hash), read
 * from Vite's manifest of the last build.
 */
function mapLibreFiles() {
  const manifest = JSON.parse(readFileSync(join(ROOT, '.svelte-kit/output/client/.vite/manifest.json'), 'utf8'));
  return Object.entries(manifest)
    .filter(([source]) => source.includes('node_modules/maplibre-gl/'))
    .map(([, entry]) => `/${entry.file}`);
}

function category(url, type, mapLibre) {
  const path = new URL(url).pathname;
  if (mapLibre.some((file) => path.endsWith(file))) return 'maplibre';
  if (path.includes('/data/')) return 'data';
  if (type.includes('javascript') || type.includes('css') || type.includes('html')) return 'ours';
  return 'other';
}

/** Collects every response: its gzipped size by category, and the number of requests. */
function watchBytes(page, mapLibre) {
  const bytes = { maplibre: 0, ours: 0, data: 0, other: 0 };
  let requests = 0;
  const pending = [];
  page.on('response', (response) => {
    requests++;
    pending.push(
      response
        .body()
        .then((body) => {
          const type = response.headers()['content-type'] ?? '';
          bytes[category(response.url(), type, mapLibre)] += gzipSync(body, { level: 9 }).length;
        })
        .catch(() => {})
    );
  });
  // A snapshot: what the first view loaded, not what later moves add.
  return async () => {
    await Promise.all(pending);
    return { bytes: { ...bytes }, requests };
  };
}

/** Frame times (ms) while `action` runs, from requestAnimationFrame in the page. */
async function frameTimes(page, action) {
  await page.evaluate(() => {
    const state = { times: [], last: performance.now(), on: true };
    window.__frames = state;
    const tick = (now) => {
      state.times.push(now - state.last);
      state.last = now;
      if (state.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await action();
  return page.evaluate(() => {
    window.__frames.on = false;
    return window.__frames.times.slice(1);
  });
}

async function panAndZoom(page) {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  const x = box.x + box.width * 0.65;
  const y = box.y + box.height * 0.5;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 0; i < 20; i++) await page.mouse.move(x - i * 12, y + i * 4);
  await page.mouse.up();
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, -240);
    await page.waitForTimeout(120);
  }
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, 240);
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(600);
}

async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function measure(browser, url, { ours, mapLibre }) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const bytesDone = watchBytes(page, mapLibre);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:map-idle').length > 0, null, {
    timeout: 120_000
  });
  const timing = await page.evaluate(() => ({
    idle: performance.getEntriesByName('atlas:map-idle')[0].startTime,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null
  }));
  const { bytes, requests } = await bytesDone();
  const heapAfterLoad = await heap(cdp);
  const pan = await frameTimes(page, () => panAndZoom(page));
  const result = { ...timing, bytes, requests, heapAfterLoad, pan };
  if (ours) {
    // The story: one chapter flight, then every chapter twice (leaks show as growth).
    result.flight = await frameTimes(page, async () => {
      await page.keyboard.press('PageDown');
      await page.waitForTimeout(2500);
    });
    // The first visit loads what the chapters need (detail data, the journey); the second should add nothing.
    const chapters = await page.locator('[data-chapter]').count();
    const heaps = [];
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < chapters; i++) {
        await page.keyboard.press(pass % 2 ? 'PageUp' : 'PageDown');
        await page.waitForTimeout(700);
      }
      await page.waitForTimeout(1500);
      heaps.push(await heap(cdp));
    }
    [result.heapAfterChapters, result.heapAfterChaptersTwice] = heaps;
  }
  await context.close();
  return result;
}

function aggregate(runs, ours) {
  const kb = (n) => Math.round((n / 1024) * 10) / 10;
  const last = runs[runs.length - 1];
  const out = {
    idleMs: summary(runs.map((r) => r.idle)),
    fcpMs: runs[0].fcp === null ? null : summary(runs.map((r) => r.fcp)),
    bytesKB: Object.fromEntries(Object.entries(last.bytes).map(([k, v]) => [k, kb(v)])),
    requests: last.requests,
    panP50: summary(runs.map((r) => percentile(r.pan, 50))),
    panP95: summary(runs.map((r) => percentile(r.pan, 95))),
    heapAfterLoadMB: summary(runs.map((r) => r.heapAfterLoad / 2 ** 20))
  };
  if (ours) {
    out.bytesNotMapLibreKB = kb(last.bytes.ours + last.bytes.data + last.bytes.other);
    out.flightP50 = summary(runs.map((r) => percentile(r.flight, 50)));
    out.flightP95 = summary(runs.map((r) => percentile(r.flight, 95)));
    out.heapAfterChaptersMB = summary(runs.map((r) => r.heapAfterChapters / 2 ** 20));
    out.heapAfterChaptersTwiceMB = summary(runs.map((r) => r.heapAfterChaptersTwice / 2 ** 20));
    const once = out.heapAfterChaptersMB.median;
    out.heapGrowthPct = Math.round(((out.heapAfterChaptersTwiceMB.median - once) / once) * 1000) / 10;
  }
  return out;
}

function printTable(report) {
  const { ours, bare, ratios } = report;
  const fmt = (s, unit = '') => (s ? `${s.median.toFixed(1)}${unit} (${s.min.toFixed(1)}–${s.max.toFixed(1)})` : '—');
  const rows = [
    ['first map idle', fmt(ours.idleMs, ' ms'), fmt(bare.idleMs, ' ms'), ratios.idle],
    ['first contentful paint', fmt(ours.fcpMs, ' ms'), fmt(bare.fcpMs, ' ms'), ''],
    ['pan/zoom frame p50', fmt(ours.panP50, ' ms'), fmt(bare.panP50, ' ms'), ratios.panP50],
    ['pan/zoom frame p95', fmt(ours.panP95, ' ms'), fmt(bare.panP95, ' ms'), ratios.panP95],
    ['chapter flight frame p50 / p95', `${fmt(ours.flightP50, ' ms')} / ${fmt(ours.flightP95, ' ms')}`, '', ''],
    ['JS heap after load', fmt(ours.heapAfterLoadMB, ' MB'), fmt(bare.heapAfterLoadMB, ' MB'), ''],
    ['JS heap after every chapter once', fmt(ours.heapAfterChaptersMB, ' MB'), '', ''],
    [
      'JS heap after every chapter twice',
      fmt(ours.heapAfterChaptersTwiceMB, ' MB'),
      '',
      `${ours.heapGrowthPct > 0 ? '+' : ''}${ours.heapGrowthPct}%`
    ],
    ['requests', String(ours.requests), String(bare.requests), ''],
    ...Object.keys(ours.bytesKB).map((k) => [`gzipped KB: ${k}`, String(ours.bytesKB[k]), String(bare.bytesKB[k]), ''])
  ];
  console.log(`\n| measure | ours | bare | ours/bare |\n|---|---|---|---|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log(`\n| budget | value | limit | result |\n|---|---|---|---|`);
  for (const b of report.budgets) console.log(`| ${b.label} | ${b.value} | ${b.limit} | ${b.pass ? 'pass' : 'FAIL'} |`);
}

async function main() {
  if (!args.includes('--no-build')) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const mapLibre = mapLibreFiles();
  const bareDir = join(OUT, 'bare');
  writeBarePage(bareDir);
  const servers = [await startServer(join(ROOT, 'build'), OURS_PORT), await startServer(bareDir, BARE_PORT)];
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node tests/support/chromium.js`.');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const runs = { ours: [], bare: [] };
  try {
    for (let round = 0; round <= ROUNDS; round++) {
      // Round 0 warms the machine and the browser up; it is not counted.
      const ours = await measure(browser, `http://127.0.0.1:${OURS_PORT}/`, { ours: true, mapLibre });
      const bare = await measure(browser, `http://127.0.0.1:${BARE_PORT}/`, {
        ours: false,
        mapLibre: ['/maplibre-gl.mjs', '/maplibre-gl-worker.mjs', '/maplibre-gl-shared.mjs', '/maplibre-gl.css']
      });
      if (round > 0) {
        runs.ours.push(ours);
        runs.bare.push(bare);
      }
      console.log(
        `round ${round}${round === 0 ? ' (warm-up)' : ''}: ours ${ours.idle.toFixed(0)} ms, bare ${bare.idle.toFixed(0)} ms to first idle`
      );
    }
  } finally {
    await browser.close();
    for (const server of servers) server.close();
  }
  const ours = aggregate(runs.ours, true);
  const bare = aggregate(runs.bare, false);
  const ratio = (a, b) => Math.round((a / b) * 100) / 100;
  const report = {
    date: new Date().toISOString(),
    rounds: ROUNDS,
    viewport: VIEWPORT,
    ours,
    bare,
    ratios: {
      idle: ratio(ours.idleMs.median, bare.idleMs.median),
      panP50: ratio(ours.panP50.median, bare.panP50.median),
      panP95: ratio(ours.panP95.median, bare.panP95.median)
    }
  };
  report.budgets = BUDGETS.map((b) => {
    const value = b.value(report);
    return { id: b.id, label: b.label, value, limit: b.limit, pass: value <= b.limit };
  });
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  printTable(report);
  console.log(`\nreport: ${join(OUT, 'report.json')}`);
  if (STRICT && report.budgets.some((b) => !b.pass)) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
