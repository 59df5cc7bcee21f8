import type { GestureState } from '../../src/viewer/gestures.js';
import { IDENTITY, isZoomed, type Size } from '../../src/viewer/zoom-pan.js';

/** The most a small image is zoomed beyond its own pixels. */
const MAX_SCALE_CAP = 16;

/** The parts of the viewer's shadow DOM the stage paints on, and what shows the current image. */
export interface StageHost {
  stage(): HTMLElement | null | undefined;
  track(): HTMLElement | null | undefined;
  dialog(): HTMLElement | null | undefined;
  /** What shows the current image: the full `<img>`, its rendition, or nothing yet. */
  shownImage(): HTMLImageElement | HTMLCanvasElement | undefined;
  /** The current image's full `<img>` (its natural size is known before it is decoded). */
  fullImage(): HTMLImageElement | undefined;
  /** The current slide's video, if it is one: it follows a drag down to close (it does not zoom). */
  shownVideo?(): HTMLVideoElement | undefined;
  /** Whether the current image is zoomed in, for the controls. */
  zoomChanged(zoomed: boolean): void;
}

/**
 * The viewer's stage: the geometry the gestures work in (the viewport, the fitted image, how far
 * it may zoom) and the painting of what they decide, straight on the DOM (no re-render per
 * pointer move).
 */
export class PreviewStage {
  constructor(private readonly host: StageHost) {}

  viewportSize(): Size {
    const box = this.host.stage()?.getBoundingClientRect();
    return { width: box?.width || innerWidth, height: box?.height || innerHeight };
  }

  /**
   * The current image's size at scale 1 — fitted into the viewport (`object-fit: contain`) — or
   * null while no image is on screen.
   */
  contentSize(): Size | null {
    const shown = this.host.shownImage();
    if (!shown?.isConnected) return null;
    const viewport = this.viewportSize();
    const [width, height] = shown instanceof HTMLImageElement ? [shown.naturalWidth, shown.naturalHeight] : [shown.width, shown.height];
    // An SVG without a size fills the viewport.
    if (!width || !height) return viewport;
    const fit = Math.min(viewport.width / width, viewport.height / height);
    return { width: width * fit, height: height * fit };
  }

  maxScale(): number {
    const img = this.host.fullImage();
    const content = this.contentSize();
    // naturalWidth is known from the header, before the decode finishes.
    const ownPixels = img?.naturalWidth && content ? img.naturalWidth / content.width : 1;
    return Math.min(MAX_SCALE_CAP, Math.max(4, ownPixels));
  }

  /** Shows what the gestures decided. */
  paint(state: Readonly<GestureState>, duration: number): void {
    const track = this.host.track();
    const dialog = this.host.dialog();
    const img = this.host.shownImage() ?? this.host.shownVideo?.();
    const transition = duration ? `transform ${duration}ms cubic-bezier(0.22, 1, 0.36, 1)` : 'none';
    const { scale, x, y } = state.transform;
    const pulled = Math.min(1, Math.abs(state.dismiss) / this.viewportSize().height);
    if (track) {
      if (duration) getComputedStyle(track).transform; // commit the start, so the transition runs from it
      track.style.transition = transition;
      track.style.transform = state.track ? `translate3d(${state.track}px, 0, 0)` : '';
    }
    if (img) {
      if (duration) getComputedStyle(img).transform;
      img.style.transition = transition;
      const shrink = 1 - pulled * 0.3;
      const identity = scale === IDENTITY.scale && !x && !y && !state.dismiss;
      img.style.transform = identity ? '' : `translate3d(${x}px, ${y + state.dismiss}px, 0) scale(${scale * shrink})`;
    }
    dialog?.style.setProperty('--wx-preview-fade', String(1 - pulled));
    this.host.zoomChanged(isZoomed(state.transform));
  }
}
