// Package hygiene for `npm run test:consumers`: what the unpacked tarball holds.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { check, log } from './report.mjs';

/** The compression worker's file beside the chunks of dist/ and dist/cdn/ (scripts/build-worker.mjs). */
const WORKER_FILE = 'compress-worker.js';

const BARE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"'./][^"']*)["']/g;
const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function checkHygiene(packageDir) {
  log('package hygiene');
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const js = filesUnder(join(packageDir, 'dist')).filter((f) => f.endsWith('.js'));
  // dist/build-plugins/ is the build tools' (Node code, and the Taro shim that imports Taro): checked apart below.
  const pluginFiles = js.filter((f) => f.includes(`${sep}build-plugins${sep}`));
  const bundled = js.filter((f) => !f.includes(`${sep}cdn${sep}`) && !pluginFiles.includes(f));
  const cdn = js.filter((f) => f.includes(`${sep}cdn${sep}`));
  const importsOf = (files) => new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(BARE_IMPORT)].map((m) => packageName(m[1]))));
  const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  const imported = importsOf(bundled);
  check([...imported].every((name) => declared.has(name)), 'dist imports only declared dependencies', [...imported].join(', '));
  const unused = Object.keys(pkg.dependencies ?? {}).filter((name) => !imported.has(name));
  check(unused.length === 0, 'every dependency is imported by dist', `unused: ${unused.join(', ')}`);
  const pluginImports = [...importsOf(pluginFiles)].filter((name) => !name.startsWith('node:') && name !== '@tarojs/plugin-platform-h5');
  check(pluginFiles.length > 0 && pluginImports.length === 0, `dist/build-plugins imports only Node built-ins (and the shim Taro's API module)`, pluginImports.join(', ') || 'no files');
  const cdnImports = importsOf(cdn);
  check(cdnImports.size === 0, 'dist/cdn imports no package (self-contained)', [...cdnImports].join(', '));
  // Code that must ship once per build: exifr; browser-image-compression twice, once inside the
  // self-contained worker file and once in the chunk of the in-page fallback (the page loads it
  // only when the worker script cannot run, so it cannot come from the worker file).
  for (const [label, marker, expected] of [
    ['browser-image-compression', 'getDataUrlFromFile', (holders) => holders.length === 2 && holders.some((f) => f.endsWith(`${sep}${WORKER_FILE}`))],
    ['exifr', 'makerNote', (holders) => holders.length === 1],
  ]) {
    for (const [build, files] of [['dist', bundled], ['dist/cdn', cdn]]) {
      const holders = files.filter((f) => readFileSync(f, 'utf8').includes(marker));
      const where = label === 'exifr' ? 'once' : `in ${WORKER_FILE} and one fallback chunk`;
      check(expected(holders), `${label} ships ${where} in ${build}`, holders.map((f) => f.slice(packageDir.length + 1)).join(', ') || 'in no file');
    }
  }
  // The worker file must import nothing at run time: Vite before 8 builds workers as IIFE and
  // refuses one that loads a chunk; Rollup copies it as an asset, as it is.
  for (const dir of ['dist', 'dist/cdn']) {
    const file = join(packageDir, dir, WORKER_FILE);
    const code = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const left = code ? ['import.meta', 'import(', 'export{', 'export '].filter((token) => code.includes(token)).concat(/^import[\s{*"']/m.test(code) ? ['import …'] : []) : ['(no file)'];
    check(left.length === 0, `${dir}/${WORKER_FILE} is self-contained`, left.join(', '));
  }
  // No Node global that a bundler would polyfill (Parcel fails on `Buffer`), and no `require(`.
  // `process.env.NODE_ENV` is the one name bundlers replace by convention (src/dev.ts reads it
  // inside try/catch).
  const NODE_GLOBAL = /(?<![.\w$'"`])(Buffer|process|global|require)\b(?!\s*:)/g;
  for (const [build, files] of [['dist', bundled], ['dist/cdn', cdn]]) {
    const found = files.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(NODE_GLOBAL)]
        .filter((m) => !m.input.startsWith('process.env.NODE_ENV', m.index))
        .filter((m) => m[1] !== 'require' || /^require\s*\(/.test(m.input.slice(m.index)))
        .map((m) => `${f.slice(packageDir.length + 1)}: …${m.input.slice(Math.max(0, m.index - 20), m.index + 30)}…`),
    );
    check(found.length === 0, `${build} refers to no Node global (Buffer, process, global, require)`, found.slice(0, 5).join('\n'));
  }
  const manifest = JSON.parse(readFileSync(join(packageDir, pkg.customElements), 'utf8'));
  const paths = new Set(manifest.modules.flatMap((m) => [m.path, ...(m.exports ?? []).map((e) => e.declaration.module ?? m.path)]));
  const missing = [...paths].filter((path) => !existsSync(join(packageDir, path)));
  check(missing.length === 0, `the manifest's ${paths.size} module paths are in the tarball`, missing.join(', '));
  const events = manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.events ?? []).map((e) => ({ tag: d.tagName, ...e }))));
  const untyped = events.filter((e) => !/^(CustomEvent<.+>|Event)$/.test(e.type?.text ?? ''));
  check(untyped.length === 0, `the manifest types all ${events.length} events`, untyped.map((e) => `${e.tag} ${e.name}`).join(', '));
  for (const file of ['vscode.html-custom-data.json', 'web-types.json', pkg.unpkg, pkg.jsdelivr]) {
    check(existsSync(join(packageDir, file)), `${file} is in the tarball`);
  }
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const targets = typeof target === 'string' ? [target] : Object.values(target);
    const absent = targets.filter((t) => !existsSync(join(packageDir, t)));
    check(absent.length === 0, `exports["${entry}"] exists`, absent.join(', '));
  }
}

