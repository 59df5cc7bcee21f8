import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig(({ command }) =>
  command === 'serve'
    ? {
        // `npm start`: the demo gallery.
        root: resolve(root, 'demo'),
        server: { host: '127.0.0.1', port: 5173, strictPort: true, fs: { allow: [root] } },
        // The gallery uses the test fixtures as its sample images.
        publicDir: resolve(root, 'test/fixtures'),
      }
    : {
        // `npm run build`: the library, ESM, lit left to the consumer.
        build: {
          outDir: resolve(root, 'dist'),
          emptyOutDir: true,
          sourcemap: true,
          target: 'es2022',
          lib: {
            entry: { index: resolve(root, 'src/index.ts') },
            formats: ['es'],
          },
          rollupOptions: {
            external: [/^lit($|\/)/, /^@lit\//],
          },
        },
      },
);
