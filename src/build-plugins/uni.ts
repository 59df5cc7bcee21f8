/// <reference types="node" />
// `wx-image-kit/uni` (Node, build time): `plugins: [wxImageKit(), uni()]` in a uni-app 3 (Vue 3,
// Vite) app's vite.config. uni's build turns `uni.getImageInfo` and `wx.getImageInfo` into
// imports from `@dcloudio/uni-h5` for the APIs it has, and leaves the global `uni`/`wx` objects
// empty in a build (so `uni.compressImage` is undefined there). This plugin rewrites, in the app's
// own modules and before uni's step, each `uni.<api>` / `wx.<api>` of the kit's APIs into an
// import from `wx-image-kit`; every other `uni.*` stays uni's. It also tells Vue's template
// compiler that `wx-*` tags are custom elements, and keeps uni's chunk names importable.
import kitApis from './kit-apis.json';
import type { OutputOptionsLike, PluginContextLike, VitePlugin } from './plugin-types.js';
import { rewriteGlobalCalls } from './rewrite-globals.js';

const KIT_APIS: readonly string[] = kitApis;
const SCRIPT = /\.(?:vue|nvue|uvue|[cm]?[jt]sx?)$/;

/** The app's own script modules: not a package's, not a style or other sub-request of a .vue file. */
function isAppScript(id: string): boolean {
  const [path, query = ''] = id.split('?');
  return !id.startsWith('\0') && !/[\\/]node_modules[\\/]/.test(path!) && SCRIPT.test(path!) && !/type=style/.test(query);
}

/**
 * A chunk name that starts with `..` (uni names chunks of modules outside src/ `..-node_modules-…`)
 * is imported by Rollup without `./`, as a bare specifier the browser cannot resolve: take the
 * dots off.
 */
export function importableChunkName(name: string): string {
  // Only the last path segment: its leading dots (string work, no regular expression to backtrack).
  const slash = name.lastIndexOf('/') + 1;
  let dots = slash;
  while (name[dots] === '.') dots++;
  return dots - slash >= 2 ? name.slice(0, slash) + name.slice(dots) : name;
}

export default function wxImageKit(): VitePlugin[] {
  return [
    {
      name: 'wx-image-kit:uni-apis',
      // After Vue has compiled .vue files to JavaScript; before uni's own `uni.*` rewrite, which is
      // a post plugin that comes later in the list (this plugin is placed before uni()).
      enforce: 'post',
      transform(this: PluginContextLike, code, id) {
        if (!isAppScript(id) || !/\b(?:uni|wx)\s*\./.test(code)) return null;
        const rewritten = rewriteGlobalCalls(code, this.parse(code), ['uni', 'wx'], KIT_APIS, 'wx-image-kit');
        return rewritten === code ? null : { code: rewritten, map: null };
      },
    },
    {
      name: 'wx-image-kit:uni-setup',
      configResolved(config) {
        for (const plugin of config.plugins) {
          const compilerOptions = plugin.name === 'vite:vue' ? plugin.api?.options?.template?.compilerOptions : undefined;
          if (!compilerOptions) continue;
          const theirs = compilerOptions.isCustomElement;
          compilerOptions.isCustomElement = (tag) => tag.startsWith('wx-') || !!theirs?.(tag);
        }
      },
      outputOptions(options: OutputOptionsLike) {
        const names = options.chunkFileNames;
        if (typeof names !== 'function') return null;
        return { ...options, chunkFileNames: (chunk) => importableChunkName(names(chunk)) };
      },
    },
  ];
}
