// Web-test-runner commands for real input that the runner's own sendKeys/sendMouse cannot give in
// every launcher: under WebDriver, sendKeys takes only `press` and `type`, and WebKit's driver lets
// go of a mouse button at the end of each action sequence, so a held key or button must be one
// sequence.
// - `press-chord` `{ keys: ['Shift', 'F10'] }` presses the keys in order, releases them in reverse;
// - `hold-pointer` `{ x, y, ms }` moves the mouse to (x, y), holds the left button for ms, lets go;
// - `double-click` `{ x, y }` two clicks at (x, y) in one go (a double tap is two clicks close in time);
// - `drag` `{ path, release }` the left button pressed at path[0], moved through the other points,
//   released unless `release` is false (a press held still for 500 ms is a long press to the viewer,
//   so the moves must follow the press at once, not a test-runner round trip each);
// - `pinch` `{ from, to, steps }` two fingers from two points to two others (multi-touch);
// - `touch-hold` `{ x, y, ms }` one finger held and lifted (Chromium and Firefox);
// - `wheel` `{ x, y, deltaX, deltaY }` one turn of the mouse wheel over (x, y).

// WebDriver's code points for the non-printable keys the tests use (WebDriver spec, "Keyboard actions").
const WEBDRIVER_KEYS = {
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  Enter: '\uE007',
  Escape: '\uE00C',
  Tab: '\uE004',
  F10: '\uE03A',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

function webdriverKey(key) {
  if (WEBDRIVER_KEYS[key]) return WEBDRIVER_KEYS[key];
  if (key.length === 1) return key;
  throw new Error(`press-chord: no WebDriver code for key "${key}"`);
}

/**
 * Waits `ms` by the page's own clock, then one animation frame: a timer the page starts now, after
 * it took the press (CDP answers a press once the page handled it). HTML runs a page's timers of
 * the same or a shorter delay in the order they were started, so a long-press timer the press
 * started (500 ms) has run before this one (650 ms) ends, and the frame the viewer decides a long
 * press at (src/viewer/gestures.ts) has come, however slow a loaded machine makes the page; a wait
 * in this process could end before the page ran its timer, and the release would then come first.
 */
async function holdInPage(page, ms) {
  await page.evaluate((delay) => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => resolve()), delay)), ms);
}

