// `npm run size`: min+gzip of what a page loads up front for each way of using the kit, measured
// from dist/ (run `npm run build` first; `npm run size` does). Dependencies are included, lit is
// not (it is the page's). Lazily loaded chunks (dynamic import(), the compression worker) are
// reported apart and not counted. Exits 1 when a figure is over its budget.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = (file) => resolve(root, 'dist', file);

const budgets = [
  { label: 'a page that only calls getImageInfo (wx-image-kit/api)', code: `export { getImageInfo } from '${dist('api.js')}';`, budget: 10 },
  { label: '<wx-image-chooser> (wx-image-kit/chooser), without the lazy compression', code: `import '${dist('chooser.js')}';`, budget: 15 },
  { label: 'the whole kit (wx-image-kit), initial chunks', code: `export * from '${dist('index.js')}';`, budget: 35 },
];

const kb = (bytes) => bytes / 1024;

async function measure(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: resolve(root, 'build/size'),
    write: false,
    metafile: true,
    external: ['lit', 'lit/*', '@lit/*'],
    logLevel: 'silent',
  });
  const sizes = new Map(result.outputFiles.map((f) => [f.path.slice(root.length + 1), gzipSync(f.contents).length]));
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint === '<stdin>');
  // Initial chunks: the entry and everything it imports statically, transitively.
  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const dep of outputs[path].imports) if (dep.kind === 'import-statement' && outputs[dep.path]) visit(dep.path);
  };
  visit(entry);
  let initialBytes = 0;
  let lazyBytes = 0;
  for (const [path, size] of sizes) {
    if (!path.endsWith('.js')) continue;
    if (initial.has(path)) initialBytes += size;
    else lazyBytes += size;
  }
  return { initialBytes, lazyBytes };
}

for (const entry of ['api.js', 'chooser.js', 'index.js']) {
  if (!existsSync(dist(entry))) {
    console.error(`dist/${entry} is missing: run npm run build first`);
    process.exit(1);
  }
}

let over = false;
console.log('min+gzip, lit excluded, initial chunks against budget (lazy chunks apart)\n');
for (const { label, code, budget } of budgets) {
  const { initialBytes, lazyBytes } = await measure(code);
  const ok = kb(initialBytes) < budget;
  if (!ok) over = true;
  console.log(
    `${ok ? '✓' : '✗'} ${label}\n    ${kb(initialBytes).toFixed(2)} KB of ${budget} KB` +
      (lazyBytes ? `   (+ ${kb(lazyBytes).toFixed(2)} KB loaded lazily)` : ''),
  );
}
// Not counted above: loaded only when a photo is compressed. The worker file is self-contained
// (scripts/build-worker.mjs); the fallback chunk runs in the page only where the worker cannot.
const gz = (file) => kb(gzipSync(readFileSync(dist(file))).length).toFixed(2);
const fallback = readdirSync(dist('.')).find((f) => /^browser-image-compression-.*\.js$/.test(f));
console.log(`\n  the compression worker, dist/compress-worker.js (self-contained): ${gz('compress-worker.js')} KB`);
if (fallback) console.log(`  its in-page fallback, dist/${fallback}: ${gz(fallback)} KB (loaded only where the worker cannot run)`);
process.exit(over ? 1 : 0);
