// The launcher the browser tests start Chromium through: Chromium keeps only the last --disable-features, so the
// launcher must hand it one list holding Playwright's features and ours, and every other argument untouched.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { chromiumLaunch } from '../support/chromium-args.js';

/** The arguments the "browser" received: `printf` stands in for Chromium and prints one per line. */
function launched(args: string[]): string[] {
  const { executablePath } = chromiumLaunch('/usr/bin/printf');
  return execFileSync(executablePath, ['--chromium-binary=/usr/bin/printf', '%s\\n', ...args], { encoding: 'utf8' })
    .trim()
    .split('\n');
}

describe('chromium-launcher.sh', () => {
  it('merges every --disable-features into one list at the end, keeping the rest in order', () => {
    const got = launched([
      '--headless',
      '--disable-features=PaintHolding,MediaRouter',
      '--no-sandbox',
      '--disable-features=WebUIOmniboxPopup'
    ]);
    expect(got).toEqual([
      '--headless',
      '--no-sandbox',
      '--disable-features=PaintHolding,MediaRouter,WebUIOmniboxPopup'
    ]);
  });

  it('passes the tests’ own flags and features with the launch options', () => {
    const { args } = chromiumLaunch('/usr/bin/chromium', ['--disable-webgl']);
    expect(args).toContain('--use-angle=swiftshader');
    expect(args).toContain('--disable-webgl');
    expect(args).toContain('--chromium-binary=/usr/bin/chromium');
    const features = args.filter((a) => a.startsWith('--disable-features='));
    expect(features).toHaveLength(1);
    expect(features[0]).toMatch(/WebUIOmniboxAimPopup/);
  });

  it('refuses to start without the real executable', () => {
    const { executablePath } = chromiumLaunch('/usr/bin/chromium');
    expect(() => execFileSync(executablePath, ['--headless'], { stdio: 'pipe' })).toThrow(/--chromium-binary/);
  });
});
