// Before `npm test`: builds what the tests read (the package in dist/, the gallery in
// build/gallery/, custom-elements.json), but only what is older than the files it is made from, so
// a second `npm test` with no change starts the browsers at once. A clean checkout builds all.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const CONFIG = ['package.json', 'vite.config.ts', 'tsconfig.json', 'tsconfig.build.json', 'custom-elements-manifest.config.mjs'];

/** The newest modification time of the files below these paths (0 when none exists). */
function newest(paths) {
  let time = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else time = Math.max(time, stat.mtimeMs);
  };
  for (const path of paths) visit(join(root, path));
  return time;
}

/** The oldest of these outputs, or 0 when one is missing. */
function oldest(paths) {
  let time = Infinity;
  for (const path of paths) {
    const file = join(root, path);
    if (!existsSync(file)) return 0;
    time = Math.min(time, statSync(file).mtimeMs);
  }
  return time;
}

const STEPS = [
  { name: 'build', inputs: ['src', 'components', ...CONFIG], outputs: ['dist/index.js', 'dist/cdn/wx-image-kit.js', 'dist/types/src/index.d.ts'] },
  { name: 'build:gallery', inputs: ['src', 'components', 'demo', ...CONFIG], outputs: ['build/gallery/index.html'] },
  { name: 'analyze', inputs: ['components', ...CONFIG], outputs: ['custom-elements.json', 'web-types.json', 'vscode.html-custom-data.json'] },
];

for (const step of STEPS) {
  if (oldest(step.outputs) > newest(step.inputs)) {
    console.log(`pretest: ${step.name} is up to date`);
    continue;
  }
  execFileSync('npm', ['run', '--silent', step.name], { cwd: root, stdio: 'inherit' });
}
