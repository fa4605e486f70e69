// `npm run bench [-- --rounds 5 --lighthouse-runs 3 --strict --no-build --no-lighthouse --interactions-only]`:
// builds the site and serves four pages on loopback (gzip and HTTP Range, as a production host): ours; the plain
// page a newsroom would build over the same data (`plain-page.js`); the same plain page with our content, the
// shaded relief and labels in both languages (the peer our budgets compare with); and MapLibre's floor (a style
// with only a background).
// Measures them in one headless Chromium, alternating them so they share the machine's load, then runs Lighthouse
// (mobile and desktop presets) on ours beside the two plain pages, and times four interactions (interactions.js)
// in ours and in the same-content page with the obvious handlers. Writes bench-results/report.json and prints
// tables with medians, min–max, the ratios and the budgets (exit 1 on a failed budget with --strict). A script,
// not a test: speed is never asserted in the test suite.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium } from '../support/chromium.js';
import { startServer } from '../support/static-server.js';
import { chromiumLaunch } from '../support/chromium-args.js';
import { MAPLIBRE_FILES, copyMapLibre, interactivityScript, mapPage, writePlainPage } from './plain-page.js';
import { LIST_ITEMS, OUR_UI, PLAIN_UI, measureInteractions } from './interactions.js';
import { TEST_SITE } from '../support/sites.js';
import { PRESETS, runLighthouse } from './lighthouse.js';
import { DATA_FILES, RELIEF_DIR, RELIEF_TILES, projectPath } from '../../src/lib/data/files.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'bench-results');
const VIEWPORT = { width: 1280, height: 800 };
const PORTS = { ours: 4191, plain: 4193, same: 4194, floor: 4192, oursTest: 4195, sameInteractive: 4196 };
/** The page our budgets compare with: the plain page with the same content (relief, bilingual labels). */
const PEER = 'same';

/** The plain page's sources: the data files our first view draws, by source name. */
const PLAIN_FILES = {
  countries: 'countries.json',
  borders: 'borders.json',
  water: 'water.json',
  physical: 'physical.json',
  labels: 'labels.json',
  pipeline: 'pipeline.json',
  rail: 'rail.json',
  projects: 'projects.json'
};

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const ROUNDS = Number(option('rounds', '5'));
const LIGHTHOUSE_RUNS = args.includes('--no-lighthouse') ? 0 : Number(option('lighthouse-runs', '3'));
const STRICT = args.includes('--strict');
/** Only the interactions' latencies (no load rounds, no Lighthouse): a quick answer for a change to them. */
const INTERACTIONS_ONLY = args.includes('--interactions-only');
const INTERACTION_REPEATS = Number(option('interaction-repeats', '5'));

/** The interactions' budget: each within this multiple of the same-content plain page doing the same. */
const INTERACTION_LIMIT = 1.0;
const INTERACTIONS = {
  hover: 'hover over a project',
  legend: 'legend toggle (the pipeline)',
  timeline: 'timeline step (a month)',
  list: 'pick in the list (highlight, panel, frame)'
};

/** The budgets: ours against the same-content plain page (the floor's and the plain page's ratios are reported). */
const BUDGETS = [
  { id: 'load', label: 'first idle ≤ 1.0× the same-content plain page', limit: 1.0, value: (r) => r.ratios[PEER].idle },
  {
    id: 'frames',
    label: 'p95 frame time in pan/zoom ≤ 1.0× the same-content plain page',
    limit: 1.0,
    value: (r) => r.ratios[PEER].panP95
  },
  {
    id: 'bytes',
    label: 'everything but MapLibre ≤ 250 KB gzipped',
    limit: 250,
    value: (r) => r.pages.ours.bytesNotMapLibreKB
  },
  {
    id: 'heap',
    label: 'heap growth, every chapter twice vs once ≤ 10%',
    limit: 10,
    value: (r) => r.pages.ours.heapGrowthPct
  }
];

