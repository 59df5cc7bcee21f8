// The three browser engines the suite runs in, each found on this machine (nothing here downloads a
// browser): Chromium and Firefox through puppeteer-core, WebKit (WebKitGTK's MiniBrowser) through
// WebKitWebDriver under an Xvfb display that this module starts and stops itself.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, createServer } from 'node:net';
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromeFlags, findChrome, missingChromeMessage } from './find-chrome.mjs';
import { pinchedPages } from './input-plugin.mjs';

/** The engines by the names the summary lines and `WX_ENGINES` use. */
export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'];

// Chromium runs two test files side by side, each in a window and browser context of its own
// (measured: 144 s → 103 s for the Chromium suite on a loaded machine). Firefox throttles the frames of a page that is
// not the front one, and WebKit's driver runs one window: they take one file at a time.
const CHROMIUM_PAGES = Number(process.env.WX_CHROMIUM_PAGES ?? 2);

/**
 * Closes a Chromium test file's page (and its browser context) when the file is done, instead of
 * handing it to the next file, if a pinch went to it (input-plugin.mjs: such a page takes no
 * later touch input). Only those: a new context and page for every file made the Chromium run
 * 40 s longer (measured 2 min 31 s, against 1 min 51 s this way).
 */
function freshPageAfterPinch(launcher) {
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    const result = await stopSession(sessionId);
    const page = launcher.inactivePages.at(-1);
    if (page && pinchedPages.has(page.puppeteerPage)) {
      launcher.inactivePages.pop();
      await page.puppeteerPage.browserContext().close().catch(() => undefined);
    }
    return result;
  };
  return launcher;
}

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];
const MINIBROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];
const WEBKIT_DRIVER_CANDIDATES = ['/usr/bin/WebKitWebDriver'];
const XVFB_CANDIDATES = ['/usr/bin/Xvfb'];

const firstExisting = (paths) => paths.find((path) => existsSync(path));

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Processes this run started, stopped when the run ends however it ends. */
const children = new Set();
function startChild(command, args, env) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}
function stopChildren() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}
process.once('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    stopChildren();
    process.exit(130);
  });
}

