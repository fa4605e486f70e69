// The smoke run in WebKit: WebKitGTK's MiniBrowser (Debian's webkit2gtk-driver), driven over W3C WebDriver by
// WebKitWebDriver through WebdriverIO's protocol client (`webdriver`), in a window on a virtual display.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import WebDriver from 'webdriver';

type Capabilities = Parameters<typeof WebDriver.newSession>[0]['capabilities'];
import { ENGINES } from '../support/engines.js';
import { startXvfb } from '../support/xvfb.js';
import { smokeRun, WINDOW, type EngineDriver } from './smoke';

/** The W3C key under which a command returns an element reference. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A port no one listens on now, for the driver's HTTP server. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves once the driver answers that it takes a session (within 10 s). */
async function driverReady(port: number) {
  for (const end = Date.now() + 10_000; Date.now() < end;) {
    const status = await fetch(`http://127.0.0.1:${port}/status`).then(
      (response) => response.json() as Promise<{ value?: { ready?: boolean } }>,
      () => null
    );
    if (status?.value?.ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 10 s');
}

async function launch(): Promise<EngineDriver> {
  const { driver: driverPath, browser, xvfb } = ENGINES.webkit.find();
  const screen = await startXvfb(xvfb!, { width: WINDOW.width + 100, height: WINDOW.height + 200 });
  const port = await freePort();
  const driverProcess = spawn(driverPath!, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: screen.display },
    stdio: ['ignore', 'ignore', 'pipe']
  });
  let driverLog = '';
  driverProcess.stderr.on('data', (chunk) => (driverLog += chunk));
  const stop = () => {
    driverProcess.kill();
    screen.stop();
  };
  const capabilities = {
    // Classic WebDriver only: the client would otherwise ask for a BiDi socket.
    'wdio:enforceWebDriverClassic': true,
    // WebKitGTK's own capability (its typings do not list it): which browser the driver starts. Naming the binary
    // replaces the driver's default arguments, so the one that lets it take the browser's controls is given here:
    // without it the session request waits forever.
    'webkitgtk:browserOptions': { binary: browser!, args: ['--automation'] }
  } as Capabilities;
  try {
    await driverReady(port);
    const client = await WebDriver.newSession({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      // A failed command is a failed test: no retries (the driver is up, see above).
      connectionRetryCount: 0,
      connectionRetryTimeout: 30_000,
      capabilities
    });
    await client.setWindowRect(0, 0, WINDOW.width, WINDOW.height);
    await client.setTimeouts(undefined, 30_000, 30_000);
    return {
      version: `${client.capabilities.browserName} ${client.capabilities.browserVersion}`,
      open: async (url) => void (await client.navigateTo(url)),
      run: (body, ...args) => client.executeScript(body, args as object[]),
      click: async (selector) => {
        const element = (await client.findElement('css selector', selector)) as unknown as Record<string, string>;
        await client.elementClick(element[ELEMENT]);
      },
      clickAt: async (x, y) => {
        await client.performActions([
          {
            type: 'pointer',
            id: 'mouse',
            parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', origin: 'viewport', x: Math.round(x), y: Math.round(y), duration: 0 },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 }
            ]
          }
        ]);
        await client.releaseActions();
      },
      screenshot: async () => Buffer.from(await client.takeScreenshot(), 'base64'),
      close: async () => {
        await client.deleteSession().catch(() => undefined);
        stop();
        // The driver's and the browser's own output, for when a step failed (a crashed page says why only here).
        writeFileSync('test-results/engines/webkit-browser.log', driverLog);
      }
    };
  } catch (error) {
    stop();
    throw new Error(`WebKitWebDriver did not start MiniBrowser: ${(error as Error).message}\n${driverLog.trim()}`, {
      cause: error
    });
  }
}

smokeRun('webkit', launch);
