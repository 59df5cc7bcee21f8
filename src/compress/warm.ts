/**
 * Warms the compression pool at idle time: called when a chooser is defined or a picker opens,
 * so the first photo finds its workers started and their codecs loaded. Only this small module
 * loads up front; the pool comes with a dynamic import once the page is idle. WebKit has no
 * requestIdleCallback: a short timeout stands in.
 */
let scheduled = false;

export function warmCompressionWhenIdle(): void {
  if (scheduled || typeof Worker === 'undefined') return;
  scheduled = true;
  const start = () => {
    // Once this runs, a later chooser or picker warms again (the workers end when idle).
    scheduled = false;
    import('./index.js').then(
      ({ warmPool }) => warmPool(),
      () => undefined,
    );
    // Every camera photo carries EXIF: its orientation reader is needed for the first one too.
    import('../image/exif-orientation.js').catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 500 });
  else setTimeout(start, 200);
}
