// `npm run test:consumers`: the package as its users get it. Packs the tarball (prepack builds
// it), checks its hygiene, installs it from the tarball into the apps of test/consumers/ (in a
// temporary folder, their other dependencies from the npm registry), type-checks each app (and
// its must-fail file, which must fail exactly on its marked lines), builds it with Vite, and opens
// it in headless Chromium: the tags render, <wx-image-info> shows the right size, the chooser
// answers a real file chooser with a temp path, the viewer opens. Everything it starts is stopped
// and the temporary folder removed at the end (KEEP_CONSUMERS=1 keeps the folder).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome, missingChromeMessage } from './find-chrome.mjs';
import { buildAndCheckRuntimeApps, installRuntimeApps } from './consumers/runtimes.mjs';

const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'test/fixtures/images');
const apps = join(root, 'test/consumers');
const PORTS = [8620, 8621, 8622, 8623];
const DEV_PORTS = [8624, 8625, 8626];
/** The runtime apps (Taro with each runner, uni-app) and the plain page their chooser is measured against. */
const RUNTIME_PORTS = [8720, 8721, 8722, 8723];
const STEP_TIMEOUT = 20_000;
/** The compression worker's file beside the chunks of dist/ and dist/cdn/ (scripts/build-worker.mjs). */
const WORKER_FILE = 'compress-worker.js';

const started = Date.now();
const children = new Set();
const servers = [];
let browser;
let work;
let failures = 0;

