// Lighthouse, as the bench runs it (`npm run bench`, never `npm test`): each page under the mobile and desktop
// presets (simulated throttling, as PageSpeed Insights reports), in Debian's Chromium with software WebGL, with a
// cold cache for every run. What a reader feels: performance score, FCP, LCP, TBT, Speed Index, CLS; and the
// accessibility, best-practices and SEO scores that must stay at 100.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launch } from 'chrome-launcher';
import { chromiumLaunch } from '../support/chromium-args.js';

export const PRESETS = ['mobile', 'desktop'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** One Lighthouse run's figures (times in ms, scores 0–100). */
function figures(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  return {
    perf: score('performance'),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    si: audit('speed-index'),
    cls: audit('cumulative-layout-shift'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null
  };
}

/**
 * Runs Lighthouse `runs` times for each page under each preset, alternating the pages so that they share the
 * machine's state; returns { [page]: { [preset]: figures[] } }. `lang` is the browser's language (our root page
 * follows it: a Chinese browser reads it in Chinese).
 */
export async function runLighthouse({ chromePath, pages, runs, lang = 'zh-CN', log = console.log }) {
  const { executablePath, args } = chromiumLaunch(chromePath, ['--headless=new', `--lang=${lang}`]);
  const chrome = await launch({ chromePath: executablePath, chromeFlags: args });
  const results = Object.fromEntries(Object.keys(pages).map((name) => [name, { mobile: [], desktop: [] }]));
  try {
    for (let run = 0; run < runs; run++) {
      for (const preset of PRESETS) {
        for (const [name, url] of Object.entries(pages)) {
          const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
          const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
          if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
          const got = figures(result.lhr);
          results[name][preset].push(got);
          log(
            `lighthouse ${preset} ${name} run ${run + 1}: perf ${got.perf}, FCP ${Math.round(got.fcp)} ms, ` +
              `LCP ${Math.round(got.lcp)} ms, TBT ${Math.round(got.tbt)} ms, CLS ${got.cls.toFixed(3)}`
          );
        }
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
