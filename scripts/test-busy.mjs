// `npm run test:busy`: the whole suite (`npm test`, all engines) on a machine that is busy with
// something else, as a contributor's laptop or a shared CI machine is. Two busy loops
// (`node -e 'for(;;){}'`) take two cores' worth of time beside the browsers for the whole run; a
// test that waits for a time instead of a condition fails here where a quiet run passes. Exits
// with the suite's code; the loops are killed by their pids at the end, on failure, on Ctrl-C.
// BUSY_LOOPS=n sets how many loops (2 unless told). Arguments go on to web-test-runner.
import { spawn } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const count = Number(process.env.BUSY_LOOPS ?? 2);
const loops = [];
for (let i = 0; i < count; i++) {
  const loop = spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' });
  loops.push(loop);
}
console.log(`test:busy: ${count} busy loops running (pids ${loops.map((l) => l.pid).join(', ')})`);

function stopLoops() {
  for (const loop of loops) {
    if (loop.exitCode === null && loop.signalCode === null) {
      try {
        process.kill(loop.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
}
// Whatever ends this script ends the loops too.
process.on('exit', stopLoops);

const started = Date.now();
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const extra = process.argv.slice(2);
// Its own process group: npm does not pass a signal on to the runner it started, so a stop here
// signals the whole group (npm, web-test-runner, the browsers' launchers).
const suite = spawn(npm, ['test', ...(extra.length ? ['--', ...extra] : [])], { cwd: root, stdio: 'inherit', detached: true });

function stopSuite(signal) {
  if (suite.exitCode !== null || suite.signalCode !== null) return;
  try {
    process.kill(-suite.pid, signal);
  } catch {
    // already gone
  }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopSuite(signal);
    stopLoops();
    process.exit(130);
  });
}

suite.on('error', (error) => {
  console.error(`test:busy: could not start npm test: ${error.message}`);
  stopLoops();
  process.exit(1);
});
suite.on('exit', (code, signal) => {
  stopLoops();
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  const result = code ?? (signal ? 1 : 0);
  console.log(`test:busy: npm test exited with ${code ?? signal} after ${minutes} min beside ${count} busy loops`);
  process.exit(result);
});
