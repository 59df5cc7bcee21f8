import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { timingReporter } from './scripts/timing-reporter.mjs';
import { galleryCheckPlugin, galleryCspMiddleware, galleryFixture } from './scripts/gallery-check-plugin.mjs';
import { readFile, readdir } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { rangedFixturesForTestRunner } from './scripts/ranged-files.mjs';
import { findEngines } from './scripts/engines.mjs';
import { inputPlugin } from './scripts/input-plugin.mjs';
import { lazyFailMiddleware } from './scripts/lazy-fail-middleware.mjs';
import { engineVersionPlugin } from './scripts/engine-version-plugin.mjs';
import { viewportPlugin } from './scripts/viewport-plugin.mjs';
import { uploadServerForTestRunner } from './scripts/upload-server-plugin.mjs';
import { heapPlugin } from './scripts/heap-plugin.mjs';

const root = import.meta.dirname;
/** A path inside this repo, or an error. */
function inRepo(path) {
  const file = resolve(root, path);
  if (!file.startsWith(root + sep)) throw new Error(`${path} is outside the repo`);
  return file;
}
// test/ served with HTTP ranges under /ranged/, counting the bytes sent (test/files/url-bytes.test.ts).
const rangedFixtures = rangedFixturesForTestRunner(resolve(root, 'test'));
// A real upload/download server (multipart parsed, bytes hashed, failures on request) for
// uploadFile, downloadFile and the uploader: its own free port, and /upload-server/ here.
const uploadServer = uploadServerForTestRunner(resolve(root, 'test'));
// Every engine found on this machine (WX_ENGINES=chromium,firefox picks some); each missing one is
// named with the Debian package that brings it.
const { launchers, missing } = findEngines();
for (const line of missing) console.error(line);
if (!launchers.length) process.exit(1);

const REDUCED_MOTION_TESTS = 'test/reduced-motion/**/*.test.ts';

// Code does not change during a run: each browser keeps the modules it fetched (lit, chai, axe,
// the kit) for the next test file's page instead of asking again for each one. Fixtures and the
// test pages themselves keep the server's no-cache.
const CODE = /\.(?:js|mjs|ts)$/;
async function cacheModules(ctx, next) {
  await next();
  if (ctx.status === 200 && CODE.test(ctx.path)) ctx.set('Cache-Control', 'max-age=3600');
}

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html', '!test/bench/**', `!${REDUCED_MOTION_TESTS}`],
  // Tests of what the kit does for people who turn motion off, in engines started with that setting.
  groups: [{ name: 'reduced-motion', files: REDUCED_MOTION_TESTS, browsers: findEngines({ reducedMotion: true }).launchers }],
  // lit's production build: what users ship, and no "Lit is in dev mode" block per test file.
  nodeResolve: { exportConditions: ['production'] },
  // Tests that move focus or send real keys need the page to own focus: one page at a time in
  // Firefox and WebKit, two in Chromium (each its own window; scripts/engines.mjs), and one engine
  // at a time: timing-sensitive flows stay steady on a 2-core machine.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  // Limits for a loaded machine (`npm run test:busy`: two busy loops beside the browsers, or a
  // shared CI runner), where a page took more than the default 30 s to start and a first test with
  // cold modules more than 20 s. They only bound a failure: a passing run is no slower for them.
  browserStartTimeout: 2 * 60 * 1000,
  testsStartTimeout: 2 * 60 * 1000,
  middleware: [lazyFailMiddleware, cacheModules, galleryCspMiddleware, rangedFixtures.middleware, uploadServer.middleware],
  plugins: [
    {
      // The README's snippets import the package by name: here that is the source (as the
      // tsconfig paths say). The framework snippets run against the packed package instead, in
      // `npm run test:consumers`.
      name: 'snippet-imports',
      resolveImport: ({ source }) =>
        ({
          'wx-image-kit': '/src/index.ts',
          'wx-image-kit/api': '/src/api.ts',
        })[source],
    },
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    galleryCheckPlugin({ fixture: galleryFixture }),
    inputPlugin(),
    engineVersionPlugin(),
    viewportPlugin(),
    heapPlugin(),
    rangedFixtures.plugin,
    uploadServer.plugin,
    {
      // `read-source`: a file of this repo as it is on disk (the server transforms what it serves),
      // so a test can check that the README's snippets are the code the tests run;
      // `list-files`: the names in a folder of this repo.
      name: 'repo-files',
      async executeCommand({ command, payload }) {
        if (command === 'read-source') return readFile(inRepo(payload.path), 'utf8');
        if (command === 'list-files') {
          const dir = inRepo(payload.dir);
          return (await readdir(dir)).map((name) => relative(root, resolve(dir, name)));
        }
        return undefined;
      },
    },
  ],
  browsers: launchers,
  // WX_TIMINGS=file.json writes each test's duration, per engine and file (to find the slow ones).
  reporters: [defaultReporter(), summaryReporter(), ...(process.env.WX_TIMINGS ? [timingReporter(process.env.WX_TIMINGS)] : [])],
  // Per test: see the limits above (test/wait.ts waits at most a third of it for one condition).
  testFramework: { config: { timeout: 60_000 } },
};
