// `npm run test:consumers`: the package as its users get it. Packs the tarball (prepack builds
// it), checks its hygiene (scripts/consumers/hygiene.mjs), installs it from the tarball into the
// apps of test/consumers/ (listed in scripts/consumers/apps.mjs; in a temporary folder, their
// other dependencies from the npm registry or the install cache), type-checks the TypeScript apps
// (and their must-fail files, which must fail exactly on their marked lines), builds each with
// its own tool, and opens it in headless Chromium: the tags render, <wx-image-info> shows the
// right size, the chooser answers a real file chooser with a temp path, the viewer opens, and in
// the bundler apps wx.getImageInfo reads the EXIF-rotated photo right and compression runs in the
// kit's worker. Everything it starts is stopped and the temporary folder removed at the end
// (KEEP_CONSUMERS=1 keeps the folder).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome, missingChromeMessage } from './find-chrome.mjs';
import { APPS } from './consumers/apps.mjs';
import { checkHygiene } from './consumers/hygiene.mjs';
import { check, fail, failureCount, log, pass } from './consumers/report.mjs';
import { buildAndCheckRuntimeApps, installRuntimeApps } from './consumers/runtimes.mjs';

const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'test/fixtures/images');
const apps = join(root, 'test/consumers');
// One port per app built, one per dev server: CONSUMER_PORT_BASE moves them (default 8620).
const PORT_BASE = Number(process.env.CONSUMER_PORT_BASE) || 8620;
/** The runtime apps (Taro with each runner, uni-app) and the plain page their chooser is measured against. */
const RUNTIME_PORTS = [0, 1, 2, 3].map((i) => PORT_BASE + 100 + i);
const STEP_TIMEOUT = 20_000;
/** The name the kit gives its compression workers (src/compress/pool.ts), whatever file a bundler makes of them. */
const WORKER_NAME = 'wx-image-kit compress';
/** The EXIF-rotated photo every page shows, and what getImageInfo must answer for it. */
const PHOTO = 'Landscape_6.jpg';
const photoFacts = JSON.parse(readFileSync(join(fixtures, 'manifest.json'), 'utf8')).find((entry) => entry.file === PHOTO);
// Installs of the apps' own dependencies, kept between runs (a clean clone has none: it installs).
const installCache = join(root, 'node_modules/.cache/wx-consumers');

const children = new Set();
const servers = [];
let browser;
let work;

async function cleanup() {
  await browser?.close().catch(() => {});
  browser = undefined;
  for (const server of servers.splice(0)) server.close();
  for (const child of children) if (child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  if (work && !process.env.KEEP_CONSUMERS) rmSync(work, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await cleanup();
    process.exit(130);
  });
}

/** The environment of npm's own `npm run`, less its npm_* variables (they would point the apps' npm at this repo). */
const childEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
childEnv.PUPPETEER_SKIP_DOWNLOAD = '1';
// Plain output to read: with colours (FORCE_COLOR, a CI's setting) vite's "Local:" has escape codes inside.
delete childEnv.FORCE_COLOR;
childEnv.NO_COLOR = '1';

/** Terminal colour codes out of a tool's output, so its words can be matched. */
const plain = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** Runs a command (in its own process group, so that cleanup can stop all of it); resolves { code, output }. */
function run(command, args, cwd) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd, env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      children.delete(child);
      resolvePromise({ code, output });
    });
  });
}

