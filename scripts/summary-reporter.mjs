import { writeSync } from 'node:fs';
import { engineOf, ENGINE_NAMES } from './engines.mjs';

// Ends a test run with one plain line per engine, `Tests (chromium): N passed, N failed, N skipped`,
// then the overall `Tests: N passed, N failed, N skipped`, that any CI can read.
function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

const line = (label, { passed, failed, skipped }) => `${label}: ${passed} passed, ${failed} failed, ${skipped} skipped\n`;

export function summaryReporter() {
  let perEngine;
  return {
    onTestRunFinished({ sessions }) {
      perEngine = new Map();
      for (const session of sessions) {
        const engine = engineOf(session.browser.name);
        if (!perEngine.has(engine)) perEngine.set(engine, { passed: 0, failed: 0, skipped: 0 });
        const totals = perEngine.get(engine);
        count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
      }
    },
    start() {
      // Written at exit, after the default reporter's closing lines, so they are the very last lines.
      process.once('exit', () => {
        if (!perEngine) return;
        const all = { passed: 0, failed: 0, skipped: 0 };
        for (const engine of ENGINE_NAMES) {
          const totals = perEngine.get(engine);
          if (!totals) continue;
          writeSync(1, line(`Tests (${engine})`, totals));
          for (const key of Object.keys(all)) all[key] += totals[key];
        }
        writeSync(1, line('Tests', all));
      });
    },
  };
}
