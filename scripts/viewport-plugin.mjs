// `set-inner-viewport`: sets the page's inner viewport (window.innerWidth × innerHeight, CSS pixels) in
// every launcher the suite uses. @web/test-runner-commands' setViewport knows only puppeteer and
// playwright pages (and the runner's built-in plugin answers `set-viewport` first, hence another
// name); WebKit runs through WebDriver classic, which can only size the whole window,
// so there the window is resized by the measured difference between its outer and inner size.

const MIN_SIDE = 100;
const MAX_SIDE = 4000;
/** WebDriver window resizes are asynchronous in some window managers: a few measured rounds. */
const WINDOW_ROUNDS = 5;

function viewportOf(payload) {
  const { width, height } = payload ?? {};
  for (const [name, value] of [
    ['width', width],
    ['height', height],
  ]) {
    if (!Number.isInteger(value) || value < MIN_SIDE || value > MAX_SIDE) {
      throw new Error(`set-inner-viewport: ${name} must be a whole number of CSS pixels from ${MIN_SIDE} to ${MAX_SIDE}, not ${value}`);
    }
  }
  return { width, height };
}

/** Resizes a WebDriver window until its inner size is `viewport` (the chrome around it differs by engine). */
async function setWindowViewport(driver, viewport) {
  const inner = () => driver.execute(() => ({ width: window.innerWidth, height: window.innerHeight }));
  for (let round = 0; round < WINDOW_ROUNDS; round++) {
    const now = await inner();
    if (now.width === viewport.width && now.height === viewport.height) return;
    const rect = await driver.getWindowRect();
    await driver.setWindowRect(null, null, rect.width + viewport.width - now.width, rect.height + viewport.height - now.height);
    // The page sees the new size after a resize event; wait for it (or a moment, if it already came).
    await driver.executeAsync((done) => {
      const finish = () => done();
      window.addEventListener('resize', finish, { once: true });
      setTimeout(finish, 200);
    });
  }
  const now = await inner();
  if (now.width !== viewport.width || now.height !== viewport.height) {
    throw new Error(`set-inner-viewport: the window's inner size stayed ${now.width}×${now.height}, not ${viewport.width}×${viewport.height} (WebKitGTK's MiniBrowser window, toolbar and all, is at least about 450 px wide inside)`);
  }
}

export function viewportPlugin() {
  return {
    name: 'set-inner-viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-inner-viewport') return undefined;
      const viewport = viewportOf(payload);
      const { browser } = session;
      if (browser.type === 'puppeteer') {
        // Chromium over CDP and Firefox over WebDriver BiDi (browsingContext.setViewport).
        await browser.getPage(session.id).setViewport(viewport);
        return true;
      }
      if (browser.type === 'webdriver') {
        await setWindowViewport(browser.driver, viewport);
        return true;
      }
      throw new Error(`set-inner-viewport: no way to size the viewport of a ${browser.type} launcher`);
    },
  };
}