/** Starts `vite` (the dev server) in `dir` on `port`; resolves its URL once it listens. */
function startDevServer(dir, port) {
  return new Promise((resolvePromise, reject) => {
    const args = ['--port', String(port), '--strictPort', '--host', '127.0.0.1'];
    const child = spawn(join(dir, 'node_modules/.bin/vite'), args, { cwd: dir, env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let output = '';
    // Generous: a loaded 2-core machine starts three of them one after another.
    const timer = setTimeout(() => reject(new Error(`vite dev did not start in 90 s\n${output}`)), 90_000);
    const onData = (chunk) => {
      output += chunk;
      if (plain(output).includes('Local:')) {
        clearTimeout(timer);
        resolvePromise(`http://127.0.0.1:${port}/`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', () => {
      children.delete(child);
      clearTimeout(timer);
      reject(new Error(`vite dev exited\n${output}`));
    });
  });
}

async function mustRun(command, args, cwd, what) {
  const { code, output } = await run(command, args, cwd);
  if (code !== 0) {
    fail(`${what} exited with ${code}\n${output.trim().split('\n').slice(-30).join('\n')}`);
    return undefined;
  }
  pass(what);
  return output;
}

// ---------------------------------------------------------------------------------------------
// Type-checking, with the must-fail files.

/** `file(line,col): error TS…` lines of tsc / vue-tsc output. */
function typeErrors(output) {
  return [...output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+)/gm)].map((m) => ({ file: m[1].replace(/\\/g, '/'), line: Number(m[2]), code: m[3] }));
}

async function typeCheck(app, dir, checker) {
  const bin = join(dir, 'node_modules/.bin', checker);
  await mustRun(bin, ['-p', 'tsconfig.json'], dir, `${app}: ${checker} passes`);
  const { code, output } = await run(bin, ['-p', 'tsconfig.must-fail.json'], dir);
  const errors = typeErrors(output);
  const failDir = join(dir, 'must-fail');
  const marked = readdirSync(failDir).flatMap((name) =>
    readFileSync(join(failDir, name), 'utf8')
      .split('\n')
      .map((text, i) => ({ file: `must-fail/${name}`, line: i + 1, text }))
      .filter(({ text }) => /must fail/.test(text) && !/Each line marked/.test(text)),
  );
  const stray = errors.filter((e) => !marked.some((m) => e.file.endsWith(m.file) && m.line === e.line));
  const caught = marked.filter((m) => errors.some((e) => e.file.endsWith(m.file) && e.line === m.line));
  check(code !== 0 && stray.length === 0 && caught.length === marked.length, `${app}: ${checker} rejects the ${marked.length} wrong uses in must-fail/, nothing else`,
    `exit ${code}; caught ${caught.length}/${marked.length}; stray: ${stray.map((e) => `${e.file}:${e.line} ${e.code}`).join(', ')}\n${output.trim().split('\n').slice(0, 20).join('\n')}`);
}

// ---------------------------------------------------------------------------------------------
// The apps in the browser.

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.jpg': 'image/jpeg', '.png': 'image/png', '.svg': 'image/svg+xml', '.map': 'application/json' };

function serve(dir, port) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    // The browser asks for it when a tool's default HTML names no icon: not the kit's request.
    if (path === '/favicon.ico') return response.writeHead(204).end();
    let file = resolve(dir, `.${path}`);
    if (!file.startsWith(dir)) return response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  servers.push(server);
  return new Promise((resolvePromise) => server.listen(port, '127.0.0.1', () => resolvePromise(`http://127.0.0.1:${port}/`)));
}

