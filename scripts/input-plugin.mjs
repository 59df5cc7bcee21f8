// Web-test-runner commands for real input that the runner's own sendKeys/sendMouse cannot give in
// every launcher: under WebDriver, sendKeys takes only `press` and `type`, and WebKit's driver lets
// go of a mouse button at the end of each action sequence, so a held key or button must be one
// sequence.
// - `press-chord` `{ keys: ['Shift', 'F10'] }` presses the keys in order, releases them in reverse;
// - `hold-pointer` `{ x, y, ms }` moves the mouse to (x, y), holds the left button for ms, lets go.

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
};

function webdriverKey(key) {
  if (WEBDRIVER_KEYS[key]) return WEBDRIVER_KEYS[key];
  if (key.length === 1) return key;
  throw new Error(`press-chord: no WebDriver code for key "${key}"`);
}

async function holdPointer(session, { x, y, ms }) {
  const browser = session.browser;
  if (browser.type === 'puppeteer') {
    const { mouse } = browser.getPage(session.id);
    await mouse.move(x, y);
    await mouse.down();
    await new Promise((resolve) => setTimeout(resolve, ms));
    await mouse.up();
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

export function inputPlugin() {
  return {
    name: 'real-input',
    async executeCommand({ command, payload, session }) {
      if (command === 'hold-pointer') return holdPointer(session, payload);
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
