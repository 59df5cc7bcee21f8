// The apps of `npm run test:consumers`, one entry each (scripts/consumer-check.mjs runs them):
// - name: how the output names it; dir: its folder in test/consumers/ (copied to a temporary
//   folder, the tarball installed into it); page: a folder copied in first (the app's own files
//   win), e.g. the shared page of the bundler apps;
// - build: [command in node_modules/.bin, args] (none: served as it is); dist: the folder served;
//   copy: files of the app copied into dist after the build (a tool that writes no HTML);
// - typeCheck: 'tsc' | 'vue-tsc' (tsconfig.json must pass, tsconfig.must-fail.json must fail
//   exactly on its marked lines); dev: also checked under `vite` (the dev server);
// - compresses: the page compresses a chosen photo (the check wants it done in the kit's worker);
//   exif: the page calls wx.getImageInfo and wx.compressImage on the EXIF-rotated photo and
//   leaves the answers in window.results; cdnOnly: every script must come from dist/cdn/.
export const APPS = [
  { name: 'vanilla', dir: 'vanilla', build: ['vite', ['build']], dist: 'dist', typeCheck: 'tsc', dev: true, compresses: true },
  { name: 'react', dir: 'react', build: ['vite', ['build']], dist: 'dist', typeCheck: 'tsc', dev: true },
  { name: 'vue', dir: 'vue', build: ['vite', ['build']], dist: 'dist', typeCheck: 'vue-tsc', dev: true },
  { name: 'plain', dir: 'plain', dist: '.', compresses: true, cdnOnly: true },
  // Each build tool with its default settings, the same page (test/consumers/bundler-page/).
  ...[5, 6, 7].map((version) => ({ name: `vite${version}`, dir: `vite${version}`, page: 'bundler-page', build: ['vite', ['build']], dist: 'dist', compresses: true, exif: true })),
  { name: 'webpack5', dir: 'webpack5', page: 'bundler-page', build: ['webpack', []], dist: 'dist', compresses: true, exif: true },
  { name: 'rsbuild', dir: 'rsbuild', page: 'bundler-page', build: ['rsbuild', ['build']], dist: 'dist', compresses: true, exif: true },
  { name: 'parcel2', dir: 'parcel2', page: 'bundler-page', build: ['parcel', ['build', '--no-cache']], dist: 'dist', compresses: true, exif: true },
  { name: 'rollup4', dir: 'rollup4', page: 'bundler-page', build: ['rollup', ['-c']], dist: 'dist', copy: ['index.html'], compresses: true, exif: true },
];
