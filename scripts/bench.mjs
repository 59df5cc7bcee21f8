// `npm run bench [case…]`: runs each benchmark case in headless Chromium, on pages served by
// Vite from this repo, and prints every figure with its ratio against the baseline measured in
// the same run. Exits 1 when a case misses its target or breaks.
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeFlags, missingChromeMessage } from './find-chrome.mjs';
import { createServer as createHttpServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { createRangedFiles } from './ranged-files.mjs';
import { uploadSink } from './upload-endpoint.mjs';

// The viewer case measures the kit from its source, or with BENCH_KIT=dist from the built dist/.
process.env.VITE_BENCH_KIT = process.env.BENCH_KIT ?? 'src';
process.env.VITE_BENCH_VERBOSE = process.env.BENCH_VERBOSE ?? '';
// BENCH_ROUNDS: more openings per viewer for steadier medians (on a busy machine).
process.env.VITE_BENCH_ROUNDS = process.env.BENCH_ROUNDS ?? '';
if (process.env.VITE_BENCH_KIT === 'dist' && !existsSync(new URL('../dist/index.js', import.meta.url))) {
  console.error('BENCH_KIT=dist: no dist/index.js; run `npm run build` first.');
  process.exit(1);
}

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
// Fixtures a case makes in the browser at bench time (e.g. a 16 MP JPEG, too big to commit): the
// case PUTs the bytes once under /bench-generated/<name>; GETs then serve them, unpaced, whatever
// their query (cases add ?run=N for fresh URLs). Kept in memory for this run only.
const generated = new Map();
const generatedPlugin = {
  name: 'generated-fixtures',
  configureServer(server) {
    server.middlewares.use('/bench-generated/', (req, res) => {
      const name = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice(1));
      if (req.method === 'PUT') {
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('end', () => {
          generated.set(name, { bytes: Buffer.concat(chunks), type: req.headers['content-type'] ?? 'application/octet-stream' });
          res.end();
        });
        return;
      }
      const file = generated.get(name);
      if (!file) return ((res.statusCode = 404), res.end());
      res.setHeader('Content-Type', file.type);
      res.setHeader('Content-Length', file.bytes.length);
      res.setHeader('Cache-Control', 'no-store');
      res.end(req.method === 'HEAD' ? undefined : file.bytes);
    });
  },
};
const server = await createServer({
  plugins: [pacedPlugin, generatedPlugin],
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

/** Runs one case on a fresh page, in `viewport` when given, and returns what it reported. */
async function runCase(name, viewportKey, viewport) {
  const casePage = await browser.newPage();
  try {
    if (viewport) await casePage.setViewport(viewport);
    // BENCH_VERBOSE=1: what the case logs (e.g. each trial's figures) shows here.
    if (process.env.BENCH_VERBOSE) casePage.on('console', (message) => console.log(`  [page] ${message.text()}`));
    // Real key presses for cases that page through a viewer: window.benchPress('ArrowRight').
    await casePage.exposeFunction('benchPress', (key) => casePage.keyboard.press(key));
    const query = `case=${encodeURIComponent(name)}${viewportKey ? `&viewport=${encodeURIComponent(viewportKey)}` : ''}`;
    await casePage.goto(`${base}?${query}`);
    await casePage.waitForFunction(() => window.benchResult, { timeout: 600_000, polling: 100 });
    const result = await casePage.evaluate(() => window.benchResult);
    if (viewport) result.name += ` — ${viewportKey} ${viewport.width}×${viewport.height}${viewport.deviceScaleFactor > 1 ? ` @${viewport.deviceScaleFactor}x` : ''}${viewport.hasTouch ? ', touch' : ''}`;
    return result;
  } catch (error) {
    // A page that stops answering (e.g. busy past the protocol timeout) breaks its case only.
    return { name: `${name}${viewportKey ? ` — ${viewportKey}` : ''}`, error: String(error) };
  } finally {
    await casePage.close();
  }
}

const fmt = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : '—');

/** Prints one report; returns whether it failed (broke, or missed a target). */
function printResult(result) {
  console.log(`\n${result.name}`);
  if (result.error) {
    console.log(`  ✗ broke: ${result.error}`);
    return true;
  }
  const { rows, ratio, target, compare, targets = [] } = result.report;
  for (const row of rows) console.log(`  ${row.label.padEnd(52)} ${row.value.toFixed(2).padStart(10)} ${row.unit}`);
  if (compare) {
    // Subject and baseline side by side, with subject ÷ baseline.
    console.log(`  ${'(median)'.padEnd(52)} ${compare.subject.padStart(10)} ${compare.baseline.padStart(10)} ${'ratio'.padStart(7)}`);
    for (const row of compare.rows) {
      const ratioText = row.baseline > 0 ? fmt(row.subject / row.baseline) : '—';
      console.log(`  ${`${row.label}${row.unit ? ` (${row.unit})` : ''}`.padEnd(52)} ${fmt(row.subject, 1).padStart(10)} ${fmt(row.baseline, 1).padStart(10)} ${ratioText.padStart(7)}`);
    }
  }
  if (ratio) console.log(`  ratio: ${ratio}`);
  let missed = false;
  for (const goal of target ? [target, ...targets] : targets) {
    console.log(`  target: ${goal.text} — ${goal.met ? '✓ met' : '✗ missed'}`);
    if (!goal.met) missed = true;
  }
  return missed;
}

// A busy machine can hold a page's main thread for minutes: the protocol waits as long as a case may.
const browser = await puppeteer.launch({ executablePath, headless: true, args: chromeFlags, protocolTimeout: 600_000 });
let failed = false;
try {
  const page = await browser.newPage();
  await page.goto(base);
  await page.waitForFunction(() => Array.isArray(window.benchCases));
  const all = await page.evaluate(() => window.benchCases);
  const wanted = process.argv.slice(2);
  const names = wanted.length ? all.filter((n) => wanted.includes(n)) : all;
  for (const unknown of wanted.filter((n) => !all.includes(n))) {
    console.log(`\n✗ no bench case "${unknown}" (cases: ${all.join(', ')})`);
    failed = true;
  }
  await page.close();
  for (const name of names) {
    // A fresh page per case (and per viewport), so no case warms the caches of the next.
    const first = await runCase(name);
    if (!first.viewports) {
      failed = printResult(first) || failed;
      continue;
    }
    // A case that names viewports runs once in each, emulated before its page loads.
    for (const [key, viewport] of Object.entries(first.viewports)) failed = printResult(await runCase(name, key, viewport)) || failed;
  }
} finally {
  await browser.close();
  await server.close();
  online.close();
}
process.exit(failed ? 1 : 0);
