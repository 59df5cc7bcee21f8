import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { browserOnlyExifr } from './scripts/browser-only-exifr.mjs';
import { minifyLitCss } from './scripts/minify-lit-css.mjs';
import { uploadEndpoint } from './scripts/upload-endpoint.mjs';

const root = import.meta.dirname;

/** The package's entries: `dist/<name>.js`, each listed in package.json `exports`. */
export const LIBRARY_ENTRIES = {
  // Everything src/index.ts exports; defines the kit's tags.
  index: 'src/index.ts',
  // The API functions that need no element of their own (getImageInfo, getSetting, configure…).
  api: 'src/api.ts',
  // One tag each.
  chooser: 'components/image-chooser/define.ts',
  preview: 'components/image-preview/define.ts',
  info: 'components/image-info/define.ts',
  cropper: 'components/image-cropper/define.ts',
  'media-chooser': 'components/media-chooser/define.ts',
  uploader: 'components/image-uploader/define.ts',
  // React wrappers of the tags (@lit/react).
  react: 'components/frameworks/react.ts',
} as const;

/** The file the compression worker is built into beside every build's chunks (scripts/build-worker.mjs). */
const WORKER_FILE = 'compress-worker.js';

/**
 * Points the library at the compression worker's built file. The source keeps
 * `new Worker(new URL('./compress.worker.ts', import.meta.url), …)` (what the test server and
 * `npm start` run); here it becomes `new URL('./compress-worker.js', import.meta.url)`: the
 * self-contained file of the worker build (scripts/build-worker.mjs) beside every chunk, and the
 * pattern a consumer's bundler follows to emit the worker. A placeholder stands in between so
 * that Vite's own worker plugin does not bundle the worker into this build again.
 */
function compressWorkerUrl(): Plugin {
  const placeholder = '__WX_COMPRESS_WORKER_URL__';
  const source = /new URL\(\s*(['"])\.\/compress\.worker\.ts\1\s*,\s*import\.meta\.url\s*\)/g;
  let replaced = 0;
  return {
    name: 'wx-compress-worker-url',
    enforce: 'pre',
    buildStart() {
      replaced = 0;
    },
    transform(code, id) {
      source.lastIndex = 0;
      if (!id.includes('/src/compress/') || !source.test(code)) return null;
      source.lastIndex = 0;
      replaced++;
      return { code: code.replace(source, placeholder), map: null };
    },
    renderChunk(code) {
      if (!code.includes(placeholder)) return null;
      return { code: code.replaceAll(placeholder, `new URL("./${WORKER_FILE}", import.meta.url)`), map: null };
    },
    buildEnd() {
      if (!replaced) this.error(`no new URL('./compress.worker.ts', import.meta.url) in src/compress/: update compressWorkerUrl in vite.config.ts`);
    },
  };
}

/**
 * Lazy imports that keep code out of what an element's entry loads up front: the viewer's
 * preview-actions imports the album save (src/files/album.ts) lazily (out of
 * `wx-image-kit/preview`), and src/ui/ loads the
 * action sheet lazily (out of `wx-image-kit/chooser`) though the viewer's menu imports it. Builds
 * of the whole kit in one entry (the gallery, the self-contained build) include both up front by
 * design; the build's note about that is dropped.
 */
const INTENDED_LAZY_IMPORTS = [
  'src/files/album.ts is dynamically imported by src/viewer/preview-actions.ts',
  'components/action-sheet/open.ts is dynamically imported by src/ui/overlays.ts',
  // The uploader loads uploadFile with its first upload (out of `wx-image-kit/uploader`'s first load).
  'src/apis/upload-file.ts is dynamically imported by src/upload/photo-upload.ts',
];
const quietWholeKitSplit: NonNullable<NonNullable<UserConfig['build']>['rollupOptions']>['onLog'] = (level, log, handler) => {
  if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && INTENDED_LAZY_IMPORTS.some((note) => log.message.includes(note))) return;
  handler(level, log);
};

const gallery = {
  // The demo gallery. `npm start` serves it; `vite build --mode gallery` builds it into
  // build/gallery for the strict-CSP test.
  root: resolve(root, 'demo'),
  base: './',
  server: { host: '127.0.0.1', port: 5173, strictPort: true, fs: { allow: [root] } },
  // POST /upload for the uploader's section: read at a throttled pace, so its progress shows.
  plugins: [uploadEndpoint()],
  // The gallery's sample images are the test fixtures, served at ./images/.
  publicDir: resolve(root, 'test/fixtures'),
  build: { outDir: resolve(root, 'build/gallery'), emptyOutDir: true, target: 'es2022', rollupOptions: { onLog: quietWholeKitSplit } },
} satisfies UserConfig;

/** Every chunk that registers a tag is named define-*.js, the name package.json "sideEffects" lists. */
const chunkFileNames = (chunk: { name: string; moduleIds: string[] }) =>
  chunk.moduleIds.some((id) => /\/components\/[^/]+\/define\.ts$/.test(id)) ? 'define-[hash].js' : '[name]-[hash].js';

/**
 * A library build into `outDir` of `entries` (name → source file); the compression worker is
 * found beside its chunks with `new URL('./compress-worker.js', import.meta.url)` (relative base:
 * wherever the files are served from) and built apart (scripts/build-worker.mjs).
 */
function libraryBuild(outDir: string, entries: Record<string, string>, rollupOptions: NonNullable<UserConfig['build']>['rollupOptions']): UserConfig {
  const files = entries;
  return {
    base: './',
    plugins: [compressWorkerUrl(), browserOnlyExifr(), minifyLitCss()],
    build: {
      outDir: resolve(root, outDir),
      emptyOutDir: true,
      sourcemap: true,
      target: 'es2022',
      lib: { entry: Object.fromEntries(Object.entries(files).map(([name, file]) => [name, resolve(root, file)])), formats: ['es'] },
      rollupOptions,
    },
  };
}

/**
 * `dist/`: the package for bundlers. lit, @lit/react and react are the consumer's (one copy per
 * page); exifr and browser-image-compression are bundled (devDependencies), each chunk once.
 */
const library = libraryBuild('dist', LIBRARY_ENTRIES, {
  external: [/^lit($|\/)/, /^@lit\//, /^react($|\/)/],
  output: { chunkFileNames },
});

/**
 * `dist/cdn/`: the self-contained build for pages without a bundler — lit inside, one entry file
 * (`wx-image-kit.js`, everything `wx-image-kit` exports, the three tags defined) plus the chunks
 * it loads lazily and the compression worker.
 */
const cdn = libraryBuild(
  'dist/cdn',
  { 'wx-image-kit': 'src/index.ts' },
  {
    // The entry may export what its lazy chunks share with it, so a page loads one file up front
    // (with 'strict', the library default, each shared module would be a chunk of its own).
    preserveEntrySignatures: 'allow-extension',
    // Whitespace too: lib mode keeps it by default (for the consumer's minifier), and this file is
    // served as it is.
    output: { chunkFileNames, minify: true },
    onLog: quietWholeKitSplit,
  },
);

export default defineConfig(({ command, mode }) =>
  command === 'serve' || mode === 'gallery' ? gallery : mode === 'cdn' ? cdn : library,
);