async function holdPointer(session, { x, y, ms }) {
  const browser = session.browser;
  if (browser.type === 'puppeteer') {
    const page = browser.getPage(session.id);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await holdInPage(page, ms);
    await page.mouse.up();
    return true;
  }
  if (browser.type === 'webdriver') {
    // Starts from a released mouse: a button an earlier sequence left down would make this press none.
    await browser.driver.releaseActions();
    await browser.driverManager.performActions(session.id, [
      {
        type: 'pointer',
        // The launcher's own pointer source: WebKit's driver moves no pointer of a second one.
        id: 'finger1',
        actions: [
          // A real move first: after a right click WebKit takes no press until the mouse has moved.
          { type: 'pointerMove', duration: 0, x: Math.round(x) + 1, y: Math.round(y) + 1 },
          { type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) },
          { type: 'pointerDown', button: 0 },
          { type: 'pause', duration: ms },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ]);
    return true;
  }
  throw new Error(`hold-pointer: launcher type ${browser.type} is not supported`);
}

/**
 * Puppeteer pages that had a two-finger touch sequence: in Chromium such a page takes no touch
 * input in any later document (measured: the viewer's touch tests failed after a file that only
 * pinched, in the same page, and passed in a fresh one), so the launcher does not hand it on.
 */
export const pinchedPages = new WeakSet();

/**
 * Two fingers down at `from` ([[x, y], [x, y]]), moved in `steps` to `to`, then lifted: a pinch,
 * through each engine's own touch input (puppeteer's multi-touch handles over CDP or WebDriver
 * BiDi; WebDriver classic's two touch pointer sources).
 */
async function pinch(session, { from, to, steps = 5 }) {
  const browser = session.browser;
  const at = (i, k) => from[i].map((v, axis) => Math.round(v + ((to[i][axis] - v) * k) / steps));
  if (browser.type === 'puppeteer') {
    const page = browser.getPage(session.id);
    pinchedPages.add(page);
    const { touchscreen } = page;
    const fingers = [await touchscreen.touchStart(...from[0]), await touchscreen.touchStart(...from[1])];
    for (let k = 1; k <= steps; k++) for (const [i, finger] of fingers.entries()) await finger.move(...at(i, k));
    for (const finger of fingers) await finger.end();
    return true;
  }
  if (browser.type === 'webdriver') {
    const finger = (i) => ({
      type: 'pointer',
      id: `pinch-finger-${i}`,
      parameters: { pointerType: 'touch' },
      actions: [
        { type: 'pointerMove', duration: 0, x: from[i][0], y: from[i][1] },
        { type: 'pointerDown', button: 0 },
        ...Array.from({ length: steps }, (_, k) => {
          const [x, y] = at(i, k + 1);
          return { type: 'pointerMove', duration: 20, x, y };
        }),
        { type: 'pointerUp', button: 0 },
      ],
    });
    await browser.driverManager.performActions(session.id, [finger(0), finger(1)]);
    return true;
  }
  throw new Error(`pinch: launcher type ${browser.type} is not supported`);
}

/** One finger held at (x, y) for `ms`, then lifted (puppeteer's touch; WebDriver classic has none to give). */
async function touchHold(session, { x, y, ms }) {
  const browser = session.browser;
  if (browser.type !== 'puppeteer') throw new Error(`touch-hold: launcher type ${browser.type} is not supported`);
  const page = browser.getPage(session.id);
  const finger = await page.touchscreen.touchStart(x, y);
  await holdInPage(page, ms);
  await finger.end();
  return true;
}

/**
 * Two clicks at (x, y) in one command: the viewer counts two taps as a double tap only when the
 * second comes within 300 ms of the first (event time), and two test-runner commands, each a round
 * trip between this process and the page, can be further apart than that on a loaded machine.
 */
async function doubleClick(session, { x, y }) {
  const browser = session.browser;
  if (browser.type === 'puppeteer') {
    const { mouse } = browser.getPage(session.id);
    await mouse.move(x, y);
    await mouse.click(x, y, { count: 2 });
    return true;
  }
  if (browser.type === 'webdriver') {
    await browser.driverManager.performActions(session.id, [
      {
        type: 'pointer',
        id: 'finger1',
        actions: [
          { type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ]);
    return true;
  }
  throw new Error(`double-click: launcher type ${browser.type} is not supported`);
}

async function drag(session, { path, release = true }) {
  const browser = session.browser;
  const [first, ...rest] = path.map(([x, y]) => [Math.round(x), Math.round(y)]);
  if (browser.type === 'puppeteer') {
    const { mouse } = browser.getPage(session.id);
    await mouse.move(...first);
    await mouse.down();
    for (const point of rest) await mouse.move(...point);
    if (release) await mouse.up();
    return true;
  }
  if (browser.type === 'webdriver') {
    await browser.driverManager.performActions(session.id, [
      {
        type: 'pointer',
        id: 'finger1',
        actions: [
          { type: 'pointerMove', duration: 0, x: first[0], y: first[1] },
          { type: 'pointerDown', button: 0 },
          ...rest.map(([x, y]) => ({ type: 'pointerMove', duration: 0, x, y })),
          ...(release ? [{ type: 'pointerUp', button: 0 }] : []),
        ],
      },
    ]);
    return true;
  }
  throw new Error(`drag: launcher type ${browser.type} is not supported`);
}

/** One wheel turn over (x, y): puppeteer's mouse wheel, WebDriver's wheel input source. */
async function wheel(session, { x, y, deltaX = 0, deltaY = 0 }) {
  const browser = session.browser;
  if (browser.type === 'puppeteer') {
    const { mouse } = browser.getPage(session.id);
    await mouse.move(x, y);
    await mouse.wheel({ deltaX, deltaY });
    return true;
  }
  if (browser.type === 'webdriver') {
    await browser.driverManager.performActions(session.id, [
      { type: 'wheel', id: 'wheel', actions: [{ type: 'scroll', x: Math.round(x), y: Math.round(y), deltaX, deltaY, duration: 0, origin: 'viewport' }] },
    ]);
    return true;
  }
  throw new Error(`wheel: launcher type ${browser.type} is not supported`);
}

export function inputPlugin() {
  return {
    name: 'real-input',
    async executeCommand({ command, payload, session }) {
      if (command === 'hold-pointer') return holdPointer(session, payload);
      if (command === 'double-click') return doubleClick(session, payload);
      if (command === 'drag') return drag(session, payload);
      if (command === 'pinch') return pinch(session, payload);
      if (command === 'touch-hold') return touchHold(session, payload);
      if (command === 'wheel') return wheel(session, payload);
      if (command !== 'press-chord') return undefined;
      const keys = payload?.keys;
      if (!Array.isArray(keys) || !keys.length) throw new Error('press-chord needs { keys: [...] }');
      const browser = session.browser;
      if (browser.type === 'puppeteer') {
        const { keyboard } = browser.getPage(session.id);
        for (const key of keys) await keyboard.down(key);
        for (const key of [...keys].reverse()) await keyboard.up(key);
        return true;
      }
      if (browser.type === 'webdriver') {
        const codes = keys.map(webdriverKey);
        await browser.driverManager.performActions(session.id, [
          {
            type: 'key',
            id: 'keyboard',
            actions: [...codes.map((value) => ({ type: 'keyDown', value })), ...[...codes].reverse().map((value) => ({ type: 'keyUp', value }))],
          },
        ]);
        return true;
      }
      throw new Error(`press-chord: launcher type ${browser.type} is not supported`);
    },
  };
}
