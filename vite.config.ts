import { resolve } from 'node:path';
import { defineConfig } from 'vite';

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
} as const;

const gallery = {
  // The demo gallery. `npm start` serves it; `vite build --mode gallery` builds it into
  // build/gallery for the strict-CSP test.
  root: resolve(root, 'demo'),
  base: './',
  server: { host: '127.0.0.1', port: 5173, strictPort: true, fs: { allow: [root] } },
  // The gallery's sample images are the test fixtures, served at ./images/.
  publicDir: resolve(root, 'test/fixtures'),
  build: { outDir: resolve(root, 'build/gallery'), emptyOutDir: true, target: 'es2022' },
};

const library = {
  // Relative base: the compression worker is emitted as dist/assets/compress.worker-*.js and found
  // with `new URL('./assets/…', import.meta.url)`, wherever the package is served from (with the
  // default '/' it would be looked up at the site root).
  base: './',
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    lib: {
      entry: Object.fromEntries(Object.entries(LIBRARY_ENTRIES).map(([name, file]) => [name, resolve(root, file)])),
      formats: ['es' as const],
    },
    rollupOptions: {
      // lit is the consumer's (one copy per page); exifr and browser-image-compression are bundled
      // so that lazy chunks and the compression worker are self-contained.
      external: [/^lit($|\/)/, /^@lit\//],
      output: {
        // Every chunk that registers a tag is named define-*.js, the name package.json
        // "sideEffects" lists, so that bundlers keep it whatever else shares the chunk.
        chunkFileNames: (chunk: { name: string; moduleIds: string[] }) =>
          chunk.moduleIds.some((id) => /\/components\/[^/]+\/define\.ts$/.test(id)) ? 'define-[hash].js' : '[name]-[hash].js',
      },
    },
  },
  worker: { format: 'es' as const },
};

export default defineConfig(({ command, mode }) => (command === 'serve' || mode === 'gallery' ? gallery : library));
