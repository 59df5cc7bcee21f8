// Finds the Chrome/Chromium already installed on this machine. Nothing here downloads a browser.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = [
  // Debian's `chromium` is a shell wrapper that prints a warning; its real binary lives here.
  '/usr/lib/chromium/chromium',
  '/usr/lib/chromium-browser/chromium-browser',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The real binary behind Debian's wrapper, as the package lists it. */
function fromDpkg() {
  try {
    const files = execFileSync('dpkg', ['-L', 'chromium'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return files.split('\n').find((f) => /\/lib\/chromium\/chromium$/.test(f) && existsSync(f));
  } catch {
    return undefined;
  }
}

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return fromDpkg() ?? candidates.find((c) => existsSync(c));
}

export const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export const missingChromeMessage = process.env.CHROME_PATH
  ? `No browser at CHROME_PATH=${process.env.CHROME_PATH}; point it at a Chrome/Chromium binary or unset it.`
  : 'No Chrome/Chromium found: install it (Debian: sudo apt-get install chromium) or set CHROME_PATH.';

