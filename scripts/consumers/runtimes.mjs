// The runtime apps of `npm run test:consumers`: Taro 4 H5 with its Vite runner and with its
// webpack5 runner, and uni-app 3 H5 (test/consumers/taro-vite, taro-webpack, uni). Each is the
// runtime's own project with one line of the kit's in its config and unchanged Mini App page code
// (Taro.* / uni.* / wx.* calls). Built from the packed tarball, served with an upload endpoint,
// and driven in headless Chromium: the kit's answers for an EXIF-rotated photo, compression in the
// kit's worker, a chooser temp path, the viewer, the exact bytes through the runtime's uploadFile,
// the chooser's size under the runtime's large root font size, no failed request, no page error.
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';

/** name → how it builds and where its output lands. */
export const RUNTIME_APPS = [
  // The two Taro apps differ only in their config (the runner); their page code is taro-page/.
  { name: 'taro-vite', api: 'Taro', build: ['taro', 'build', '--type', 'h5'], out: 'dist', src: 'taro-page' },
  { name: 'taro-webpack', api: 'Taro', build: ['taro', 'build', '--type', 'h5'], out: 'dist', src: 'taro-page' },
  // uni's production stylesheet (its shadow.css) asks cdn.dcloud.net.cn for shadow-grey.png: uni's
  // own request, not the kit's, and no network here; it is reported, not failed.
  { name: 'uni', api: 'uni', build: ['uni', 'build'], out: 'dist/build/h5', runtimeHosts: ['cdn.dcloud.net.cn'] },
];

/** The EXIF-rotated photo every page reads (stored 1200 × 1800, Orientation 6 = `right`). */
export const PHOTO = 'Landscape_6.jpg';
const STEP_TIMEOUT = 30_000;

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.jpg': 'image/jpeg', '.png': 'image/png', '.svg': 'image/svg+xml', '.map': 'application/json', '.woff2': 'font/woff2', '.ttf': 'font/ttf' };

/** The file part named `name` of a multipart/form-data body. */
function multipartFile(body, contentType, name) {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType ?? '');
  if (!boundary) return undefined;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length + 2, next - 2); // after CRLF, before CRLF
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, headerEnd).toString('utf8');
    if (new RegExp(`name="${name}"`).test(headers)) return { headers, bytes: part.subarray(headerEnd + 4) };
    start = next;
  }
  return undefined;
}

/**
 * Serves a built app (its routes fall back to index.html), the photo at /<PHOTO>, and POST /upload,
 * which keeps the last upload. Resolves { url, uploads, close }.
 */
function serveApp(dir, port, photo) {
  const uploads = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (path === '/favicon.ico') return response.writeHead(204).end();
    if (request.method === 'POST' && path === '/upload') {
      const chunks = [];
      request.on('data', (chunk) => chunks.push(chunk));
      request.on('end', () => {
        uploads.push(multipartFile(Buffer.concat(chunks), request.headers['content-type'], 'photo') ?? { headers: '', bytes: Buffer.alloc(0) });
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      });
      return;
    }
    let file = path === `/${PHOTO}` ? photo : resolve(dir, `.${path}`);
    if (file !== photo && !file.startsWith(dir)) return response.writeHead(403).end();
    if (!existsSync(file) || statSync(file).isDirectory()) file = extname(path) ? '' : join(dir, 'index.html');
    if (!file || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise) =>
    server.listen(port, '127.0.0.1', () => resolvePromise({ url: `http://127.0.0.1:${port}/`, uploads, close: () => server.close() })),
  );
}

/** Copies the app (and its shared page code, as src/) into the work folder (the photo too, for a dev server's public dir). */
export function copyRuntimeApp(appsDir, work, fixtures, name) {
  const dir = join(work, name);
  cpSync(join(appsDir, name), dir, { recursive: true });
  const shared = RUNTIME_APPS.find((app) => app.name === name)?.src;
  if (shared) cpSync(join(appsDir, shared), join(dir, 'src'), { recursive: true });
  mkdirSync(join(dir, 'public'), { recursive: true });
  copyFileSync(join(fixtures, PHOTO), join(dir, 'public', PHOTO));
  return dir;
}

/** The size of the chooser's default button on a plain page (the kit's self-contained build, no root font size). */
export async function plainChooserSize(browser, packageDir, port) {
  const cdn = join(packageDir, 'dist/cdn');
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html' });
      return response.end('<!doctype html><meta charset="utf-8"><script type="module" src="/wx-image-kit.js"></script><wx-image-chooser></wx-image-chooser>');
    }
    const file = resolve(cdn, `.${path}`);
    if (!file.startsWith(cdn) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
    return await page
      .waitForFunction(() => {
        const box = document.querySelector('wx-image-chooser')?.shadowRoot?.querySelector('[part~="button"]')?.getBoundingClientRect();
        return box?.width ? { width: box.width, height: box.height } : null;
      }, { timeout: STEP_TIMEOUT })
      .then((handle) => handle.jsonValue());
  } finally {
    await page.close();
    server.close();
  }
}

