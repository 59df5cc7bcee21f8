import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { galleryCheckPlugin, galleryCspMiddleware, galleryFixture } from './scripts/gallery-check-plugin.mjs';
import { readFile, readdir } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { rangedFixturesForTestRunner } from './scripts/ranged-files.mjs';
import { findEngines } from './scripts/engines.mjs';
import { inputPlugin } from './scripts/input-plugin.mjs';
import { engineVersionPlugin } from './scripts/engine-version-plugin.mjs';
import { viewportPlugin } from './scripts/viewport-plugin.mjs';

const root = import.meta.dirname;
/** A path inside this repo, or an error. */
function inRepo(path) {
  const file = resolve(root, path);
  if (!file.startsWith(root + sep)) throw new Error(`${path} is outside the repo`);
  return file;
}
// test/ served with HTTP ranges under /ranged/, counting the bytes sent (test/files/url-bytes.test.ts).
const rangedFixtures = rangedFixturesForTestRunner(resolve(root, 'test'));
// Every engine found on this machine (WX_ENGINES=chromium,firefox picks some); each missing one is
// named with the Debian package that brings it.
const { launchers, missing } = findEngines();
for (const line of missing) console.error(line);
if (!launchers.length) process.exit(1);

const REDUCED_MOTION_TESTS = 'test/reduced-motion/**/*.test.ts';

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html', '!test/bench/**', `!${REDUCED_MOTION_TESTS}`],
  // Tests of what the kit does for people who turn motion off, in engines started with that setting.
  groups: [{ name: 'reduced-motion', files: REDUCED_MOTION_TESTS, browsers: findEngines({ reducedMotion: true }).launchers }],
  // lit's production build: what users ship, and no "Lit is in dev mode" block per test file.
  nodeResolve: { exportConditions: ['production'] },
  // Tests that move focus or send real keys need the page to own focus, so one page at a time in
  // each engine, and one engine at a time: timing-sensitive flows stay steady on a 2-core machine.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  middleware: [galleryCspMiddleware, rangedFixtures.middleware],
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
    rangedFixtures.plugin,
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
  reporters: [defaultReporter(), summaryReporter()],
  // One retry for a test that fails: a few timing-sensitive flows (a camera switch in WebKit, a
  // keyboard-opened sheet in WebKit) failed about once in a whole three-engine run on this 2-core
  // machine and passed in every run of their file alone. A test that fails twice fails the run;
  // the closing note lists the ones seen, to be made steady.
  testFramework: { config: { timeout: 20000, retries: 1 } },
};
