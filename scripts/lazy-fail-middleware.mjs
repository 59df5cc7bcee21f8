// A test-server middleware for test/contract/lazy-parts.test.ts: `/__lazy-fail__/<module>/<path>`
// serves the repo's `<path>` as `/<path>` would, except the module `<module>` (a repo path without
// its extension, `/` written `~`), which answers 404, as a chunk lost to the network, a CSP or a
// bundler's mistake would. Relative imports stay under the prefix, so a test that imports
// `/__lazy-fail__/src~image~exif-orientation/src/api.ts` gets a module graph of its own in which
// that one lazy part cannot load; the rest of the page (and other test files) are untouched.
// Packages (bare imports) resolve to /node_modules/ as usual and are shared.
const PREFIX = /^\/__lazy-fail__\/([^/]+)(\/.*)$/;

export async function lazyFailMiddleware(ctx, next) {
  const match = PREFIX.exec(ctx.path);
  if (!match) return next();
  const [, key, path] = match;
  if (path.replace(/\.(?:ts|js|mjs)$/, '') === `/${key.replaceAll('~', '/')}`) {
    ctx.status = 404;
    ctx.body = `blocked by the test: ${path}`;
    return undefined;
  }
  ctx.url = path + ctx.search;
  return next();
}
