import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { languageOfUi, strings } from '../../src/config.js';
import { format } from '../../src/i18n.js';
import { CropGestures } from '../../src/viewer/crop-gestures.js';
import { clampCrop, cropLayout, cropRegion, MOVE_STEP, ZOOM_STEP, type CropLayout, type Region } from '../../src/viewer/crop-frame.js';
import { IDENTITY, zoomAround, type Size, type Transform } from '../../src/viewer/zoom-pan.js';
import { WxModalElement } from '../base/modal-element.js';
import { cropDialogStyles } from './crop-dialog.styles.js';

export interface CropDialogEventMap {
  /** The cropper closed: `detail.region` is the framed part of the picture (its px), null when cancelled. */
  close: CustomEvent<{ region: Region | null }>;
}

/** How long the zoom must rest before the status region says it (a pinch or wheel says it once). */
const ANNOUNCE_MS = 250;

let ids = 0;

/**
 * The full-screen cropper `wx.cropImage` shows: the picture under a fixed frame of `aspect`,
 * dimmed outside it. Drag (or the arrow keys) moves the picture, pinch, the wheel or +/− zoom it;
 * it can never leave a gap in the frame. Enter or Confirm answers with the framed region, Esc or
 * Cancel with null. A native modal `<dialog>` labelled "Crop image" and described by its help
 * line: focus moves in to the frame, Tab reaches Cancel and Confirm, and returns on close; a
 * status region says the zoom when it settles.
 *
 * @summary The cropper of `wx.cropImage`.
 * @tagname wx-crop-dialog
 * @event {CustomEvent<{ region: Region | null }>} close - The cropper closed: the framed region, or null.
 * @csspart dialog - The full-screen dialog.
 * @csspart stage - The area the picture moves in.
 * @csspart image - The picture (and its quick rendition while a large photo decodes).
 * @csspart preview - The quick screen-sized rendition of a large photo, until the picture has decoded.
 * @csspart frame - The crop frame (focusable: the keys act on it).
 * @csspart help - The line saying how to use the cropper.
 * @csspart cancel - The Cancel button.
 * @csspart confirm - The Confirm button.
 * @cssproperty --wx-crop-background - Behind the picture.
 * @cssproperty --wx-crop-color - Text colour.
 * @cssproperty --wx-crop-shade - Over the picture outside the frame.
 * @cssproperty --wx-crop-focus - Focus ring colour.
 * @cssproperty --wx-crop-confirm-background - The Confirm button's fill.
 */
export class WxCropDialog extends WxModalElement<Region | null, CropDialogEventMap> {
  static override styles = cropDialogStyles;

  /** The picture's URL. */
  @property() src = '';
  /** The upright picture's size, px (the `<img>` shows it upright too). */
  @property({ type: Number }) imageWidth = 1;
  @property({ type: Number }) imageHeight = 1;
  /** The frame's aspect ratio. */
  @property({ attribute: false }) aspect: Size = { width: 1, height: 1 };
  /** A screen-sized rendition shown until the `<img>` has decoded (drawn onto the cropper's own canvas). */
  @property({ attribute: false }) preview?: ImageBitmap;

  /** Whether the `<img>` has decoded (or failed): the rendition is dropped then. */
  @state() private imageSettled = false;

  private markShown!: () => void;
  private markLoaded!: (loaded: boolean) => void;
  /** Settles once the picture is on screen (the rendition, or the image), or the image failed to load. */
  readonly shown: Promise<void> = new Promise((resolve) => (this.markShown = resolve));
  /** Whether the image decoded (false: the browser cannot show it), once it did or failed to. */
  readonly loaded: Promise<boolean> = new Promise((resolve) => (this.markLoaded = resolve));

  /** What the status region says (the zoom once it settles). */
  @state() private announcement = '';

  @query('.stage') private stageElement?: HTMLElement;
  @query('img.image') private imageElement?: HTMLImageElement;
  @query('canvas.image') private previewElement?: HTMLCanvasElement;
  @query('.frame') private frameElement?: HTMLElement;

  /** Full screen: there is no backdrop to tap. */
  protected override backdropCancels = false;

