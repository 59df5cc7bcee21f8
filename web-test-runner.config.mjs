import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { galleryCheckPlugin, galleryCspMiddleware, galleryFixture } from './scripts/gallery-check-plugin.mjs';
import { findChrome, chromeFlags, missingChromeMessage } from './scripts/find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(missingChromeMessage);
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts', '!test/bench/**'],
  nodeResolve: true,
  // Tests that move focus or send real keys need the page to own focus, so one page at a time.
  concurrency: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  middleware: [galleryCspMiddleware],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    galleryCheckPlugin({ fixture: galleryFixture }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: chromeFlags },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 20000 } },
};
