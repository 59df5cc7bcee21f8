// `npm run bench [case…]`: runs each benchmark case in headless Chromium, on pages served by
// Vite from this repo, and prints every figure with its ratio against the baseline measured in
// the same run. Exits 1 when a case misses its target or breaks.
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeFlags, missingChromeMessage } from './find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(missingChromeMessage);
  process.exit(1);
}

const root = new URL('..', import.meta.url).pathname;
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  // Cross-origin isolation gives performance.now() its fine resolution (5 µs instead of 100 µs).
  server: {
    host: '127.0.0.1',
    port: 0,
    headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
  },
  optimizeDeps: { entries: ['test/bench/index.html'] },
});
await server.listen();
const { port } = server.httpServer.address();
const base = `http://127.0.0.1:${port}/test/bench/index.html`;

const browser = await puppeteer.launch({ executablePath, headless: true, args: chromeFlags });
let failed = false;
try {
  const page = await browser.newPage();
  await page.goto(base);
  await page.waitForFunction(() => Array.isArray(window.benchCases));
  const all = await page.evaluate(() => window.benchCases);
  const wanted = process.argv.slice(2);
  const names = wanted.length ? all.filter((n) => wanted.includes(n)) : all;
  await page.close();
  for (const name of names) {
    // A fresh page per case, so no case warms the caches of the next.
    const casePage = await browser.newPage();
    await casePage.goto(`${base}?case=${encodeURIComponent(name)}`);
    await casePage.waitForFunction(() => window.benchResult, { timeout: 300_000, polling: 100 });
    const result = await casePage.evaluate(() => window.benchResult);
    await casePage.close();
    console.log(`\n${result.name}`);
    if (result.error) {
      failed = true;
      console.log(`  ✗ broke: ${result.error}`);
      continue;
    }
    const { rows, ratio, target } = result.report;
    for (const row of rows) console.log(`  ${row.label.padEnd(52)} ${row.value.toFixed(2).padStart(10)} ${row.unit}`);
    if (ratio) console.log(`  ratio: ${ratio}`);
    if (target) {
      console.log(`  target: ${target.text} — ${target.met ? '✓ met' : '✗ missed'}`);
      if (!target.met) failed = true;
    }
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
