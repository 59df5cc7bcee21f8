// `npm run bench [case…]`: runs each benchmark case in headless Chromium, on pages served by
// Vite from this repo, and prints every figure with its ratio against the baseline measured in
// the same run. Exits 1 when a case misses its target or breaks.
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeFlags, missingChromeMessage } from './find-chrome.mjs';
import { createServer as createHttpServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRangedFiles } from './ranged-files.mjs';
import { uploadSink } from './upload-endpoint.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(missingChromeMessage);
  process.exit(1);
}

const root = new URL('..', import.meta.url).pathname;

// URL-read cases: the fixtures over a link paced at 10 Mbit/s, with HTTP ranges, counting the
// bytes sent; same-origin under /paced/, and from another origin (port 8630, with CORS) as an
// online image. BENCH_PORT and BENCH_ONLINE_PORT move the two servers (to run beside other
// servers on the machine); the cases read the online origin from VITE_BENCH_ONLINE_ORIGIN. A 3.7 MB photo: canon-dslr.jpg padded after its end-of-image marker (its header,
// all a header read needs, is the real photo's).
const PACE = 10_000_000 / 8;
const ONLINE_PORT = Number(process.env.BENCH_ONLINE_PORT) || 8630;
process.env.VITE_BENCH_ONLINE_ORIGIN = `http://127.0.0.1:${ONLINE_PORT}`;
const canon = readFileSync(new URL('../test/fixtures/images/canon-dslr.jpg', import.meta.url));
const extra = new Map([['photo-3.7mb.jpg', Buffer.concat([canon, Buffer.alloc(3_700_000 - canon.length, 0x20)])]]);
const fixtures = `${root}test/fixtures/images`;
const paced = { same: createRangedFiles({ root: fixtures, prefix: '/paced/', bytesPerSecond: PACE, extra }), online: createRangedFiles({ root: fixtures, prefix: '/paced/', bytesPerSecond: PACE, extra }) };
const online = createHttpServer((req, res) => paced.online.handle(req, res, () => ((res.statusCode = 404), res.end())));
await new Promise((r) => online.listen(ONLINE_PORT, '127.0.0.1', r));
const pacedPlugin = {
  name: 'paced-files',
  configureServer(server) {
    // The uploader case's endpoint: uploads read through one 10 Mbit/s link.
    server.middlewares.use(uploadSink({ path: '/paced-upload', bytesPerSecond: PACE }));
    server.middlewares.use((req, res, next) => {
      const url = new URL(req.url, 'http://x');
      if (url.pathname === '/paced-stats') {
        const which = paced[url.searchParams.get('server') ?? 'same'];
        res.setHeader('Content-Type', 'application/json');
        return res.end(JSON.stringify(which.stats(url.searchParams.get('name'))));
      }
      if (url.pathname === '/paced-reset') {
        paced.same.reset();
        paced.online.reset();
        return res.end('{}');
      }
      return paced.same.handle(req, res, next);
    });
  },
};
const server = await createServer({
  plugins: [pacedPlugin],
  root,
  configFile: false,
  logLevel: 'error',
  // Cross-origin isolation gives performance.now() its fine resolution (5 µs instead of 100 µs).
  server: {
    host: '127.0.0.1',
    port: Number(process.env.BENCH_PORT) || 0,
    strictPort: true,
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
  online.close();
}
process.exit(failed ? 1 : 0);