function log(message) {
  console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`);
}
function fail(message) {
  failures++;
  console.log(`  ✗ ${message}`);
}
function pass(message) {
  console.log(`  ✓ ${message}`);
}
function check(ok, message, detail = '') {
  if (ok) pass(message);
  else fail(detail ? `${message}: ${detail}` : message);
  return ok;
}

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
// Package hygiene: what the tarball holds.

const BARE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"'./][^"']*)["']/g;
const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function checkHygiene(packageDir) {
  log('package hygiene');
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const js = filesUnder(join(packageDir, 'dist')).filter((f) => f.endsWith('.js'));
  // dist/build-plugins/ is the build tools' (Node code, and the Taro shim that imports Taro): checked apart below.
  const pluginFiles = js.filter((f) => f.includes(`${sep}build-plugins${sep}`));
  const bundled = js.filter((f) => !f.includes(`${sep}cdn${sep}`) && !pluginFiles.includes(f));
  const cdn = js.filter((f) => f.includes(`${sep}cdn${sep}`));
  const importsOf = (files) => new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(BARE_IMPORT)].map((m) => packageName(m[1]))));
  const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  const imported = importsOf(bundled);
  check([...imported].every((name) => declared.has(name)), 'dist imports only declared dependencies', [...imported].join(', '));
  const unused = Object.keys(pkg.dependencies ?? {}).filter((name) => !imported.has(name));
  check(unused.length === 0, 'every dependency is imported by dist', `unused: ${unused.join(', ')}`);
  const pluginImports = [...importsOf(pluginFiles)].filter((name) => !name.startsWith('node:') && name !== '@tarojs/plugin-platform-h5');
  check(pluginFiles.length > 0 && pluginImports.length === 0, `dist/build-plugins imports only Node built-ins (and the shim Taro's API module)`, pluginImports.join(', ') || 'no files');
  const cdnImports = importsOf(cdn);
  check(cdnImports.size === 0, 'dist/cdn imports no package (self-contained)', [...cdnImports].join(', '));
  // Code that must ship once per build: exifr; browser-image-compression twice, once inside the
  // self-contained worker file and once in the chunk of the in-page fallback (the page loads it
  // only when the worker script cannot run, so it cannot come from the worker file).
  for (const [label, marker, expected] of [
    ['browser-image-compression', 'getDataUrlFromFile', (holders) => holders.length === 2 && holders.some((f) => f.endsWith(`${sep}${WORKER_FILE}`))],
    ['exifr', 'makerNote', (holders) => holders.length === 1],
  ]) {
    for (const [build, files] of [['dist', bundled], ['dist/cdn', cdn]]) {
      const holders = files.filter((f) => readFileSync(f, 'utf8').includes(marker));
      const where = label === 'exifr' ? 'once' : `in ${WORKER_FILE} and one fallback chunk`;
      check(expected(holders), `${label} ships ${where} in ${build}`, holders.map((f) => f.slice(packageDir.length + 1)).join(', ') || 'in no file');
    }
  }
  // The worker file must import nothing at run time: Vite before 8 builds workers as IIFE and
  // refuses one that loads a chunk; Rollup copies it as an asset, as it is.
  for (const dir of ['dist', 'dist/cdn']) {
    const file = join(packageDir, dir, WORKER_FILE);
    const code = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const left = code ? ['import.meta', 'import(', 'export{', 'export '].filter((token) => code.includes(token)).concat(/^import[\s{*"']/m.test(code) ? ['import …'] : []) : ['(no file)'];
    check(left.length === 0, `${dir}/${WORKER_FILE} is self-contained`, left.join(', '));
  }
  // No Node global that a bundler would polyfill (Parcel fails on `Buffer`), and no `require(`.
  // `process.env.NODE_ENV` is the one name bundlers replace by convention (src/dev.ts reads it
  // inside try/catch).
  const NODE_GLOBAL = /(?<![.\w$'"`])(Buffer|process|global|require)\b(?!\s*:)/g;
  for (const [build, files] of [['dist', bundled], ['dist/cdn', cdn]]) {
    const found = files.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(NODE_GLOBAL)]
        .filter((m) => !m.input.startsWith('process.env.NODE_ENV', m.index))
        .filter((m) => m[1] !== 'require' || /^require\s*\(/.test(m.input.slice(m.index)))
        .map((m) => `${f.slice(packageDir.length + 1)}: …${m.input.slice(Math.max(0, m.index - 20), m.index + 30)}…`),
    );
    check(found.length === 0, `${build} refers to no Node global (Buffer, process, global, require)`, found.slice(0, 5).join('\n'));
  }
  const manifest = JSON.parse(readFileSync(join(packageDir, pkg.customElements), 'utf8'));
  const paths = new Set(manifest.modules.flatMap((m) => [m.path, ...(m.exports ?? []).map((e) => e.declaration.module ?? m.path)]));
  const missing = [...paths].filter((path) => !existsSync(join(packageDir, path)));
  check(missing.length === 0, `the manifest's ${paths.size} module paths are in the tarball`, missing.join(', '));
  const events = manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.events ?? []).map((e) => ({ tag: d.tagName, ...e }))));
  const untyped = events.filter((e) => !/^(CustomEvent<.+>|Event)$/.test(e.type?.text ?? ''));
  check(untyped.length === 0, `the manifest types all ${events.length} events`, untyped.map((e) => `${e.tag} ${e.name}`).join(', '));
  for (const file of ['vscode.html-custom-data.json', 'web-types.json', pkg.unpkg, pkg.jsdelivr]) {
    check(existsSync(join(packageDir, file)), `${file} is in the tarball`);
  }
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const targets = typeof target === 'string' ? [target] : Object.values(target);
    const absent = targets.filter((t) => !existsSync(join(packageDir, t)));
    check(absent.length === 0, `exports["${entry}"] exists`, absent.join(', '));
  }
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

async function checkInBrowser(app, url, { compresses }) {
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
  page.on('workercreated', (worker) => workers.push(worker.url()));
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
    if (compresses) check(workers.some((w) => /compress-worker/.test(w)), `${app}: compressed in the kit's worker`, workers.join(', ') || 'no worker');

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

  log('installing the apps (tarball + registry)');
  const names = ['vanilla', 'react', 'vue', 'plain'];
  for (const name of names) {
    const dir = join(work, name);
    cpSync(join(apps, name), dir, { recursive: true });
    const publicDir = name === 'plain' ? dir : join(dir, 'public');
    mkdirSync(publicDir, { recursive: true });
    cpSync(join(fixtures, 'Landscape_6.jpg'), join(publicDir, 'Landscape_6.jpg'));
  }
  // The runtime apps' installs are the slow ones (Taro ~400 MB each): they start first and run beside the others.
  const runtimeInstalls = installRuntimeApps({ appsDir: apps, work, fixtures, tarball, mustRun });
  const installs = await Promise.all(
    names.map((name) => mustRun('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], join(work, name), `${name}: npm install`)),
  );
  if (installs.some((out) => out === undefined)) return;

  log('type-checking');
  // vue-tsc is the slow one: the two tsc apps run beside it.
  await Promise.all([
    typeCheck('vue', join(work, 'vue'), 'vue-tsc'),
    typeCheck('vanilla', join(work, 'vanilla'), 'tsc').then(() => typeCheck('react', join(work, 'react'), 'tsc')),
  ]);

  log('building with vite');
  for (const name of ['vanilla', 'react', 'vue']) {
    const output = await mustRun(join(work, name, 'node_modules/.bin/vite'), ['build'], join(work, name), `${name}: vite build`);
    if (output && /warn|error/i.test(output.replace(/\d+ errors?/g, ''))) console.log(output.split('\n').filter((l) => /warn|error/i.test(l)).join('\n'));
  }

  log('in headless Chromium');
  browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: chromeFlags });
  const targets = [
    ['vanilla', join(work, 'vanilla/dist'), { compresses: true }],
    ['react', join(work, 'react/dist'), { compresses: false }],
    ['vue', join(work, 'vue/dist'), { compresses: false }],
    ['plain', join(work, 'plain'), { compresses: true }],
  ];
  for (const [index, [name, dir, options]] of targets.entries()) {
    if (!existsSync(dir)) {
      fail(`${name}: nothing to serve (${dir})`);
      continue;
    }
    const url = await serve(dir, PORTS[index]);
    const requests = await checkInBrowser(name, url, options);
    if (name === 'plain') {
      const scripts = requests.filter((r) => r.endsWith('.js'));
      const outside = scripts.filter((r) => !r.includes('/node_modules/wx-image-kit/dist/cdn/'));
      check(outside.length === 0, `plain: every script comes from dist/cdn/ (${scripts.length} requests)`, outside.join(', '));
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
  for (const [index, name] of ['vanilla', 'react', 'vue'].entries()) {
    try {
      const url = await startDevServer(join(work, name), DEV_PORTS[index]);
      await checkInBrowser(`${name} (dev)`, url, { compresses: name === 'vanilla' });
    } catch (error) {
      fail(`${name} (dev): ${error.message}`);
    }
  }
}

try {
  await main();
} catch (error) {
  fail(error.stack ?? String(error));
} finally {
  await cleanup();
}
log(failures ? `${failures} check(s) failed` : 'every consumer check passed');
process.exit(failures ? 1 : 0);