  private readonly idBase = `wx-crop-${++ids}`;
  private transform: Transform = { ...IDENTITY };
  private layout?: CropLayout;
  private resizing?: ResizeObserver;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private readonly gestures = new CropGestures({
    transform: () => this.transform,
    apply: (t) => this.apply(t),
    maxZoom: () => this.layout?.maxZoom ?? 1,
    centre: () => {
      const box = this.stageElement!.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    settled: () => this.announceZoom(),
  });

  private get image(): Size {
    return { width: this.imageWidth, height: this.imageHeight };
  }

  /** The part of the picture in the frame now, px. */
  get region(): Region {
    return cropRegion(this.transform, this.image, this.layout ?? this.measure());
  }

  /** The zoom over the least that covers the frame (1 .. its maximum). */
  get zoom(): number {
    return this.transform.scale;
  }

  /** Answers with the framed region (Confirm, Enter). */
  confirm(): void {
    this.settle(this.region);
  }

  /** Answers with null (Cancel, Esc). */
  cancel(): void {
    this.settle(null);
  }

  /** Moves the picture by (dx, dy) px on screen. */
  moveBy(dx: number, dy: number): void {
    this.apply({ ...this.transform, x: this.transform.x + dx, y: this.transform.y + dy });
  }

  /** Zooms by `factor` around the frame's centre. */
  zoomBy(factor: number): void {
    const scale = Math.min(this.layout?.maxZoom ?? 1, Math.max(1, this.transform.scale * factor));
    this.apply(zoomAround(this.transform, scale, { x: 0, y: 0 }));
    this.announceZoom();
  }

  protected cancelValue(): Region | null {
    return null;
  }

  protected emitClose(region: Region | null): void {
    this.stopWatching();
    this.emit('close', { region });
  }

  protected override showRendered(options = {}): Promise<Region | null> {
    const shown = super.showRendered(options);
    // Open now: the stage has its size. The picture starts centred, covering the frame.
    this.transform = { ...IDENTITY };
    this.relayout();
    this.stopWatching();
    this.resizing = new ResizeObserver(() => this.relayout());
    this.resizing.observe(this.stageElement!);
    this.gestures.attach(this.stageElement!);
    void this.showPicture();
    return shown;
  }

  /**
   * The rendition at once (when there is one), then the image once decoded. The image stays
   * hidden until then: shown undecoded, its decode would hold up the frame that paints the rendition.
   */
  private async showPicture(): Promise<void> {
    const canvas = this.previewElement;
    const preview = this.preview;
    if (canvas && preview) {
      canvas.width = preview.width;
      canvas.height = preview.height;
      canvas.getContext('2d')?.drawImage(preview, 0, 0);
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      // Painted after the next frame; soon anyway where frames do not run (a hidden tab).
      await Promise.race([frame().then(frame), new Promise((resolve) => setTimeout(resolve, 100))]);
      this.markShown();
    }
    const img = this.imageElement!;
    await img
      .decode()
      .then(
        () => true,
        // decode() can reject for images the browser still shows (very large ones); trust the pixels.
        () => img.complete && img.naturalWidth > 0,
      )
      .then((loaded) => {
        this.imageSettled = true;
        this.markShown();
        this.markLoaded(loaded);
      });
  }

  private stopWatching(): void {
    this.resizing?.disconnect();
    this.resizing = undefined;
    this.gestures.detach();
    clearTimeout(this.announceTimer);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching();
  }

  private measure(): CropLayout {
    const box = this.stageElement?.getBoundingClientRect();
    const viewport = { width: box?.width || innerWidth, height: box?.height || innerHeight };
    return cropLayout(this.image, viewport, this.aspect);
  }

  /** Fits the frame to the stage again (opened, resized), keeping the same part of the picture framed. */
  private relayout(): void {
    const before = this.layout;
    this.layout = this.measure();
    const ratio = before ? this.layout.cover / before.cover : 1;
    this.apply({ scale: this.transform.scale, x: this.transform.x * ratio, y: this.transform.y * ratio });
  }

  /** Keeps `t` in bounds and paints it straight on the DOM (no re-render per pointer move). */
  private apply(t: Transform): void {
    const layout = this.layout ?? (this.layout = this.measure());
    this.transform = clampCrop(t, this.image, layout);
    const frame = this.frameElement;
    if (frame) {
      frame.style.width = `${layout.frame.width}px`;
      frame.style.height = `${layout.frame.height}px`;
    }
    const { scale, x, y } = this.transform;
    for (const picture of [this.previewElement, this.imageElement]) {
      if (!picture) continue;
      picture.style.width = `${this.imageWidth * layout.cover}px`;
      picture.style.height = `${this.imageHeight * layout.cover}px`;
      picture.style.transform = `translate(-50%, -50%) translate3d(${x}px, ${y}px, 0) scale(${scale})`;
    }
  }

  private announceZoom(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = format(strings().cropZoom, { percent: Math.round(this.transform.scale * 100) });
    }, ANNOUNCE_MS);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const step = event.shiftKey ? MOVE_STEP * 5 : MOVE_STEP;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[event.key];
    if (move) this.moveBy(...move);
    else if (event.key === '+' || event.key === '=') this.zoomBy(ZOOM_STEP);
    else if (event.key === '-' || event.key === '_' || event.key === '−') this.zoomBy(1 / ZOOM_STEP);
    // Enter on a button is that button's; anywhere else it confirms.
    else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) this.confirm();
    else return;
    event.preventDefault();
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('imageWidth') || changed.has('imageHeight') || changed.has('aspect')) {
      this.layout = undefined;
      if (this.dialog?.open) this.relayout();
    }
  }

  override render() {
    const text = strings();
    const { lang, dir } = languageOfUi();
    return html`<dialog
      part="dialog"
      lang=${lang}
      dir=${dir}
      aria-label=${text.cropTitle}
      aria-describedby="${this.idBase}-help"
      @keydown=${this.onKeyDown}
    >
      <div class="stage" part="stage">
        ${this.preview && !this.imageSettled ? html`<canvas class="image" part="image preview" aria-hidden="true"></canvas>` : nothing}
        <img class="image ${this.preview && !this.imageSettled ? 'pending' : ''}" part="image" src=${this.src} alt="" draggable="false" />
        <div
          class="frame"
          part="frame"
          tabindex="0"
          role="group"
          aria-label=${text.cropFrame}
          aria-describedby="${this.idBase}-help"
          autofocus
        ></div>
      </div>
      <p class="help" part="help" id="${this.idBase}-help">${text.cropHelp}</p>
      <p class="status visually-hidden" role="status">${this.announcement}</p>
      <div class="actions">
        <button type="button" part="cancel" @click=${() => this.cancel()}>${text.cancel}</button>
        <button type="button" part="confirm" class="confirm" @click=${() => this.confirm()}>${text.confirm}</button>
      </div>
    </dialog>`;
  }
}