async function checkInBrowser(app, url, { compresses, exif }) {
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  const workers = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Errors, and framework warnings (Vue's "Failed to resolve component", React's unknown props).
    if (message.type() === 'error' || /\[Vue warn\]|^Warning: /.test(message.text())) problems.push(`console ${message.type()}: ${message.text()}`);
  });
  // A read the page ended itself is no failure: getImageInfo cancels a same-origin response once
  // it has the header (a server without ranges, such as vite's dev server, sends the whole file).
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`));
  page.on('request', (request) => requests.push(request.url()));
  // By name: a bundler may rename the worker's file (webpack numbers it).
  page.on('workercreated', (worker) => workers.push(worker.evaluate(() => self.name).then((name) => ({ url: worker.url(), name }), () => ({ url: worker.url(), name: '' }))));
  const wait = (fn, ...args) => page.waitForFunction(fn, { timeout: STEP_TIMEOUT }, ...args).then((handle) => handle.jsonValue());
  try {
    await page.goto(url, { waitUntil: 'load' });
    await wait(() =>
      ['wx-image-chooser', 'wx-image-info', 'wx-image-preview'].every((tag) => customElements.get(tag)) &&
      document.querySelector('wx-image-chooser')?.shadowRoot?.querySelector('[part~="button"]'),
    );
    pass(`${app}: the three tags are defined and the chooser renders its button`);

    const info = await wait(() => {
      const element = document.querySelector('#info');
      const size = element?.shadowRoot?.querySelector('[part~="size"]')?.textContent;
      return element?.info && size ? { width: element.info.width, height: element.info.height, size } : null;
    });
    check(info.width === 1200 && info.height === 1800 && /1200\D+1800/.test(info.size), `${app}: <wx-image-info> shows 1200 × 1800`, JSON.stringify(info));

    const [fileChooser] = await Promise.all([
      page.waitForFileChooser({ timeout: STEP_TIMEOUT }),
      page.click('wx-image-chooser >>> [part~="button"]'),
    ]);
    await fileChooser.accept([join(fixtures, 'noexif.jpg')]);
    const chosen = await wait(() => {
      const element = [...document.querySelectorAll('wx-image-info')].find((e) => e.src.startsWith('blob:'));
      return element?.info ? { src: element.src, width: element.info.width, height: element.info.height } : null;
    });
    check(chosen.src.startsWith(`blob:${new URL(url).origin}/`) && chosen.width === 250 && chosen.height === 188,
      `${app}: the chooser gives a temp path (${chosen.src.slice(0, 30)}…) that reads 250 × 188`, JSON.stringify(chosen));
    if (exif) {
      const { info, compressed } = await wait(() => window.results?.info && window.results?.compressed && window.results);
      const expected = { errMsg: 'getImageInfo:ok', orientation: photoFacts.orientation, type: photoFacts.type, width: photoFacts.width, height: photoFacts.height };
      const got = Object.fromEntries(Object.keys(expected).map((key) => [key, info[key]]));
      check(JSON.stringify(got) === JSON.stringify(expected), `${app}: wx.getImageInfo of the EXIF-rotated ${PHOTO}: orientation ${expected.orientation}, type ${expected.type}, stored ${expected.width} × ${expected.height}`, JSON.stringify(info));
      check(compressed.errMsg === 'compressImage:ok' && compressed.tempFilePath?.startsWith('blob:'), `${app}: wx.compressImage gives a temp path`, JSON.stringify(compressed));
    }
    if (compresses) {
      const started = await Promise.all(workers);
      check(started.some((w) => w.name === WORKER_NAME), `${app}: compressed in the kit's worker`, started.map((w) => `${w.url} (${w.name})`).join(', ') || 'no worker');
    }

    await page.waitForSelector('button:not([disabled])::-p-text(View)', { timeout: STEP_TIMEOUT });
    await page.click('button::-p-text(View)');
    await wait(() => {
      const viewer = document.querySelector('wx-image-preview');
      const dialog = viewer?.shadowRoot?.querySelector('[part~="dialog"]');
      const image = viewer?.shadowRoot?.querySelector('img[part~="image"]');
      return dialog?.open && image?.complete && image.naturalWidth > 0;
    });
    pass(`${app}: the View button opens the viewer on the chosen image`);

    const origin = new URL(url).origin;
    const foreign = requests.filter((r) => !r.startsWith(origin) && !r.startsWith('blob:') && !r.startsWith('data:'));
    check(foreign.length === 0, `${app}: no request leaves the page's origin`, foreign.join(', '));
    check(problems.length === 0, `${app}: no error in the page`, problems.join('\n'));
    return requests;
  } catch (error) {
    fail(`${app}: ${error.message}${problems.length ? `\n${problems.join('\n')}` : ''}`);
    return requests;
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const chrome = findChrome();
  if (!chrome) throw new Error(missingChromeMessage);
  work = mkdtempSync(join(tmpdir(), 'wx-consumers-'));
  log(`working in ${work}`);

  log('npm pack (prepack: build + analyze)');
  if ((await mustRun('npm', ['pack', '--pack-destination', work], root, 'npm pack')) === undefined) return;
  const tarball = join(work, readdirSync(work).find((name) => name.endsWith('.tgz')));
  const unpacked = join(work, 'unpacked');
  mkdirSync(unpacked);
  if ((await mustRun('tar', ['-xzf', tarball, '-C', unpacked], work, 'tarball unpacks')) === undefined) return;
  checkHygiene(join(unpacked, 'package'));

  log('installing the apps (tarball + registry, their own dependencies cached between runs)');
  for (const app of APPS) {
    const dir = join(work, app.name);
    if (app.page) cpSync(join(apps, app.page), dir, { recursive: true });
    cpSync(join(apps, app.dir), dir, { recursive: true });
    // Vite apps serve the photo from public/ (also under the dev server); the others get it in dist after the build.
    const publicDir = app.dist === '.' ? dir : join(dir, 'public');
    mkdirSync(publicDir, { recursive: true });
    cpSync(join(fixtures, PHOTO), join(publicDir, PHOTO));
  }
  // The runtime apps' installs are the slow ones (Taro ~400 MB each): they start first and run beside the others.
  const runtimeInstalls = installRuntimeApps({ appsDir: apps, work, fixtures, tarball, mustRun });
  const installed = await Promise.all(APPS.map((app) => install(app, join(work, app.name), tarball)));
  const ready = APPS.filter((_, i) => installed[i]);

  log('type-checking and building, each app with its own tool (two builds at a time)');
  // vue-tsc is the slow one: the tsc apps run beside it, one after another, and the builds beside both.
  const checked = ready.filter((app) => app.typeCheck);
  const typeChecks = Promise.all([
    ...checked.filter((app) => app.typeCheck === 'vue-tsc').map((app) => typeCheck(app.name, join(work, app.name), app.typeCheck)),
    checked.filter((app) => app.typeCheck !== 'vue-tsc').reduce((chain, app) => chain.then(() => typeCheck(app.name, join(work, app.name), app.typeCheck)), Promise.resolve()),
  ]);
  const built = [];
  const queue = [...ready];
  const builder = async () => {
    for (let app = queue.shift(); app; app = queue.shift()) if (await build(app, join(work, app.name))) built.push(app);
  };
  await Promise.all([typeChecks, builder(), builder()]);
  // Checked in the order of the list, whichever build ended first.
  built.sort((a, b) => APPS.indexOf(a) - APPS.indexOf(b));

  log('in headless Chromium');
  browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: chromeFlags });
  for (const [index, app] of built.entries()) {
    const url = await serve(join(work, app.name, app.dist), PORT_BASE + index);
    const requests = await checkInBrowser(app.name, url, app);
    if (app.cdnOnly) {
      const scripts = requests.filter((r) => r.endsWith('.js'));
      const outside = scripts.filter((r) => !r.includes('/node_modules/wx-image-kit/dist/cdn/'));
      check(outside.length === 0, `${app.name}: every script comes from dist/cdn/ (${scripts.length} requests)`, outside.join(', '));
    }
  }

  log('the runtime apps: Taro (Vite and webpack5 runners), uni-app');
  await buildAndCheckRuntimeApps({
    installed: await runtimeInstalls,
    browser,
    packageDir: join(unpacked, 'package'),
    fixtures,
    mustRun,
    t: { pass, fail, check },
    log,
    ports: RUNTIME_PORTS,
  });

  log('with the vite dev server (npm run dev)');
  for (const [index, app] of ready.filter((a) => a.dev).entries()) {
    try {
      const url = await startDevServer(join(work, app.name), PORT_BASE + APPS.length + index);
      await checkInBrowser(`${app.name} (dev)`, url, app);
    } catch (error) {
      fail(`${app.name} (dev): ${error.message}`);
    }
  }
}