/**
 * Drives one built runtime app. `t` is the runner's { pass, fail, check }; `plainSize` the plain
 * page's chooser button.
 */
export async function checkRuntimeApp({ app, dir, browser, port, fixtures, plainSize, t }) {
  const { name, api } = app;
  const photo = join(fixtures, PHOTO);
  const photoBytes = readFileSync(photo);
  const expected = JSON.parse(readFileSync(join(fixtures, 'manifest.json'), 'utf8')).find((entry) => entry.file === PHOTO);
  const server = await serveApp(dir, port, photo);
  const page = await browser.newPage();
  const problems = [];
  const runtimeRequests = new Set();
  const workers = [];
  const isRuntimeOwn = (url) => (app.runtimeHosts ?? []).includes(new URL(url).hostname);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && isRuntimeOwn(message.location()?.url ?? 'http://x')) return;
    if (message.type() === 'error' || /\[Vue warn\]|^Warning: /.test(message.text())) problems.push(`console ${message.type()}: ${message.text()}`);
  });
  // A read the page ended itself is no failure (getImageInfo stops a response once it has the header).
  page.on('requestfailed', (request) => {
    if (isRuntimeOwn(request.url())) runtimeRequests.add(request.url());
    else if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`));
  page.on('workercreated', (worker) => workers.push(worker.url()));
  const result = (key) =>
    page.waitForFunction((k) => window.__results?.[k], { timeout: STEP_TIMEOUT }, key).then((handle) => handle.jsonValue());
  const enabled = (selector) =>
    page.waitForFunction((s) => {
      // Taro's <Button> writes disabled="false" when enabled.
      const element = document.querySelector(s);
      const attribute = element?.getAttribute('disabled');
      return element && !element.disabled && (attribute === null || attribute === 'false');
    }, { timeout: STEP_TIMEOUT }, selector);
  const isPhoto = (info) =>
    info?.errMsg === 'getImageInfo:ok' && info.orientation === expected.orientation && info.type === expected.type && info.width === expected.width && info.height === expected.height;
  try {
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(server.url, { waitUntil: 'load' });

    const info = await result('getImageInfo');
    t.check(isPhoto(info), `${name}: ${api}.getImageInfo of ${PHOTO} answers orientation ${expected.orientation}, type ${expected.type}, ${expected.width} × ${expected.height} (the kit's)`, JSON.stringify(info));
    if (api === 'uni') {
      const viaWx = await result('wxGetImageInfo');
      t.check(isPhoto(viaWx), `${name}: wx.getImageInfo gets the kit's answer too`, JSON.stringify(viaWx));
    }
    const compressed = await result('compressImage');
    t.check(compressed.errMsg === 'compressImage:ok' && /^blob:/.test(compressed.tempFilePath), `${name}: ${api}.compressImage answers a temp path`, JSON.stringify(compressed));
    // webpack names the worker after its `name` option (chunk/wx-image-kit compress.js).
    t.check(workers.some((url) => /compress/.test(url)), `${name}: compressed in the kit's worker`, workers.join(', ') || 'no worker');
    const system = await result('getSystemInfoSync');
    t.check(typeof system.platform === 'string' && system.platform.length > 0, `${name}: ${api}.getSystemInfoSync (not the kit's) stays the runtime's`, JSON.stringify(system));

    const sizes = await page.waitForFunction(() => {
      const box = document.querySelector('wx-image-chooser')?.shadowRoot?.querySelector('[part~="button"]')?.getBoundingClientRect();
      return box?.width ? { width: box.width, height: box.height, rootFontSize: parseFloat(getComputedStyle(document.documentElement).fontSize) } : null;
    }, { timeout: STEP_TIMEOUT }).then((handle) => handle.jsonValue());
    const ratio = Math.max(sizes.width / plainSize.width, sizes.height / plainSize.height, plainSize.width / sizes.width, plainSize.height / sizes.height);
    t.check(ratio <= 1.15, `${name}: the chooser's button is ${sizes.width.toFixed(0)} × ${sizes.height.toFixed(0)} under a ${sizes.rootFontSize}px root font size (plain page: ${plainSize.width.toFixed(0)} × ${plainSize.height.toFixed(0)})`, `ratio ${ratio.toFixed(2)}`);

    if (api === 'uni') {
      const [tagChooser] = await Promise.all([
        page.waitForFileChooser({ timeout: STEP_TIMEOUT }),
        page.click('wx-image-chooser >>> [part~="button"]'),
      ]);
      await tagChooser.accept([photo]);
      const tag = await result('tagSuccess');
      t.check(tag.errMsg === 'chooseImage:ok' && /^blob:/.test(tag.tempFilePaths?.[0]), `${name}: @success on <wx-image-chooser> gets the temp path`, JSON.stringify(tag));
    }

    const [fileChooser] = await Promise.all([page.waitForFileChooser({ timeout: STEP_TIMEOUT }), page.click('#choose')]);
    await fileChooser.accept([photo]);
    const chosen = await result('chooseImage');
    const path = chosen.tempFilePaths?.[0] ?? '';
    t.check(chosen.errMsg === 'chooseImage:ok' && path.startsWith(`blob:${new URL(server.url).origin}/`), `${name}: ${api}.chooseImage answers a temp path (${path.slice(0, 40)}…)`, JSON.stringify(chosen));
    const chosenInfo = await result('chosenInfo');
    t.check(isPhoto(chosenInfo), `${name}: ${api}.getImageInfo of the temp path reads the photo (orientation ${expected.orientation})`, JSON.stringify(chosenInfo));

    await enabled('#upload');
    await page.click('#upload');
    const uploaded = await result('uploadFile');
    const received = server.uploads.at(-1)?.bytes ?? Buffer.alloc(0);
    const sha = (bytes) => createHash('sha256').update(bytes).digest('hex');
    t.check(uploaded.statusCode === 200 && received.length === photoBytes.length && sha(received) === sha(photoBytes),
      `${name}: ${api}.uploadFile of the temp path sends the photo's exact ${photoBytes.length} bytes`, `status ${uploaded.statusCode}, received ${received.length} bytes`);

    // The viewer last: in Taro, its closing Back (the history entry it pushed) makes Taro's router
    // load the page again, and the page's state (the chosen path) is gone (README: Porting).
    await enabled('#preview');
    await page.click('#preview');
    await page.waitForFunction(() => {
      const viewer = [...document.querySelectorAll('wx-image-preview')].find((v) => v.shadowRoot?.querySelector('[part~="dialog"]')?.open);
      const image = viewer?.shadowRoot?.querySelector('img[part~="image"]');
      return image?.complete && image.naturalWidth > 0;
    }, { timeout: STEP_TIMEOUT });
    t.pass(`${name}: ${api}.previewImage opens the kit's viewer on the temp path`);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => ![...document.querySelectorAll('wx-image-preview')].some((v) => v.shadowRoot?.querySelector('[part~="dialog"]')?.open), { timeout: STEP_TIMEOUT });

    t.check(problems.length === 0, `${name}: no failed request, no error in the page`, problems.join('\n'));
    if (runtimeRequests.size) console.log(`    (the runtime's own requests that failed offline: ${[...runtimeRequests].join(', ')})`);
  } catch (error) {
    t.fail(`${name}: ${error.message}${problems.length ? `\n${problems.join('\n')}` : ''}`);
  } finally {
    await page.close();
    server.close();
  }
}

