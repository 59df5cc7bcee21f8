/** How many overlays hold the page still, and the page's own overflow from before the first. */
let holders = 0;
let savedOverflow = '';

/**
 * Stops the page behind an overlay from scrolling, counted: two overlays opened and closed in any
 * order leave the page as it was only when the last lets go. Returns the release (safe to call
 * more than once; only its first call counts).
 */
export function lockPageScroll(): () => void {
  const root = document.documentElement;
  if (holders++ === 0) {
    savedOverflow = root.style.overflow;
    root.style.overflow = 'hidden';
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders === 0) root.style.overflow = savedOverflow;
  };
}
