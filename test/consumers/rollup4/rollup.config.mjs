// Rollup with what the README tells a Rollup user: node-resolve for packages, and
// import-meta-assets to emit the files the kit points at with new URL('…', import.meta.url)
// (its compression worker). The page is this app's own index.html (copied into dist/).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { importMetaAssets } from '@web/rollup-plugin-import-meta-assets';

export default {
  input: 'src/index.js',
  output: { dir: 'dist/src', format: 'es' },
  plugins: [nodeResolve({ browser: true }), importMetaAssets()],
};
