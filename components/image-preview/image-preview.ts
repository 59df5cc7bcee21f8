import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { openActionSheet } from '../action-sheet/open.js';
import { WxElement, type ContractEventMap } from '../base/wx-element.js';
import {
  canShareImages,
  loadPreviewImage,
  saveImageFromPreview,
  shareImageFromPreview,
} from '../../src/apis/preview-actions.js';
import {
  previewImageIn,
  type PreviewImageSuccess,
  type PreviewReferrerPolicy,
  type PreviewRequest,
  type PreviewViewer,
} from '../../src/apis/preview-image.js';
import { getConfig, languageOfUi, strings } from '../../src/config.js';
import { ApiError } from '../../src/contract/errors.js';
import type { ApiResult, FailResult } from '../../src/contract/types.js';
import { GestureController, type GestureState } from '../../src/viewer/gestures.js';
import { HistoryEntry } from '../../src/viewer/history-entry.js';
import { IDENTITY, type Size } from '../../src/viewer/zoom-pan.js';
import { classifySource, loadSource, resolveCloudFileID } from '../../src/files/resolve.js';
import { decodeScreenRendition } from '../../src/image/screen-rendition.js';
import { format } from '../../src/i18n.js';
import { imagePreviewStyles } from './image-preview.styles.js';
import { ToastController } from './preview-toast.js';
import { saveFeedback } from './save-feedback.js';
import { slideAlt } from './slide-description.js';

export interface ImagePreviewEventMap extends ContractEventMap<PreviewImageSuccess & ApiResult> {
  /** Another image became the current one. */
  change: CustomEvent<{ index: number; url: string }>;
  /** The viewer closed (Close, Esc, Back, a tap, a swipe down, or `close()`). */
  close: CustomEvent<{ index: number }>;
  /** The menu's Save Image finished: the `saveImageToPhotosAlbum` result, ok or fail. */
  save: CustomEvent<ApiResult>;
}

/** Space between slides, px (also in the styles as --wx-preview-gap). */
const GAP = 16;
/** Zoom steps of the + and − keys and buttons. */
const ZOOM_STEP = 1.5;
/** The most a small image is zoomed beyond its own pixels. */
const MAX_SCALE_CAP = 16;

/** loading → (preview →) loaded, or error. `preview`: a screen-sized rendition shows while the full image decodes. */
type SlideStatus = 'loading' | 'preview' | 'loaded' | 'error';

/** One image of the list while it is near the current one. */
interface Slide {
  url: string;
  status: SlideStatus;
  img?: HTMLImageElement;
  /** The screen-sized rendition of a large JPEG, until the full image is decoded. */
  preview?: HTMLCanvasElement;
  /** The blob: URL of the bytes fetched for this slide, revoked when the slide is dropped. */
  objectUrl?: string;
  /** Why it failed: the locale's message is picked when rendering. */
  error?: 'load' | 'cloud-resolver';
  /** Settles (never rejects) once something is on screen: the rendition, the image or the error tile. */
  shown: Promise<void>;
  /** Settles (never rejects) when loading is over: the full image decoded, or failed. */
  done: Promise<void>;
  abort: AbortController;
}

/** Thrown for a cloud:// ID when no resolver is configured. */
class MissingCloudResolver extends Error {}

const showmenuConverter = {
  fromAttribute: (value: string | null) => value === null || value !== 'false',
  toAttribute: (value: boolean) => (value ? null : 'false'),
};

/** A canvas showing a bitmap (handed over without a copy), as an image for assistive technology. */
function canvasOf(bitmap: ImageBitmap): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.setAttribute('part', 'image preview');
  canvas.setAttribute('role', 'img');
  const renderer = canvas.getContext('bitmaprenderer');
  if (renderer) renderer.transferFromImageBitmap(bitmap);
  else {
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    bitmap.close();
  }
  return canvas;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

