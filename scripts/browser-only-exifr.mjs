// A Vite plugin for the kit's builds: exifr's source asks whether it runs in Node (`global`,
// `process`, `Buffer`). Bundlers that polyfill Node globals on sight fail on those references
// (Parcel 2: `Failed to resolve 'buffer'`) or ship a polyfill. The kit runs in browsers only, so
// its build answers the question once, here: exifr's platform module becomes constants, and the
// branches that used Node fall away in the bundle. scripts/consumer-check.mjs checks dist/ has no
// such reference left.

/** exifr's util/platform.mjs, as it reads in a browser or a worker. */
const BROWSER_PLATFORM = `
export const browser = typeof navigator !== 'undefined'
export const worker = browser && typeof HTMLImageElement === 'undefined'
export const node = false
export const Buffer = undefined
export const BigInt = globalThis.BigInt
export const hasBuffer = false
`;

export function browserOnlyExifr() {
  let rewritten = 0;
  return {
    name: 'wx-browser-only-exifr',
    enforce: 'pre',
    buildStart() {
      rewritten = 0;
    },
    transform(code, id) {
      const path = id.replace(/\\/g, '/').split('?')[0];
      if (!path.includes('/node_modules/exifr/src/')) return null;
      if (path.endsWith('/util/platform.mjs')) {
        rewritten++;
        return { code: BROWSER_PLATFORM, map: null };
      }
      // `self` in a page and in a worker; never Node's `global`.
      if (path.endsWith('/polyfill/global.mjs')) return { code: 'export default globalThis', map: null };
      return null;
    },
    buildEnd() {
      if (!rewritten) this.error('exifr/src/util/platform.mjs was not in the build: update scripts/browser-only-exifr.mjs');
    },
  };
}