/**
 * Copies and installs the runtime apps from the tarball, all at once (they are the slow installs:
 * start them beside the others). Resolves [{ app, dir, ok, seconds }].
 */
export function installRuntimeApps({ appsDir, work, fixtures, tarball, mustRun }) {
  return Promise.all(
    RUNTIME_APPS.map(async (app) => {
      const dir = copyRuntimeApp(appsDir, work, fixtures, app.name);
      const started = Date.now();
      const output = await mustRun('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], dir, `${app.name}: npm install`);
      return { app, dir, ok: output !== undefined, seconds: (Date.now() - started) / 1000 };
    }),
  );
}

/**
 * Builds each installed runtime app with its own CLI (one after another: they are heavy) and
 * drives it in `browser`. `ports`: one per app and one for the plain page.
 */
export async function buildAndCheckRuntimeApps({ installed, browser, packageDir, fixtures, mustRun, t, log, ports }) {
  for (const { app, seconds } of installed) log(`${app.name}: installed in ${seconds.toFixed(0)} s`);
  const plainSize = await plainChooserSize(browser, packageDir, ports.at(-1));
  for (const [index, { app, dir, ok }] of installed.entries()) {
    if (!ok) continue;
    const started = Date.now();
    const [command, ...args] = app.build;
    const output = await mustRun(join(dir, 'node_modules/.bin', command), args, dir, `${app.name}: ${app.build.join(' ')}`);
    log(`${app.name}: built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (output === undefined) continue;
    await checkRuntimeApp({ app, dir: join(dir, app.out), browser, port: ports[index], fixtures, plainSize, t });
  }
}
