import { writeSync } from 'node:fs';

// Ends a test run with one plain line, `Tests: N passed, N failed, N skipped`, that any CI can read.
function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  let totals;
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
      }
    },
    start() {
      // Written at exit, after the default reporter's closing lines, so it is the very last line.
      process.once('exit', () => {
        if (totals) writeSync(1, `Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
