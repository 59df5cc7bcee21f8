/// <reference types="node" />
// `wx-image-kit/taro` (Node, build time): one line in a Taro 4 H5 app's config gives its page code
// the kit's image APIs. Taro's compile step (babel-plugin-transform-taroapi) turns
// `Taro.getImageInfo(…)` into an import of `getImageInfo` from `@tarojs/taro`, which Taro's H5
// platform aliases to its API module (`@tarojs/plugin-platform-h5/dist/runtime/apis`). These
// plugins hand the app's imports of that module a shim instead (dist/build-plugins/taro-apis.js,
// written by scripts/build-plugins.mjs from kit-apis.json): everything of Taro's, with the kit's
// APIs in place of Taro's and on the `Taro` object. Taro's own packages keep Taro's module.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PluginContextLike, VitePlugin } from './plugin-types.js';

/** The module Taro's H5 platform makes of `@tarojs/taro`, as the shim imports it. */
export const TARO_API_MODULE = '@tarojs/plugin-platform-h5/dist/runtime/apis';
const TARO_API_FILE = /[\\/]@tarojs[\\/]plugin-platform-h5[\\/]dist[\\/]runtime[\\/]apis(?:[\\/]index\.js)?$/;
const TARO_PACKAGE = /[\\/]node_modules[\\/]@tarojs[\\/]/;

// Beside this file in dist/build-plugins/, as ESM (import.meta) or CommonJS (__dirname).
const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
/** The shim's path. */
export const TARO_SHIM = join(here, 'taro-apis.js');

/** Whether an import by `importer` of Taro's API module gets the shim: the app's own code does. */
function getsShim(importer: string | undefined): boolean {
  return !!importer && importer !== TARO_SHIM && !TARO_PACKAGE.test(importer);
}

/** Taro's Vite runner: `compiler: { type: 'vite', vitePlugins: [vitePlugin()] }`. */
export function vitePlugin(): VitePlugin {
  let root = process.cwd();
  return {
    name: 'wx-image-kit:taro',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async resolveId(this: PluginContextLike, source, importer) {
      // Taro's alias has made `@tarojs/taro` the API module's path before this hook sees it.
      if ((source === '@tarojs/taro' || TARO_API_FILE.test(source)) && getsShim(importer)) return TARO_SHIM;
      // The shim's own import, resolved from the app (a strict node_modules may hide it from the kit).
      if (source === TARO_API_MODULE && importer === TARO_SHIM) return this.resolve(source, join(root, 'index.html'), { skipSelf: true });
      return null;
    },
  };
}

/** The part of webpack-chain's `Config` used here. */
export interface WebpackChainLike {
  resolve: { alias: { set(key: string, value: string): unknown } };
  plugin(name: string): { use(plugin: unknown, args: unknown[]): unknown };
}

interface ResolveDataLike {
  request: string;
  contextInfo?: { issuer?: string };
}

/**
 * Taro's webpack5 runner (its default): `h5: { webpackChain }`. Taro calls it with the chain and
 * its webpack; a NormalModuleReplacementPlugin sends the app's `@tarojs/taro` imports to the shim.
 */
export function webpackChain(chain: WebpackChainLike, webpack?: { NormalModuleReplacementPlugin: unknown }): void {
  const fromApp = createRequire(join(process.cwd(), 'package.json'));
  const replacement = webpack?.NormalModuleReplacementPlugin ?? (fromApp('webpack') as { NormalModuleReplacementPlugin: unknown }).NormalModuleReplacementPlugin;
  chain.resolve.alias.set(`${TARO_API_MODULE}$`, fromApp.resolve(TARO_API_MODULE));
  chain.plugin('wx-image-kit-taro').use(replacement, [
    /^@tarojs\/taro$/,
    (data: ResolveDataLike) => {
      if (getsShim(data.contextInfo?.issuer)) data.request = TARO_SHIM;
    },
  ]);
}