const icon = (path: string) => html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${svg`<path d=${path} />`}</svg>`;
const ICONS = {
  close: 'M6 6l12 12M18 6L6 18',
  previous: 'M15 5l-7 7 7 7',
  next: 'M9 5l7 7-7 7',
  zoomIn: 'M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14zM20 20l-4-4M11 8v6M8 11h6',
  zoomOut: 'M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14zM20 20l-4-4M8 11h6',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
  broken: 'M4 5h16v14H4zM4 15l5-5 4 4 3-3 4 4M9 4l-2 16',
};

/**
 * A full-screen image viewer: swipe, pinch, double-tap, wheel and keyboard; Back closes it; long
 * press or right click opens Save Image / Share. It is the one viewer of the kit:
 * `wx.previewImage` shows its images in (one shared) `<wx-image-preview>`, and the element's
 * `show()` goes through the same `previewImage` contract.
 *
 * A native modal `<dialog>`: focus moves in, stays in, and returns on close; the page behind is
 * inert and does not scroll.
 *
 * @tagname wx-image-preview
 * @summary The previewImage viewer.
 * @event {CustomEvent<PreviewImageSuccess & ApiResult>} success - `show()` or the `open` attribute opened the viewer and the first image is on screen: `{ errMsg: 'previewImage:ok' }`.
 * @event {CustomEvent<FailResult>} fail - It could not open (e.g. `urls` empty): `{ errMsg: 'previewImage:fail …' }`.
 * @event {CustomEvent<(PreviewImageSuccess & ApiResult) | FailResult>} complete - After success or fail, with the same object.
 * @event {CustomEvent<{ index: number; url: string }>} change - Another image became current: `detail: { index, url }`.
 * @event {CustomEvent<{ index: number }>} close - The viewer closed: `detail: { index }` of the image shown last.
 * @event {CustomEvent<ApiResult>} save - The menu's Save Image finished: the saveImageToPhotosAlbum result (ok or fail).
 * @csspart dialog - The full-screen dialog.
 * @csspart stage - The area that takes the gestures.
 * @csspart image - Each image.
 * @csspart error - The tile shown for an image that cannot be loaded.
 * @csspart spinner - The loading indicator.
 * @csspart counter - The "2 / 9" line (a status region; it also says when the image failed).
 * @csspart toast - The message after Save Image (a status region).
 * @csspart button - Every button (close, previous, next, zoom, more).
 * @cssproperty --wx-preview-background - Behind the images (default black).
 * @cssproperty --wx-preview-color - Text and icon colour.
 * @cssproperty --wx-preview-control-background - Behind each button.
 * @cssproperty --wx-preview-focus - Focus ring colour.
 */
export class WxImagePreview extends WxElement<ImagePreviewEventMap> implements PreviewViewer {
  static override styles = imagePreviewStyles;

  /** The images (same kinds as `wx.previewImage`'s urls). */
  @property({ attribute: false }) urls: string[] = [];

  /** The image shown first: one of `urls` or its index; anything else shows the first. */
  @property() current?: string | number;

  /** Whether the viewer is open; setting it opens or closes the viewer. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Long press / right click / the context menu key opens Save Image and Share. `showmenu="false"` turns it off. */
  @property({ converter: showmenuConverter, reflect: true }) showmenu = true;

  /** Sent with every image request. */
  @property({ attribute: 'referrer-policy' }) referrerPolicy: PreviewReferrerPolicy = 'no-referrer';

  /** A text alternative per image, in the order of `urls` (a kit extension of previewImage); "Image N of M" where empty. */
  @property({ attribute: false }) alts: string[] = [];

  /** The index of the image on screen (move with `goTo()`). */
  get index(): number {
    return this.position;
  }

  @state() private position = 0;

  @state() private zoomed = false;

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('.stage') private stage?: HTMLElement;
  @query('.track') private track?: HTMLElement;

  /** The images near the current one: at most current ± 1 are kept. */
  private readonly slides = new Map<number, Slide>();
  private readonly history = new HistoryEntry();
  private readonly gestures = new GestureController(
    {
      viewport: () => this.viewportSize(),
      content: () => this.contentSize(),
      maxScale: () => this.maxScale(),
      canNavigate: (step) => this.index + step >= 0 && this.index + step < this.urls.length,
      paint: (state, duration) => this.paint(state, duration),
      navigate: (step, carry) => void this.go(step, carry),
      close: () => this.close(),
      longPress: () => void this.openMenu(),
    },
    { gap: GAP, reducedMotion: () => matchMedia('(prefers-reduced-motion: reduce)').matches },
  );
  /** Whether the dialog is showing (set before `open` reflects it, so `updated` does not loop). */
  private showing = false;
  private savedOverflow?: string;
  private menu?: AbortController;
  private readonly toast = new ToastController(this);
  /** The control that had focus before a render (see `updated`). */
  private focusedBefore: Element | null = null;

  /** Opens the viewer through the `previewImage` contract; resolves after `complete`. */
  show(): Promise<void> {
    return new Promise((resolve) => {
      const relay = this.relay<PreviewImageSuccess & ApiResult>({ fail: () => !this.showing && (this.open = false) });
      previewImageIn(() => this)({
        urls: this.urls,
        current: this.current ?? undefined,
        showmenu: this.showmenu,
        referrerPolicy: this.referrerPolicy,
        alts: this.alts,
        success: relay.success,
        fail: relay.fail,
        complete: (result: ApiResult | FailResult) => {
          relay.complete(result);
          resolve();
        },
      });
    });
  }

  /** Closes the viewer (and goes back over the history entry it pushed). */
  close(): void {
    this.finish('other');
  }

  /**
   * Shows a checked request (what `previewImage` calls). Resolves once the dialog is open and
   * the first image — or its error tile — is on screen.
   */
  async present(request: PreviewRequest): Promise<void> {
    if (!this.isConnected) throw new ApiError('viewer is not in the document');
    const sameList = request.urls.length === this.urls.length && request.urls.every((url, i) => url === this.urls[i]);
    if (!sameList) this.dropSlides(() => true);
    this.urls = request.urls;
    this.showmenu = request.showmenu;
    this.referrerPolicy = request.referrerPolicy;
    this.alts = request.alts;
    const changed = this.index !== request.index;
    this.position = request.index;
    if (changed) this.dropSlides((i) => Math.abs(i - this.index) > 1);
    const first = this.slide(this.index, true);
    this.showing = true;
    this.open = true;
    await this.updateComplete;
    const dialog = this.dialog!;
    let pushed: Promise<void> | undefined;
    if (!dialog.open) {
      try {
        dialog.showModal();
      } catch (error) {
        this.showing = false;
        this.open = false;
        throw new ApiError(`cannot open the viewer: ${error instanceof Error ? error.message : String(error)}`);
      }
      this.lockScroll();
      this.gestures.attach(this.stage!);
      window.addEventListener('resize', this.onResize);
      pushed = this.history.push(() => this.finish('history'));
    }
    this.gestures.reset();
    // Back must close the viewer as soon as the caller hears it is open.
    await pushed;
    await first.shown;
    await this.updateComplete;
    await nextFrame();
    if (this.showing) this.keepNeighbours();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.finish('other');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.focusedBefore = this.shadowRoot?.activeElement ?? null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A control that just became disabled (Next at the end, Zoom on an error tile) drops focus
    // to the page behind; keep it in the viewer.
    const lost = this.focusedBefore;
    if (lost instanceof HTMLButtonElement && lost.disabled && this.showing) {
      const fallback = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.nav'), this.renderRoot.querySelector<HTMLButtonElement>('button.close')].find(
        (b) => b && !b.disabled,
      );
      fallback?.focus();
    }
    if (changed.has('open')) {
      if (this.open && !this.showing) void this.show();
      else if (!this.open && this.showing) this.close();
    }
  }

  // ----- slides -------------------------------------------------------------------------------

  /**
   * The slide of `index`, loading it when it is not loaded or loading yet. `quick`: it is the one
   * on screen, so a large JPEG first shows a screen-sized rendition while the full image decodes.
   */
  private slide(index: number, quick = false): Slide {
    const url = this.urls[index];
    const known = this.slides.get(index);
    if (known && known.url === url) return known;
    known?.abort.abort();
    let markShown!: () => void;
    const slide: Slide = {
      url,
      status: 'loading',
      abort: new AbortController(),
      shown: new Promise<void>((resolve) => (markShown = resolve)),
      done: Promise.resolve(),
    };
    const update = () => {
      if (this.slides.get(index) === slide) this.requestUpdate();
    };
    slide.done = this.load(slide, quick, () => {
      markShown();
      update();
    }).then(() => {
      markShown();
      update();
    });
    this.slides.set(index, slide);
    return slide;
  }

  /** The URL an `<img>` can show for a url of the list (cloud IDs through the resolver). */
  private async displayUrl(url: string): Promise<string> {
    const source = classifySource(url);
    if (source.kind === 'cloud') {
      if (!getConfig().resolveCloudFileID) throw new MissingCloudResolver();
      const resolved = classifySource(await resolveCloudFileID(url));
      if (resolved.kind === 'cloud' || resolved.kind === 'unsupported') throw new Error('invalid url');
      return resolved.url;
    }
    if (source.kind === 'unsupported') throw new Error('invalid url');
    return source.url;
  }

  /**
   * Loads and decodes (off the main thread) one image; failures become the error tile. Bytes the
   * page can read (temp files, blob: and data: URLs, same-origin paths) are fetched once, so a
   * large JPEG can show a screen-sized rendition first; other URLs go straight to the `<img>`.
   */
  private async load(slide: Slide, quick: boolean, onPreview: () => void): Promise<void> {
    const { signal } = slide.abort;
    try {
      const src = await this.displayUrl(slide.url);
      if (signal.aborted) return;
      const source = classifySource(src);
      let blob: Blob | undefined;
      if (source.kind === 'temp' || source.kind === 'blob' || source.kind === 'data' || source.kind === 'same-origin') {
        try {
          blob = await loadSource(source, { signal, referrerPolicy: this.referrerPolicy });
        } catch (error) {
          if (signal.aborted) return;
          // Missing is missing; anything else (e.g. a CSP that allows images but not fetch) gets the <img> route.
          if (error instanceof ApiError && error.reason === 'file not found') throw error;
        }
      }
      const img = document.createElement('img');
      img.referrerPolicy = this.referrerPolicy;
      img.decoding = 'async';
      img.draggable = false;
      img.setAttribute('part', 'image');
      slide.img = img;
      if (blob && source.kind === 'same-origin') img.src = slide.objectUrl = URL.createObjectURL(blob);
      else img.src = source.url;
      if (blob && quick) {
        // The rendition first, alone: the full decode beside it would halve its share of the CPU
        // (two cores are common on phones). The full image replaces it once decoded.
        const bitmap = await decodeScreenRendition(blob, this.viewportSize(), signal);
        if (bitmap) {
          if (slide.status !== 'loading' || signal.aborted) return bitmap.close();
          slide.preview = canvasOf(bitmap);
          slide.status = 'preview';
          onPreview();
        }
      }
      // Once the rendition is painted (or soon, where frames do not run, e.g. a hidden tab).
      if (slide.preview) await Promise.race([nextFrame().then(nextFrame), new Promise((resolve) => setTimeout(resolve, 100))]);
      if (signal.aborted) return;
      const full = img.decode().catch((error: unknown) => {
        // decode() can reject for images the browser still shows (very large ones); trust the pixels.
        if (!(img.complete && img.naturalWidth > 0)) throw error;
      });
      await full;
      if (signal.aborted) return;
      // The full image takes the rendition's place, zoom and all.
      if (slide.preview) {
        img.style.transform = slide.preview.style.transform;
        slide.preview = undefined;
      }
      slide.status = 'loaded';
    } catch (error) {
      if (signal.aborted) return;
      slide.img = undefined;
      slide.preview = undefined;
      slide.status = 'error';
      slide.error = error instanceof MissingCloudResolver ? 'cloud-resolver' : 'load';
    }
  }

  /** Forgets slides `drop` picks: their images are released and their requests stopped. */
  private dropSlides(drop: (index: number) => boolean): void {
    for (const [index, slide] of this.slides) {
      if (!drop(index)) continue;
      slide.abort.abort();
      slide.img?.removeAttribute('src');
      if (slide.objectUrl) URL.revokeObjectURL(slide.objectUrl);
      this.slides.delete(index);
    }
  }

  /** Keeps the current image and its neighbours (loading them), and nothing further away. */
  private keepNeighbours(): void {
    this.dropSlides((i) => Math.abs(i - this.index) > 1);
    const index = this.index;
    const current = this.slide(index);
    // Neighbours start after the current image, so they never compete with it for bandwidth or decoding.
    void current.done.then(() => {
      if (!this.showing || this.index !== index) return;
      if (index + 1 < this.urls.length) this.slide(index + 1);
      if (index > 0) this.slide(index - 1);
    });
  }

  // ----- navigation and zoom ------------------------------------------------------------------

  /** Moves by `step` slides; `carry` is where a swipe left the strip, so the move continues from there. */
  async go(step: -1 | 1, carry = 0): Promise<void> {
    const target = this.index + step;
    if (!this.showing || target < 0 || target >= this.urls.length) return;
    await this.goTo(target, carry, step);
  }

  /** Shows the image at `index`. */
  async goTo(index: number, carry = 0, step: -1 | 1 = index > this.index ? 1 : -1): Promise<void> {
    if (!this.showing || index === this.index || index < 0 || index >= this.urls.length) return;
    this.clearTransform(this.index);
    this.position = index;
    this.keepNeighbours();
    this.emit('change', { index, url: this.urls[index] });
    await this.updateComplete;
    this.gestures.slideIn(step, carry);
  }

  private clearTransform(index: number): void {
    const shown = this.shownImage(index);
    if (shown) shown.style.transform = '';
  }

  private viewportSize(): Size {
    const box = this.stage?.getBoundingClientRect();
    return { width: box?.width || innerWidth, height: box?.height || innerHeight };
  }

  /** What shows the current image: the full `<img>`, its rendition, or nothing yet. */
  private shownImage(index = this.index): HTMLImageElement | HTMLCanvasElement | undefined {
    const slide = this.slides.get(index);
    if (slide?.status === 'loaded') return slide.img;
    if (slide?.status === 'preview') return slide.preview;
    return undefined;
  }

  /**
   * The current image's size at scale 1 — fitted into the viewport (`object-fit: contain`) — or
   * null while no image is on screen.
   */
  private contentSize(): Size | null {
    const shown = this.shownImage();
    if (!shown?.isConnected) return null;
    const viewport = this.viewportSize();
    const [width, height] = shown instanceof HTMLImageElement ? [shown.naturalWidth, shown.naturalHeight] : [shown.width, shown.height];
    // An SVG without a size fills the viewport.
    if (!width || !height) return viewport;
    const fit = Math.min(viewport.width / width, viewport.height / height);
    return { width: width * fit, height: height * fit };
  }

  private maxScale(): number {
    const img = this.slides.get(this.index)?.img;
    const content = this.contentSize();
    // naturalWidth is known from the header, before the decode finishes.
    const ownPixels = img?.naturalWidth && content ? img.naturalWidth / content.width : 1;
    return Math.min(MAX_SCALE_CAP, Math.max(4, ownPixels));
  }

  /** Shows what the gestures decided, straight on the DOM (no re-render per pointer move). */
  private paint(state: Readonly<GestureState>, duration: number): void {
    const track = this.track;
    const img = this.shownImage();
    const transition = duration ? `transform ${duration}ms cubic-bezier(0.22, 1, 0.36, 1)` : 'none';
    const { scale, x, y } = state.transform;
    const height = this.viewportSize().height;
    const pulled = Math.min(1, Math.abs(state.dismiss) / height);
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
    this.dialog?.style.setProperty('--wx-preview-fade', String(1 - pulled));
    this.zoomed = scale > 1.01;
  }

  private readonly onResize = (): void => {
    this.gestures.reset();
  };

  // ----- open / close -------------------------------------------------------------------------

  private lockScroll(): void {
    const root = document.documentElement;
    this.savedOverflow = root.style.overflow;
    root.style.overflow = 'hidden';
  }

  private unlockScroll(): void {
    if (this.savedOverflow === undefined) return;
    document.documentElement.style.overflow = this.savedOverflow;
    this.savedOverflow = undefined;
  }

  /** Closes everything once; `history` means Back already left the entry, so no going back. */
  private finish(reason: 'history' | 'other'): void {
    if (!this.showing) return;
    this.showing = false;
    this.menu?.abort();
    this.gestures.detach();
    window.removeEventListener('resize', this.onResize);
    if (reason !== 'history') this.history.release();
    // The dialog gives focus back to where it was when it opened.
    if (this.dialog?.open) this.dialog.close();
    this.unlockScroll();
    this.toast.clear();
    this.dropSlides(() => true);
    this.zoomed = false;
    this.open = false;
    this.emit('close', { index: this.index });
  }

  private readonly onCancel = (event: Event): void => {
    // Esc: close through finish() so the history entry is popped and `close` fires once.
    event.preventDefault();
    this.close();
  };

  private readonly onDialogClose = (): void => {
    // The close event comes a task later: a viewer reopened meanwhile is open again, and stays.
    if (this.dialog?.open) return;
    this.finish('other');
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const handled = (() => {
      switch (event.key) {
        case 'ArrowLeft':
          void this.go(-1);
          return true;
        case 'ArrowRight':
          void this.go(1);
          return true;
        case 'Home':
          void this.goTo(0);
          return true;
        case 'End':
          void this.goTo(this.urls.length - 1);
          return true;
        case '+':
        case '=':
          this.gestures.zoomBy(ZOOM_STEP);
          return true;
        case '-':
        case '_':
          this.gestures.zoomBy(1 / ZOOM_STEP);
          return true;
        case '0':
          this.gestures.resetZoom();
          return true;
        case 'ContextMenu':
          void this.openMenu();
          return true;
        case 'F10':
          if (!event.shiftKey) return false;
          void this.openMenu();
          return true;
        default:
          return false;
      }
    })();
    if (handled && !event.ctrlKey && !event.metaKey && !event.altKey) event.preventDefault();
  };

  private readonly onContextMenu = (event: Event): void => {
    // Our menu or none: the browser's own never shows over the viewer.
    event.preventDefault();
    void this.openMenu();
  };

  // ----- menu ---------------------------------------------------------------------------------

  /** Save Image / Share for the current image (when `showmenu` and the image is loaded). */
  private async openMenu(): Promise<void> {
    if (!this.showing || !this.showmenu || this.menu) return;
    const index = this.index;
    const url = this.urls[index];
    if (!this.shownImage(index)) return;
    const menu = (this.menu = new AbortController());
    const text = strings();
    const share = canShareImages();
    // Share must run while the tap that chose it still counts as user activation: have the file ready.
    const blob = share ? loadPreviewImage(url, this.referrerPolicy) : undefined;
    blob?.catch(() => undefined);
    try {
      const choice = await openActionSheet({
        label: text.moreActions,
        items: [{ label: text.saveImage }, ...(share ? [{ label: text.share }] : [])],
        signal: menu.signal,
      });
      if (choice === 0) {
        const result = await saveImageFromPreview(url, blob, this.referrerPolicy).catch(
          (failure: unknown): ApiResult =>
            failure && typeof failure === 'object' && 'errMsg' in failure
              ? (failure as ApiResult)
              : { errMsg: `saveImageToPhotosAlbum:fail ${failure instanceof ApiError ? failure.reason : String(failure)}` },
        );
        this.emit('save', result);
        const feedback = saveFeedback(result, strings());
        if (feedback && this.showing) this.toast.show(feedback);
      } else if (choice === 1 && blob) {
        await shareImageFromPreview(url, blob).catch(() => undefined);
      }
    } finally {
      if (this.menu === menu) this.menu = undefined;
    }
  }

  // ----- render -------------------------------------------------------------------------------

  private renderSlide(index: number) {
    const text = strings();
    const slide = this.slides.get(index);
    const offset = index - this.index;
    const total = this.urls.length;
    const alt = slideAlt(this.alts, index, total, text);
    let content: unknown = nothing;
    if (slide?.status === 'preview' && slide.preview) {
      slide.preview.setAttribute('aria-label', alt);
      content = slide.preview;
    } else if (!slide || slide.status === 'loading') {
      content = html`<div class="spinner" part="spinner" role="progressbar" aria-label=${text.loading}></div>`;
    } else if (slide.status === 'error') {
      content = html`<div class="error" part="error">
        ${icon(ICONS.broken)}
        <p>${slide.error === 'cloud-resolver' ? text.cloudNoResolver : text.imageLoadError}</p>
      </div>`;
    } else if (slide.img) {
      slide.img.alt = alt;
      content = slide.img;
    }
    return html`<div
      class="slide"
      .style=${
        // A property, not an attribute: CSSOM writes pass a strict CSP's style-src, style="" does not.
        `transform: translateX(calc(${offset} * (100% + ${GAP}px)))`
      }
      aria-hidden=${offset === 0 ? 'false' : 'true'}
      data-index=${index}
    >
      ${content}
    </div>`;
  }

  override render() {
    const text = strings();
    const total = this.urls.length;
    const visible: number[] = [];
    if (this.showing) for (let i = Math.max(0, this.index - 1); i <= Math.min(total - 1, this.index + 1); i++) visible.push(i);
    const atStart = this.index <= 0;
    const atEnd = this.index >= total - 1;
    const current = this.slides.get(this.index);
    // Zoom and the menu act on an image on screen: not on a spinner or an error tile.
    const noImage = !this.shownImage();
    const { lang, dir } = languageOfUi();
    return html`<dialog
      part="dialog"
      lang=${lang}
      dir=${dir}
      aria-modal="true"
      aria-label=${text.previewLabel}
      @cancel=${this.onCancel}
      @close=${this.onDialogClose}
      @keydown=${this.onKeyDown}
      @contextmenu=${this.onContextMenu}
    >
      <div class="backdrop"></div>
      <div class="stage ${this.zoomed ? 'zoomed' : ''}" part="stage">
        <div class="track">${repeat(visible, (i) => `${i}:${this.urls[i]}`, (i) => this.renderSlide(i))}</div>
      </div>
      <div class="toolbar">
        <p class="counter" part="counter" role="status" aria-live="polite" aria-atomic="true">
          ${total ? format(text.counter, { index: this.index + 1, total }) : ''}
          ${current?.status === 'error'
            ? html`<span class="visually-hidden">${current.error === 'cloud-resolver' ? text.cloudNoResolver : text.imageLoadError}</span>`
            : nothing}
        </p>
        <button
          type="button"
          part="button"
          class="zoom-out"
          aria-label=${text.zoomOut}
          ?disabled=${noImage || !this.zoomed}
          @click=${() => this.gestures.zoomBy(1 / ZOOM_STEP)}
        >
          ${icon(ICONS.zoomOut)}
        </button>
        <button type="button" part="button" class="zoom-in" aria-label=${text.zoomIn} ?disabled=${noImage} @click=${() => this.gestures.zoomBy(ZOOM_STEP)}>
          ${icon(ICONS.zoomIn)}
        </button>
        ${this.showmenu
          ? html`<button
              type="button"
              part="button"
              class="more"
              aria-label=${text.moreActions}
              aria-haspopup="dialog"
              ?disabled=${noImage}
              @click=${() => void this.openMenu()}
            >
              ${icon(ICONS.more)}
            </button>`
          : nothing}
        <button type="button" part="button" class="close" aria-label=${text.close} autofocus @click=${() => this.close()}>
          ${icon(ICONS.close)}
        </button>
      </div>
      ${total > 1
        ? html`<button
              type="button"
              part="button"
              class="nav prev"
              aria-label=${text.previous}
              ?disabled=${atStart}
              @click=${() => void this.go(-1)}
            >
              ${icon(ICONS.previous)}
            </button>
            <button
              type="button"
              part="button"
              class="nav next"
              aria-label=${text.next}
              ?disabled=${atEnd}
              @click=${() => void this.go(1)}
            >
              ${icon(ICONS.next)}
            </button>`
        : nothing}
      <p class="toast" part="toast" role="status">${this.toast.text}</p>
    </dialog>`;
  }
}