/** Lighthouse's budgets, per preset, over the medians of ours (both ways in) and the same-content plain page. */
function lighthouseBudgets(lh) {
  const out = [];
  for (const preset of PRESETS) {
    for (const page of ['ours', 'oursChapter']) {
      const ours = lh[page][preset];
      out.push({ id: `cls-${page}-${preset}`, label: `${preset} ${page}: CLS ≤ 0.02`, limit: 0.02, value: ours.cls });
      out.push({
        id: `perf-${page}-${preset}`,
        label: `${preset} ${page}: performance ≥ the same-content plain page's (${lh[PEER][preset].perf})`,
        limit: 0,
        value: lh[PEER][preset].perf - ours.perf
      });
      for (const category of ['accessibility', 'bestPractices', 'seo'])
        out.push({
          id: `${category}-${page}-${preset}`,
          label: `${preset} ${page}: ${category} 100 (shortfall)`,
          limit: 0,
          value: 100 - ours[category]
        });
      if (preset === 'mobile')
        out.push({
          id: `lcp-${page}`,
          label: `mobile ${page}: LCP − FCP ≤ 200 ms`,
          limit: 200,
          value: Math.round(ours.lcp - ours.fcp)
        });
    }
  }
  return out;
}

/** MapLibre's floor: the same library files, a background-only style, the idle mark. */
function writeFloorPage(dir) {
  copyMapLibre(dir);
  writeFileSync(
    join(dir, 'index.html'),
    mapPage(`const map = new maplibregl.Map({ container: 'map', center: [78, 43], zoom: 3,
  style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#cfe1e8' } }] } });`)
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

/**
 * Collects every response: its gzipped size by category, and the number of requests. The snapshot counts what was
 * asked for up to a moment (the first idle, in ms since the epoch): what the first view loaded, not what later
 * moves, or the data a page loads once its first view is drawn, add.
 */
function watchBytes(page, mapLibre) {
  const seen = [];
  page.on('response', (response) => {
    seen.push(
      response
        .body()
        .then((body) => ({
          startTime: response.request().timing().startTime,
          kind: category(response.url(), response.headers()['content-type'] ?? '', mapLibre),
          bytes: gzipSync(body, { level: 9 }).length
        }))
        .catch(() => null)
    );
  });
  return async (until) => {
    const bytes = { maplibre: 0, ours: 0, data: 0, other: 0 };
    let requests = 0;
    for (const entry of await Promise.all(seen)) {
      if (!entry || entry.startTime > until) continue;
      requests++;
      bytes[entry.kind] += entry.bytes;
    }
    return { bytes, requests };
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
    idleEpoch: performance.timeOrigin + performance.getEntriesByName('atlas:map-idle')[0].startTime,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null
  }));
  const { bytes, requests } = await bytesDone(timing.idleEpoch);
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

const PAGES = ['ours', 'plain', 'same', 'floor'];
const PAGE_NAMES = { ours: 'ours', plain: 'plain', same: 'same-content plain', floor: 'floor' };

function printTable(report) {
  const { pages, ratios } = report;
  const fmt = (s, unit = '') => (s ? `${s.median.toFixed(1)}${unit} (${s.min.toFixed(1)}–${s.max.toFixed(1)})` : '—');
  const row = (label, pick, unit, ratio) => [
    label,
    ...PAGES.map((name) => fmt(pick(pages[name]), unit)),
    ratio ? ratios[PEER][ratio] : '',
    ratio ? ratios.plain[ratio] : '',
    ratio ? ratios.floor[ratio] : ''
  ];
  const { ours } = pages;
  const rows = [
    row('first map idle', (p) => p.idleMs, ' ms', 'idle'),
    row('first contentful paint', (p) => p.fcpMs, ' ms', 'fcp'),
    row('pan/zoom frame p50', (p) => p.panP50, ' ms', 'panP50'),
    row('pan/zoom frame p95', (p) => p.panP95, ' ms', 'panP95'),
    [
      'chapter flight frame p50 / p95',
      `${fmt(ours.flightP50, ' ms')} / ${fmt(ours.flightP95, ' ms')}`,
      '',
      '',
      '',
      '',
      '',
      ''
    ],
    row('JS heap after load', (p) => p.heapAfterLoadMB, ' MB', 'heap'),
    ['JS heap after every chapter once', fmt(ours.heapAfterChaptersMB, ' MB'), '', '', '', '', '', ''],
    [
      'JS heap after every chapter twice',
      fmt(ours.heapAfterChaptersTwiceMB, ' MB'),
      '',
      '',
      '',
      `${ours.heapGrowthPct > 0 ? '+' : ''}${ours.heapGrowthPct}%`,
      '',
      ''
    ],
    ['requests (first view)', ...PAGES.map((name) => String(pages[name].requests)), '', '', ''],
    ...Object.keys(ours.bytesKB).map((k) => [
      `gzipped KB: ${k}`,
      ...PAGES.map((name) => String(pages[name].bytesKB[k])),
      '',
      '',
      ''
    ])
  ];
  const names = PAGES.map((name) => PAGE_NAMES[name]);
  console.log(`\n| measure | ${names.join(' | ')} | ours/same-content | ours/plain | ours/floor |`);
  console.log(`|${'---|'.repeat(names.length + 4)}`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  printInteractions(report.interactions);
  if (report.lighthouse) printLighthouse(report.lighthouse);
  console.log(`\n| budget | value | limit | result |\n|---|---|---|---|`);
  for (const b of report.budgets) console.log(`| ${b.label} | ${b.value} | ${b.limit} | ${b.pass ? 'pass' : 'FAIL'} |`);
}

/** Lighthouse's medians, one row per page and preset. */
function printLighthouse(lh) {
  const ms = (v) => (v == null ? '—' : `${(v / 1000).toFixed(2)} s`);
  console.log(`\n| Lighthouse (median) | perf | FCP | LCP | TBT | SI | CLS | a11y | best practices | SEO |`);
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const preset of PRESETS)
    for (const [name, byPreset] of Object.entries(lh)) {
      const m = byPreset[preset];
      console.log(
        `| ${preset}: ${LIGHTHOUSE_NAMES[name]} | ${m.perf} | ${ms(m.fcp)} | ${ms(m.lcp)} | ${Math.round(m.tbt)} ms | ` +
          `${ms(m.si)} | ${m.cls.toFixed(3)} | ${m.accessibility} | ${m.bestPractices} | ${m.seo} |`
      );
    }
}

const LIGHTHOUSE_NAMES = {
  ours: 'ours, the lead',
  oursChapter: 'ours, a chapter link (390×844 phone: ?ch=gas-pipeline)',
  plain: 'plain page',
  same: 'same-content plain page'
};

/**
 * The four interaction latencies, ours (the test build, for its map handle) against the same-content plain page
 * with the obvious handlers; reduced motion, so that a pick jumps in both.
 */
async function runInteractions(browser, paths) {
  const read = (file) => JSON.parse(readFileSync(join(ROOT, projectPath(file)), 'utf8'));
  const catalog = read(DATA_FILES.catalog);
  const story = read(DATA_FILES.story);
  const items = LIST_ITEMS.map((id) => ({ id, bbox: catalog.features[id].bbox }));
  const [west, south, east, north] = items[0].bbox;
  const windFarm = [(west + east) / 2, (south + north) / 2];
  const sameDir = join(OUT, 'same-content-interactive');
  writePlainPage(
    sameDir,
    paths,
    PLAIN_FILES,
    RELIEF_TILES,
    join(ROOT, 'static', RELIEF_DIR),
    interactivityScript(
      items,
      story.bri.map(({ iso3, month }) => ({ iso3, month }))
    )
  );
  const servers = [
    await startServer(join(ROOT, TEST_SITE.dir), PORTS.oursTest, '127.0.0.1', { gzip: true, base: TEST_SITE.base }),
    await startServer(sameDir, PORTS.sameInteractive, '127.0.0.1', { gzip: true })
  ];
  const pages = {
    ours: { url: `http://127.0.0.1:${PORTS.oursTest}${TEST_SITE.base}/?mode=explore`, ui: OUR_UI },
    same: { url: `http://127.0.0.1:${PORTS.sameInteractive}/`, ui: PLAIN_UI }
  };
  const results = {};
  try {
    for (const [name, { url, ui }] of Object.entries(pages)) {
      const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('atlas:map-idle').length > 0, null, {
        timeout: 120_000
      });
      results[name] = await measureInteractions(page, ui, { windFarm, repeats: INTERACTION_REPEATS });
      console.log(`interactions, ${name}: ${JSON.stringify(results[name])}`);
      await context.close();
    }
  } finally {
    for (const server of servers) server.close();
  }
  return Object.fromEntries(
    Object.keys(INTERACTIONS).map((id) => {
      const [ours, same] = [results.ours[id], results.same[id]];
      return [id, { ours, same, ratio: ours !== null && same ? Math.round((ours / same) * 100) / 100 : null }];
    })
  );
}

