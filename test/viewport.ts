// Sizes the page's viewport (window.innerWidth × innerHeight, CSS pixels) in every engine the suite
// runs, through the runner's `set-inner-viewport` command (scripts/viewport-plugin.mjs): puppeteer's
// page.setViewport for Chromium and Firefox, a measured window resize for WebKit's WebDriver.
import { executeServerCommand } from '@web/test-runner-commands';

export interface Viewport {
  width: number;
  height: number;
}

/** Resolves once `innerWidth` × `innerHeight` is `viewport` (whole CSS pixels, 100…4000). */
export async function setViewport(viewport: Viewport): Promise<void> {
  await executeServerCommand('set-inner-viewport', viewport);
  // The page's own view: the resize has reached it before the test measures anything.
  for (let frame = 0; innerWidth !== viewport.width || innerHeight !== viewport.height; frame++) {
    if (frame === 60) throw new Error(`the viewport stayed ${innerWidth}×${innerHeight}, not ${viewport.width}×${viewport.height}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
