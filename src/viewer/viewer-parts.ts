/**
 * What the viewer's first opening needs besides the element, as chunks of their own: the
 * gestures, the screen rendition's decoders, the EXIF orientation reader they use (exifr) and the
 * fetch that loads a readable image. Each is imported where it is used, so a cold first opening
 * waited on one after another (fetch code → bytes → decoders → orientation reader → pixels); here
 * they all start at once, at the call or earlier when the page is idle, and the imports where they
 * are used find them loaded.
 */
let loading: Promise<void> | undefined;

/** Starts loading every part (once); resolves when all are in. */
export function loadViewerParts(): Promise<void> {
  loading ??= Promise.all([
    import('./gestures.js'),
    import('../image/screen-rendition.js'),
    import('../image/exif-orientation.js'),
    import('../files/download.js'),
  ]).then(
    () => undefined,
    () => {
      // A chunk that failed to load is asked again where it is used, and here next time.
      loading = undefined;
    },
  );
  return loading;
}

let scheduled = false;

/**
 * Loads the viewer's parts once the page is idle: called when something appears that is likely
 * to open the viewer (a `<wx-image-preview>`, a chooser, an info element). WebKit has no
 * requestIdleCallback: a short timeout stands in.
 */
export function loadViewerPartsWhenIdle(): void {
  if (scheduled || loading) return;
  scheduled = true;
  const start = () => void loadViewerParts();
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 200);
}
