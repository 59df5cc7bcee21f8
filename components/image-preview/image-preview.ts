import type { PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { WxModalElement } from '../base/modal-element.js';
import type { ContractEventMap } from '../base/wx-element.js';
import type { PreviewRequest, PreviewViewer, SlideKind } from '../../src/ui/ports.js';
import type { PreviewImageSuccess, PreviewMediaSource } from '../../src/viewer/preview-options.js';
import { previewImageIn, previewMediaIn } from '../../src/viewer/preview-request.js';
import type { PreviewReferrerPolicy } from '../../src/viewer/preview-sources.js';
import { ApiError } from '../../src/contract/errors.js';
import { loadPart } from '../../src/contract/lazy.js';
import type { ApiResult, FailResult } from '../../src/contract/types.js';
import type { GestureController } from '../../src/viewer/gestures.js';
import { HistoryEntry } from '../../src/viewer/history-entry.js';
import { lockPageScroll } from '../../src/viewer/scroll-lock.js';
import { imagePreviewStyles } from './image-preview.styles.js';
import { handleViewerKey } from './keyboard.js';
import { PreviewMenu } from './preview-menu.js';
import { ToastController } from './preview-toast.js';
import { SlideLoader, nextFrame } from './slide-loader.js';
import { PreviewStage } from './stage.js';
import { ownedByVideo } from './video-input.js';
import { GAP, ZOOM_STEP, showmenuConverter, viewerView } from './viewer-view.js';

export interface ImagePreviewEventMap extends ContractEventMap<PreviewImageSuccess & ApiResult> {
  /** Another image became the current one. */
  change: CustomEvent<{ index: number; url: string }>;
  /** The viewer closed (Close, Esc, Back, a tap, a swipe down, or `close()`). */
  close: CustomEvent<{ index: number }>;
  /** The menu's Save Image finished: the `saveImageToPhotosAlbum` result, ok or fail. */
  save: CustomEvent<ApiResult>;
}

/**
 * A full-screen image viewer: swipe, pinch, double-tap, wheel and keyboard; Back closes it; long
 * press or right click opens Save Image / Share. It is the one viewer of the kit:
 * `wx.previewImage` shows its images in (one shared) `<wx-image-preview>`, and the element's
 * `show()` goes through the same `previewImage` contract. `wx.previewMedia` shows images and
 * videos in it (video-slide.ts: native controls, paused when not on screen; video-input.ts).
 *
 * A native modal `<dialog>`: focus moves in, stays in, and returns on close; the page behind is
 * inert and does not scroll.
 *
 * @tagname wx-image-preview
 * @summary The previewImage viewer.
 * @event {CustomEvent<PreviewImageSuccess & ApiResult>} success - `show()` or the `open` attribute opened the viewer and the first image is on screen: `{ errMsg: 'previewImage:ok' }` (`previewMedia:ok` with `sources`).
 * @event {CustomEvent<FailResult>} fail - It could not open (e.g. `urls` empty): `{ errMsg: 'previewImage:fail …' }`.
 * @event {CustomEvent<(PreviewImageSuccess & ApiResult) | FailResult>} complete - After success or fail, with the same object.
 * @event {CustomEvent<{ index: number; url: string }>} change - Another image became current: `detail: { index, url }`.
 * @event {CustomEvent<{ index: number }>} close - The viewer closed: `detail: { index }` of the image shown last.
 * @event {CustomEvent<ApiResult>} save - The menu's Save Image finished: the saveImageToPhotosAlbum result (ok or fail).
 * @csspart dialog - The full-screen dialog.
 * @csspart stage - The area that takes the gestures.
 * @csspart image - Each image.
 * @csspart video - Each video (previewMedia): a native `<video controls>`.
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
export class WxImagePreview extends WxModalElement<void, ImagePreviewEventMap> implements PreviewViewer {
  static override styles = imagePreviewStyles;

  /** The images (same kinds as `wx.previewImage`'s urls). */
  @property({ attribute: false }) urls: string[] = [];

  /** Images and videos, as `wx.previewMedia`'s sources; when set, `show()` goes through previewMedia and `urls` is not used. */
  @property({ attribute: false }) sources: PreviewMediaSource[] = [];

  /** The image shown first: one of `urls` or its index (with `sources`, an index); anything else shows the first. */
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

  /** What each url is and each video's poster: set by previewMedia's requests (previewImage: all images). */
  private kinds: readonly SlideKind[] = [];
  private posters: readonly string[] = [];

  @query('.stage') private stageElement?: HTMLElement;
  @query('.track') private trackElement?: HTMLElement;

  /** The dialog is the whole screen: there is no backdrop to tap (a tap on the image closes). */
  protected override backdropCancels = false;
  /** It opens on a click (after the release) or from code, never under a held press. */
  protected override guardsOpeningPress = false;

  /** Whether the viewer is showing (set before `open` reflects it, so `updated` does not loop). */
  private showing = false;
  /** The images near the current one: at most current ± 1 are kept decoded. */
  private readonly slides: SlideLoader = new SlideLoader({
    urls: () => this.urls,
    kind: (index) => this.kinds[index] ?? 'image',
    poster: (index) => this.posters[index] ?? '',
    index: () => this.index,
    referrerPolicy: () => this.referrerPolicy,
    showing: () => this.showing,
    viewportSize: () => this.stage.viewportSize(),
    requestUpdate: () => this.requestUpdate(),
  });
  private readonly stage: PreviewStage = new PreviewStage({
    stage: () => this.stageElement,
    track: () => this.trackElement,
    dialog: () => this.dialog,
    shownImage: () => this.slides.shown(this.index),
    fullImage: () => this.slides.get(this.index)?.img,
    shownVideo: () => this.slides.get(this.index)?.video?.element,
    zoomChanged: (zoomed) => (this.zoomed = zoomed),
  });
  /**
   * Drag, swipe, pinch, wheel and long press: their code (the viewer's largest part) loads with
   * the first opening, beside the first image, so a page that never opens the viewer never loads it.
   */
  private gestures?: GestureController;
  private gesturesLoading?: Promise<void>;
  private readonly history = new HistoryEntry();
  private readonly menu = new PreviewMenu({
    referrerPolicy: () => this.referrerPolicy,
    showing: () => this.showing,
    saved: (result) => this.emit('save', result),
    toast: (text) => this.toast.show(text),
  });
  private readonly toast = new ToastController(this);
  private releaseScroll?: () => void;
  /** The control that had focus before a render (see `updated`). */
  private focusedBefore: Element | null = null;

  constructor() {
    super();
    // History lets go when the element leaves the page; so do the gestures, once loaded.
    this.addController(this.history);
  }

  /**
   * Opens the viewer through the `previewImage` contract (`previewMedia` when `sources` is set);
   * resolves after `complete`.
   */
  override show(): Promise<void> {
    return new Promise((resolve) => {
      const relay = this.relay<PreviewImageSuccess & ApiResult>({ fail: () => !this.showing && (this.open = false) });
      const common = {
        showmenu: this.showmenu,
        referrerPolicy: this.referrerPolicy,
        success: relay.success,
        fail: relay.fail,
        complete: (result: ApiResult | FailResult) => {
          relay.complete(result);
          resolve();
        },
      };
      if (this.sources.length) {
        // previewMedia's current is an index: the attribute's text is read as one.
        const current = this.current === undefined || this.current === '' ? undefined : Number(this.current);
        previewMediaIn(() => this)({ sources: this.sources, current, ...common });
      } else previewImageIn(() => this)({ urls: this.urls, current: this.current ?? undefined, alts: this.alts, ...common });
    });
  }

  private loadGestures(): Promise<void> {
    this.gesturesLoading ??= loadPart("the viewer's gestures", () => import('../../src/viewer/gestures.js')).then(({ GestureController }) => {
      this.gestures = new GestureController(
        {
          surface: () => this.stageElement,
          viewport: () => this.stage.viewportSize(),
          content: () => this.stage.contentSize(),
          maxScale: () => this.stage.maxScale(),
          canNavigate: (step) => this.index + step >= 0 && this.index + step < this.urls.length,
          paint: (state, duration) => this.stage.paint(state, duration),
          navigate: (step, carry) => void this.go(step, carry),
          close: () => this.close(),
          longPress: () => void this.openMenu(),
          // A video's controls keep their own clicks and drags.
          ownedElsewhere: ownedByVideo,
        },
        { gap: GAP, reducedMotion: () => matchMedia('(prefers-reduced-motion: reduce)').matches },
      );
      // Listens on the stage from the next render on (hostUpdated), lets go on disconnection.
      this.addController(this.gestures);
      this.requestUpdate();
    }).catch((error: unknown) => {
      // A chunk that did not load (LazyPartError): this opening fails (present); the next one tries again.
      this.gesturesLoading = undefined;
      throw error;
    });
    return this.gesturesLoading;
  }

  /** Closes the viewer (and goes back over the history entry it pushed). */
  close(): void {
    this.finish('other');
  }

  /**
   * Shows a checked request (what `previewImage` and `previewMedia` call). Resolves once the
   * dialog is open and the first slide — an image, a video with its metadata, or the error tile —
   * is on screen.
   */
  async present(request: PreviewRequest): Promise<void> {
    if (!this.isConnected) throw new ApiError('viewer is not in the document');
    const kinds = request.kinds ?? [];
    const posters = request.posters ?? [];
    const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, i) => value === b[i]);
    const sameList = same(request.urls, this.urls) && same(kinds, this.kinds) && same(posters, this.posters);
    if (!sameList) this.slides.drop(() => true);
    this.kinds = kinds;
    this.posters = posters;
    this.urls = request.urls;
    this.showmenu = request.showmenu;
    this.referrerPolicy = request.referrerPolicy;
    this.alts = request.alts;
    const changed = this.index !== request.index;
    this.position = request.index;
    if (changed) this.slides.drop((i) => Math.abs(i - this.index) > 1);
    const first = this.slides.load(this.index, true);
    const gesturesReady = this.loadGestures();
    this.showing = true;
    this.open = true;
    await this.updateComplete;
    let pushed: Promise<void> | undefined;
    if (!this.pending) {
      try {
        // The answer is the close event; present() resolves as soon as the first image shows.
        void this.showRendered();
      } catch (error) {
        this.showing = false;
        this.open = false;
        throw new ApiError(`cannot open the viewer: ${error instanceof Error ? error.message : String(error)}`);
      }
      this.releaseScroll = lockPageScroll();
      window.addEventListener('resize', this.onResize);
      pushed = this.history.push(() => this.finish('history'));
    }
    await gesturesReady.catch((error: unknown) => {
      this.close();
      throw error;
    });
    this.gestures?.reset();
    // Back must close the viewer as soon as the caller hears it is open.
    await pushed;
    await first.shown;
    await this.updateComplete;
    await nextFrame();
    if (this.showing) this.slides.keepNeighbours();
  }

  /** Moves by `step` slides; `carry` is where a swipe left the strip, so the move continues from there. */
  async go(step: -1 | 1, carry = 0): Promise<void> {
    const target = this.index + step;
    if (!this.showing || target < 0 || target >= this.urls.length) return;
    await this.goTo(target, carry, step);
  }

  /** Shows the image at `index`. */
  async goTo(index: number, carry = 0, step: -1 | 1 = index > this.index ? 1 : -1): Promise<void> {
    if (!this.showing || index === this.index || index < 0 || index >= this.urls.length) return;
    const leaving = this.slides.shown(this.index);
    if (leaving) leaving.style.transform = '';
    this.position = index;
    this.slides.keepNeighbours();
    this.emit('change', { index, url: this.urls[index] });
    await this.updateComplete;
    this.gestures?.slideIn(step, carry);
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

  // ----- closing: every way out (Esc and removal come through the modal base's settle) ---------

  protected cancelValue(): void {}

  protected emitClose(): void {
    this.emit('close', { index: this.index });
  }

  protected override settle(): void {
    this.finish('other');
  }

  /** Closes everything once; `history` means Back already left the entry, so no going back. */
  private finish(reason: 'history' | 'other'): void {
    if (!this.showing) return;
    this.showing = false;
    this.menu.close();
    this.gestures?.cancel();
    window.removeEventListener('resize', this.onResize);
    if (reason !== 'history') this.history.release();
    this.releaseScroll?.();
    this.releaseScroll = undefined;
    this.toast.clear();
    this.slides.drop(() => true);
    this.zoomed = false;
    this.open = false;
    // Closes the dialog (which gives focus back to where it was) and emits `close`.
    super.settle();
  }

  private readonly onResize = (): void => {
    this.gestures?.reset();
  };

  private readonly onDialogClose = (): void => {
    // The close event comes a task later: a viewer reopened meanwhile is open again, and stays.
    if (this.dialog?.open) return;
    this.finish('other');
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    // Keys sent to a focused video are its own (Space plays, the arrows seek); Esc still closes.
    if (ownedByVideo(event)) return;
    handleViewerKey(event, {
      count: this.urls.length,
      go: (step) => void this.go(step),
      goTo: (index) => void this.goTo(index),
      zoomIn: () => this.gestures?.zoomBy(ZOOM_STEP),
      zoomOut: () => this.gestures?.zoomBy(1 / ZOOM_STEP),
      resetZoom: () => this.gestures?.resetZoom(),
      openMenu: () => void this.openMenu(),
    });
  };

  private readonly onContextMenu = (event: Event): void => {
    // On a video, with showmenu, the browser's own video menu (Save Video As, Loop…): the
    // viewer's menu saves images only. Elsewhere our menu or none.
    if (ownedByVideo(event) && this.showmenu) return;
    event.preventDefault();
    void this.openMenu();
  };

  /** Save Image / Share for the current image (when `showmenu` and the image is on screen). */
  private async openMenu(): Promise<void> {
    if (!this.showing || !this.showmenu || !this.slides.shown(this.index)) return;
    await this.menu.show(this.urls[this.index]);
  }

  // ----- render -------------------------------------------------------------------------------

  override render() {
    return viewerView({
      showing: this.showing,
      urls: this.urls,
      index: this.index,
      kinds: this.kinds,
      alts: this.alts,
      zoomed: this.zoomed,
      showmenu: this.showmenu,
      slides: this.slides,
      toast: this.toast.text,
      onDialogClose: this.onDialogClose,
      onKeyDown: this.onKeyDown,
      onContextMenu: this.onContextMenu,
      zoomBy: (factor) => this.gestures?.zoomBy(factor),
      openMenu: () => void this.openMenu(),
      close: () => this.close(),
      go: (step) => void this.go(step),
    });
  }
}