/** Builds an app (when it has a build) and puts the photo beside what is served; resolves true when there is something to serve. */
async function build(app, dir) {
  if (app.build) {
    const [command, args] = app.build;
    const startedAt = Date.now();
    const output = await mustRun(join(dir, 'node_modules/.bin', command), args, dir, `${app.name}: ${command} ${args.join(' ')}`.trim());
    if (output === undefined) return false;
    log(`  ${app.name} built in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
    if (/warn|error/i.test(plain(output).replace(/\d+ errors?/g, ''))) console.log(plain(output).split('\n').filter((l) => /warn|error/i.test(l)).slice(0, 10).join('\n'));
  }
  const dist = join(dir, app.dist);
  if (!existsSync(dist)) {
    fail(`${app.name}: nothing to serve (${dist})`);
    return false;
  }
  for (const file of app.copy ?? []) cpSync(join(dir, file), join(dist, file));
  cpSync(join(fixtures, PHOTO), join(dist, PHOTO));
  return true;
}

/**
 * Copies a folder into `into`: hard links where both are on one file system (instant; the tools
 * add files beside, they do not rewrite installed ones), else a copy.
 */
async function copyTree(from, into) {
  if ((await run('cp', ['-al', from, into], work)).code === 0) return;
  rmSync(join(into, basename(from)), { recursive: true, force: true });
  await run('cp', ['-a', from, into], work);
}

/**
 * Installs an app's dependencies and the tarball. Its own dependencies come from the install cache
 * when one was kept for the same package.json (keyed by its hash); else npm installs them and
 * the result is kept for the next run. Resolves true when the app is ready.
 */
async function install(app, dir, tarball) {
  const key = createHash('sha256').update(readFileSync(join(apps, app.dir, 'package.json'))).digest('hex').slice(0, 16);
  const cached = join(installCache, `${app.name}-${key}`);
  const startedAt = Date.now();
  if (existsSync(join(cached, 'node_modules'))) {
    await copyTree(join(cached, 'node_modules'), dir);
    if (existsSync(join(cached, 'package-lock.json'))) cpSync(join(cached, 'package-lock.json'), join(dir, 'package-lock.json'));
  }
  const fromCache = existsSync(join(dir, 'node_modules'));
  const output = await mustRun('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline', tarball], dir, `${app.name}: npm install${fromCache ? ' (its dependencies from the cache)' : ''}`);
  if (output === undefined) return false;
  log(`  ${app.name} installed in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  if (!fromCache) {
    // Kept without the kit itself: the next run installs a new tarball over it.
    rmSync(cached, { recursive: true, force: true });
    mkdirSync(cached, { recursive: true });
    await copyTree(join(dir, 'node_modules'), cached);
    rmSync(join(cached, 'node_modules/wx-image-kit'), { recursive: true, force: true });
  }
  return true;
}

try {
  await main();
} catch (error) {
  fail(error.stack ?? String(error));
} finally {
  await cleanup();
}
log(failureCount() ? `${failureCount()} check(s) failed` : 'every consumer check passed');
process.exit(failureCount() ? 1 : 0);
