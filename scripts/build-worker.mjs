// Part of `npm run build`, after the library builds: `dist/compress-worker.js` and
// `dist/cdn/compress-worker.js`, the compression worker as one self-contained file that imports
// nothing at run time (browser-image-compression inlined, no chunk, no `import.meta`). A consumer's
// bundler that follows `new Worker(new URL('./compress-worker.js', import.meta.url))` rebuilds it
// in any format (Vite 5–7 build workers as IIFE and refuse a worker that loads a chunk); one that
// copies it as an asset (Rollup with @web/rollup-plugin-import-meta-assets) serves it as it is. It
// runs as a module worker, as the kit starts it, and would run as a classic one.
// esbuild rather than a Vite build: Vite wraps the inlined import() in its preload helper, which
// brings `import.meta` along.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const SOURCE = resolve(root, 'src/compress/compress.worker.ts');
const FILE = 'compress-worker.js';

for (const dir of ['dist', 'dist/cdn']) {
  const outfile = resolve(root, dir, FILE);
  await build({
    entryPoints: [SOURCE],
    outfile,
    bundle: true,
    // No import or export is left: the file is an ES module and a classic script at once.
    format: 'esm',
    splitting: false,
    minify: true,
    sourcemap: true,
    target: 'es2022',
    legalComments: 'eof',
    logLevel: 'warning',
  });
  const code = readFileSync(outfile, 'utf8');
  const left = ['import.meta', 'import(', 'export{', 'export '].filter((token) => code.includes(token));
  if (/^import[\s{*"']/m.test(code)) left.push('import …');
  if (left.length) throw new Error(`${dir}/${FILE} is not self-contained: it still has ${left.join(', ')}`);
  console.log(`${dir}/${FILE}  ${(code.length / 1024).toFixed(1)} KB`);
}
