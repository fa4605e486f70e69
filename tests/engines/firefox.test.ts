// The smoke run in Firefox ESR (Debian's firefox-esr), driven over WebDriver BiDi by puppeteer-core, in a window
// on a virtual display: headless Firefox has no WebGL 2. The window is sized by Firefox's own arguments, since
// puppeteer's setViewport fails on the ESR.
import puppeteer from 'puppeteer-core';
import { ENGINES } from '../support/engines.js';
import { startXvfb } from '../support/xvfb.js';
import { smokeRun, WINDOW, type EngineDriver } from './smoke';

async function launch(): Promise<EngineDriver> {
  const { browser: executablePath, xvfb } = ENGINES.firefox.find();
  const screen = await startXvfb(xvfb!, { width: WINDOW.width + 100, height: WINDOW.height + 200 });
  try {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: executablePath!,
      headless: false,
      defaultViewport: null,
      args: [`--width=${WINDOW.width}`, `--height=${WINDOW.height}`],
      env: { ...process.env, DISPLAY: screen.display },
      timeout: 30_000
    });
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    return {
      version: await browser.version(),
      open: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
      run: <T>(body: string, ...args: unknown[]) =>
        page.evaluate(`(function () { ${body} }).apply(null, ${JSON.stringify(args)})`) as Promise<T>,
      click: (selector) => page.click(selector),
      clickAt: (x, y) => page.mouse.click(x, y),
      screenshot: async () => Buffer.from(await page.screenshot()),
      close: async () => {
        await browser.close().catch(() => undefined);
        screen.stop();
      }
    };
  } catch (error) {
    screen.stop();
    throw new Error(`Firefox did not start: ${(error as Error).message}`, { cause: error });
  }
}

smokeRun('firefox', launch);