async function waitForPort(port, child, what) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not listen on port ${port}`);
}

/** An X display number nobody holds (no /tmp/.X<n>-lock). */
function freeDisplay() {
  for (let n = 99; n < 199; n++) if (!existsSync(`/tmp/.X${n}-lock`) && !existsSync(`/tmp/.X11-unix/X${n}`)) return n;
  throw new Error('no free X display between :99 and :198');
}

/**
 * GTK settings for the MiniBrowser: WebKitGTK answers `prefers-reduced-motion` from GTK's
 * gtk-enable-animations, read from $XDG_CONFIG_HOME/gtk-3.0/settings.ini.
 */
function gtkConfigHome(media) {
  const home = mkdtempSync(join(tmpdir(), 'wx-webkit-gtk-'));
  mkdirSync(join(home, 'gtk-3.0'));
  writeFileSync(join(home, 'gtk-3.0', 'settings.ini'), `[Settings]\ngtk-enable-animations=${media.reducedMotion ? 0 : 1}\n`);
  process.once('exit', () => rmSync(home, { recursive: true, force: true }));
  return home;
}

/** Starts Xvfb and WebKitWebDriver; the launcher's stop() ends both. */
async function startWebkitDriver(driverPath, xvfbPath, media) {
  const display = `:${freeDisplay()}`;
  const xvfb = startChild(xvfbPath, [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
  const port = await freePort();
  const driver = startChild(driverPath, [`--port=${port}`, '--host=127.0.0.1'], { DISPLAY: display, XDG_CONFIG_HOME: gtkConfigHome(media) });
  await waitForPort(port, driver, 'WebKitWebDriver');
  return {
    port,
    stop() {
      for (const child of [driver, xvfb]) if (child.exitCode === null) child.kill('SIGTERM');
    },
  };
}

/**
 * Each engine: `find()` says whether it is on this machine, `missing` names the Debian package that
 * brings it, `launcher()` makes the Web Test Runner launcher.
 */
const ENGINES = {
  chromium: {
    find: () => findChrome(),
    missing: missingChromeMessage,
    launcher: (executablePath, media) =>
      freshPageAfterPinch(
        chromeLauncher({
          launchOptions: { executablePath, headless: true, args: [...chromeFlags, '--js-flags=--expose-gc', ...(media.reducedMotion ? ['--force-prefers-reduced-motion'] : [])] },
          // Each page in a browser context of its own: its own window (visible, focused, frames
          // running) and its own storage, so test files can run side by side.
          createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
          concurrency: CHROMIUM_PAGES,
        }),
      ),
  },
  firefox: {
    find: () => (process.env.FIREFOX_PATH ? existsSync(process.env.FIREFOX_PATH) && process.env.FIREFOX_PATH : firstExisting(FIREFOX_CANDIDATES)),
    missing: 'Firefox not found: install it (Debian: apt-get install firefox-esr) or set FIREFOX_PATH.',
    launcher: (executablePath, media) =>
      chromeLauncher({
        puppeteer,
        launchOptions: {
          browser: 'firefox',
          // Puppeteer follows no request in Firefox (no test asks it to): over WebDriver BiDi every
          // module a test page loads, cached or not, cost network events sent to Node. Measured:
          // 20 pages of the kit 23.5 s → 14.7 s; the Firefox run's page setup 42.8 s → 23.3 s.
          // (Chromium keeps them: the gallery check lists the requests its page makes.)
          networkEnabled: false,
          executablePath,
          headless: true,
          // No update checks, telemetry or captive-portal probes: the only requests are the tests'.
          extraPrefsFirefox: {
            'app.update.enabled': false,
            'browser.shell.checkDefaultBrowser': false,
            'network.captive-portal-service.enabled': false,
            'toolkit.telemetry.enabled': false,
            'datareporting.policy.dataSubmissionEnabled': false,
            ...(media.reducedMotion ? { 'ui.prefersReducedMotion': 1 } : {}),
          },
        },
      }),
  },
  webkit: {
    find: () => {
      const miniBrowser = process.env.MINIBROWSER_PATH || firstExisting(MINIBROWSER_CANDIDATES);
      const driver = firstExisting(WEBKIT_DRIVER_CANDIDATES);
      const xvfb = firstExisting(XVFB_CANDIDATES);
      return miniBrowser && driver && xvfb && { miniBrowser, driver, xvfb };
    },
    missing: 'WebKit not found: install it (Debian: apt-get install webkit2gtk-driver xvfb).',
    launcher: ({ miniBrowser, driver, xvfb }, media) => {
      let service;
      const launcher = webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port: 0, // set when the driver is up, in initialize()
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
        },
      });
      const initialize = launcher.initialize.bind(launcher);
      launcher.initialize = async (config, files) => {
        service = await startWebkitDriver(driver, xvfb, media);
        launcher.options.port = service.port;
        return initialize(config, files);
      };
      const stop = launcher.stop.bind(launcher);
      launcher.stop = async () => {
        await stop();
        service?.stop();
      };
      return launcher;
    },
  },
};

/** The engine name of a Web Test Runner launcher ('Chrome', 'Firefox', 'MiniBrowser' …). */
export function engineOf(browserName) {
  const name = browserName.toLowerCase();
  if (name.includes('firefox')) return 'firefox';
  if (name.includes('minibrowser') || name.includes('webkit') || name.includes('safari')) return 'webkit';
  return 'chromium';
}

/**
 * The launchers of every engine found (or of those `WX_ENGINES=chromium,firefox` names), and a
 * line for each one missing. `media.reducedMotion` starts each engine with the person's
 * "reduce motion" setting on, the way that engine takes it from its platform (a launch flag, a
 * preference, a GTK setting), so a test sees the real media query in every engine.
 */
export function findEngines(media = {}, wanted = process.env.WX_ENGINES?.split(',').map((e) => e.trim()).filter(Boolean) ?? ENGINE_NAMES) {
  const launchers = [];
  const missing = [];
  for (const name of wanted) {
    const engine = ENGINES[name];
    if (!engine) throw new Error(`Unknown engine "${name}" in WX_ENGINES; use ${ENGINE_NAMES.join(', ')}`);
    const found = engine.find();
    if (found) launchers.push(engine.launcher(found, media));
    else missing.push(engine.missing);
  }
  return { launchers, missing };
}
