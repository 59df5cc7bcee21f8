// `dist/build-plugins/`: the build-tool entries (`wx-image-kit/taro`, `wx-image-kit/uni`) for
// Node, as ESM and CommonJS (Taro and uni load their configs as CommonJS), and the Taro shim that
// `wx-image-kit/taro` puts in place of Taro's API module in the app's bundle. Runs after the
// browser builds (they empty dist/).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'dist/build-plugins');
const source = join(root, 'src/build-plugins');
mkdirSync(out, { recursive: true });

const common = { bundle: true, platform: 'node', target: 'node18', packages: 'external', logLevel: 'warning', legalComments: 'none' };
for (const name of ['taro', 'uni']) {
  const entryPoints = [join(source, `${name}.ts`)];
  await build({ ...common, entryPoints, format: 'esm', outfile: join(out, `${name}.js`) });
  await build({
    ...common,
    entryPoints,
    format: 'cjs',
    outfile: join(out, `${name}.cjs`),
    // import.meta.url is only read where __dirname is missing (ESM).
    logOverride: { 'empty-import-meta': 'silent' },
    // `require('wx-image-kit/uni')` is the plugin function itself (with .default, for bundled configs).
    footer: name === 'uni' ? { js: 'module.exports = Object.assign(module.exports.default, module.exports);' } : undefined,
  });
}

// The shim: everything of Taro's API module, the kit's APIs in place of Taro's (named imports
// and the `Taro` object). It imports the kit's main entry, dist/index.js.
const apis = JSON.parse(readFileSync(join(source, 'kit-apis.json'), 'utf8'));
const { TARO_API_MODULE } = await import(join(out, 'taro.js'));
const list = apis.join(', ');
writeFileSync(
  join(out, 'taro-apis.js'),
  `// Written by scripts/build-plugins.mjs: what wx-image-kit/taro gives a Taro app's imports of ${TARO_API_MODULE}.
import Taro from '${TARO_API_MODULE}';
import { ${list} } from '../index.js';

export * from '${TARO_API_MODULE}';
export { ${list} };
// Calls the compile step leaves on the object (Taro.cropImage(…) where a version does not rewrite it).
Object.assign(Taro, { ${list} });
export default Taro;
`,
);
