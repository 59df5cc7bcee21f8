// Writes every test's duration, per engine and test file, to a JSON file (WX_TIMINGS=path).
import { writeFileSync } from 'node:fs';
function walk(suite, prefix, out) {
  if (!suite) return;
  for (const t of suite.tests ?? []) out.push({ name: prefix + t.name, ms: t.duration ?? 0 });
  for (const c of suite.suites ?? []) walk(c, prefix + c.name + ' > ', out);
}
export function timingReporter(path) {
  return {
    onTestRunFinished({ sessions }) {
      const rows = [];
      for (const s of sessions) {
        const tests = [];
        walk(s.testResults, '', tests);
        rows.push({ browser: s.browser.name, file: s.testFile, sum: tests.reduce((a, t) => a + t.ms, 0), tests });
      }
      writeFileSync(path, JSON.stringify(rows, null, 1));
    },
  };
}
