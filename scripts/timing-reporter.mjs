// Writes every test's duration, per engine and test file, to a JSON file (WX_TIMINGS=path), with
// each file's wall time from its page opening to its page closing (`wallMs`) and when it started
// (`startMs`, from the run's start): the difference between a file's tests and its wall time is
// page setup and module loading, and the start times show how the files shared the pages.
import { writeFileSync } from 'node:fs';
function walk(suite, prefix, out) {
  if (!suite) return;
  for (const t of suite.tests ?? []) out.push({ name: prefix + t.name, ms: t.duration ?? 0 });
  for (const c of suite.suites ?? []) walk(c, prefix + c.name + ' > ', out);
}
export function timingReporter(path) {
  const started = new Map();
  const ended = new Map();
  let runStart = 0;
  return {
    start({ sessions }) {
      runStart = Date.now();
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'INITIALIZING') started.set(session.id, Date.now());
        if (session.status === 'FINISHED') ended.set(session.id, Date.now());
      });
    },
    onTestRunFinished({ sessions }) {
      const rows = [];
      for (const s of sessions) {
        const tests = [];
        walk(s.testResults, '', tests);
        const start = started.get(s.id);
        rows.push({
          browser: s.browser.name,
          file: s.testFile,
          sum: tests.reduce((a, t) => a + t.ms, 0),
          startMs: start === undefined ? null : start - runStart,
          wallMs: start === undefined || !ended.has(s.id) ? null : ended.get(s.id) - start,
          tests,
        });
      }
      writeFileSync(path, JSON.stringify(rows, null, 1));
    },
  };
}
