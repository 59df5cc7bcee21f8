declare const process: { env: { NODE_ENV?: string } };

/**
 * Development build or not. Bundlers replace `process.env.NODE_ENV` in production builds; a page
 * that loads the kit without a bundler has no `process` and counts as development.
 */
export const DEV: boolean = (() => {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return true;
  }
})();