function printInteractions(interactions) {
  const ms = (v) => (v == null ? '—' : `${Math.round(v)} ms`);
  console.log(`\n| input → the frame that shows it (median) | ours | same-content plain | ours/plain |`);
  console.log('|---|---|---|---|');
  for (const [id, label] of Object.entries(INTERACTIONS)) {
    const { ours, same, ratio } = interactions[id];
    console.log(`| ${label} | ${ms(ours)} | ${ms(same)} | ${ratio ?? '—'} |`);
  }
}

const interactionBudgets = (interactions) =>
  Object.entries(INTERACTIONS).map(([id, label]) => ({
    id: `interaction-${id}`,
    label: `${label}: ≤ ${INTERACTION_LIMIT}× the same-content plain page`,
    limit: INTERACTION_LIMIT,
    value: interactions[id].ratio ?? Infinity
  }));

async function main() {
  if (!args.includes('--no-build')) {
    if (!INTERACTIONS_ONLY) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    execFileSync('npm', ['run', 'build:test'], { cwd: ROOT, stdio: 'inherit' });
  }
  const mapLibre = mapLibreFiles();
  const plainDir = join(OUT, 'plain');
  const sameDir = join(OUT, 'same-content');
  const floorDir = join(OUT, 'floor');
  // Every data file by its name, where the geo build wrote it (the site ships some; geo/output holds the others).
  const paths = Object.fromEntries(
    Object.values(DATA_FILES).map((file) => [file.path.split('/').pop(), join(ROOT, projectPath(file))])
  );
  writePlainPage(plainDir, paths, PLAIN_FILES);
  writePlainPage(sameDir, paths, PLAIN_FILES, RELIEF_TILES, join(ROOT, 'static', RELIEF_DIR));
  writeFloorPage(floorDir);
  // Served as a production host serves them: gzip for text, HTTP Range for the basemap archive.
  const gzip = { gzip: true };
  const servers = [
    await startServer(join(ROOT, 'build'), PORTS.ours, '127.0.0.1', gzip),
    await startServer(plainDir, PORTS.plain, '127.0.0.1', gzip),
    await startServer(sameDir, PORTS.same, '127.0.0.1', gzip),
    await startServer(floorDir, PORTS.floor, '127.0.0.1', gzip)
  ];
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node tests/support/chromium.js`.');
  const browser = await chromium.launch(chromiumLaunch(executablePath));
  if (INTERACTIONS_ONLY) {
    for (const server of servers) server.close();
    try {
      const interactions = await runInteractions(browser, paths);
      printInteractions(interactions);
      const failed = interactionBudgets(interactions).filter((b) => b.value > b.limit);
      for (const b of failed) console.log(`over budget: ${b.label} (${b.value})`);
      if (STRICT && failed.length > 0) process.exitCode = 1;
    } finally {
      await browser.close();
    }
    return;
  }
  const runs = Object.fromEntries(PAGES.map((name) => [name, []]));
  let lighthouseRuns = null;
  let interactions;
  try {
    for (let round = 0; round <= ROUNDS; round++) {
      // Round 0 warms the machine and the browser up; it is not counted.
      const results = {};
      for (const name of PAGES) {
        results[name] = await measure(browser, `http://127.0.0.1:${PORTS[name]}/`, {
          ours: name === 'ours',
          mapLibre: name === 'ours' ? mapLibre : MAPLIBRE_FILES.map((file) => `/${file}`)
        });
        if (round > 0) runs[name].push(results[name]);
      }
      const idles = PAGES.map((name) => `${name} ${results[name].idle.toFixed(0)} ms`).join(', ');
      console.log(`round ${round}${round === 0 ? ' (warm-up)' : ''}: ${idles} to first idle`);
    }
    interactions = await runInteractions(browser, paths);
    await browser.close();
    if (LIGHTHOUSE_RUNS > 0)
      lighthouseRuns = await runLighthouse({
        chromePath: executablePath,
        runs: LIGHTHOUSE_RUNS,
        pages: {
          ours: `http://127.0.0.1:${PORTS.ours}/`,
          oursChapter: `http://127.0.0.1:${PORTS.ours}/?ch=gas-pipeline`,
          plain: `http://127.0.0.1:${PORTS.plain}/`,
          same: `http://127.0.0.1:${PORTS.same}/`
        }
      });
  } finally {
    await browser.close();
    for (const server of servers) server.close();
  }
  const pages = Object.fromEntries(PAGES.map((name) => [name, aggregate(runs[name], name === 'ours')]));
  const ratio = (a, b) => Math.round((a / b) * 100) / 100;
  const ratiosTo = (peer) => ({
    idle: ratio(pages.ours.idleMs.median, peer.idleMs.median),
    fcp: pages.ours.fcpMs && peer.fcpMs ? ratio(pages.ours.fcpMs.median, peer.fcpMs.median) : null,
    panP50: ratio(pages.ours.panP50.median, peer.panP50.median),
    panP95: ratio(pages.ours.panP95.median, peer.panP95.median),
    heap: ratio(pages.ours.heapAfterLoadMB.median, peer.heapAfterLoadMB.median)
  });
  console.log(`machine: ${os.cpus().length} cores`);
  const lighthouse = lighthouseRuns && medianLighthouse(lighthouseRuns);
  const report = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    rounds: ROUNDS,
    viewport: VIEWPORT,
    pages,
    ratios: { same: ratiosTo(pages.same), plain: ratiosTo(pages.plain), floor: ratiosTo(pages.floor) },
    interactions,
    lighthouse,
    lighthouseRuns
  };
  const budgets = [
    ...BUDGETS.map((b) => ({ ...b, value: b.value(report) })),
    ...interactionBudgets(interactions),
    ...(lighthouse ? lighthouseBudgets(lighthouse) : [])
  ];
  report.budgets = budgets.map(({ id, label, value, limit }) => ({ id, label, value, limit, pass: value <= limit }));
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  printTable(report);
  console.log(`\nreport: ${join(OUT, 'report.json')}`);
  if (STRICT && report.budgets.some((b) => !b.pass)) process.exit(1);
}

/** The median of each figure over Lighthouse's runs, per page and preset. */
function medianLighthouse(runs) {
  return Object.fromEntries(
    Object.entries(runs).map(([name, byPreset]) => [
      name,
      Object.fromEntries(
        Object.entries(byPreset).map(([preset, list]) => [
          preset,
          Object.fromEntries(
            Object.keys(list[0])
              .filter((key) => typeof list[0][key] === 'number')
              .map((key) => [key, median(list.map((r) => r[key]))])
          )
        ])
      )
    ])
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
