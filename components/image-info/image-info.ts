import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getImageInfo, type GetImageInfoSuccess } from '../../src/apis/get-image-info.js';
import { languageOfUi, strings } from '../../src/config.js';
import type { ApiResult, FailResult } from '../../src/contract/types.js';
import { isTempPath, releaseTempFile } from '../../src/files/temp-store.js';
import { loadViewerPartsWhenIdle } from '../../src/viewer/viewer-parts.js';
import { WxElement, type ContractEventMap } from '../base/wx-element.js';
import { imageInfoStyles } from './image-info.styles.js';

/** What `success` carries and `info` holds: exactly getImageInfo's success result. */
export type ImageInfoResult = GetImageInfoSuccess & ApiResult;

export type ImageInfoEventMap = ContractEventMap<ImageInfoResult>;

/**
 * Above this many pixels the card shows no thumbnail: the browser would decode the whole image
 * (a 20000×20000 PNG is 1.6 GB of pixels) to draw a 96px preview.
 */
const THUMBNAIL_MAX_PIXELS = 50_000_000;

/**
 * Runs `getImageInfo` for its `src` and shows the answer as a compact card: an upright thumbnail
 * (the browser applies the EXIF orientation to it), the stored `width × height`, the type and the
 * orientation. When `src` changes while a call is running, only the last call's answer is shown
 * and emitted.
 *
 * @tagname wx-image-info
 * @summary The stored size, orientation and type of an image, as `wx.getImageInfo` reads them.
 * @event {CustomEvent<ImageInfoResult>} success - `detail` is getImageInfo's success result (also in `info`).
 * @event {CustomEvent<FailResult>} fail - `detail` is `{ errMsg: 'getImageInfo:fail …' }` (also in `error`).
 * @event {CustomEvent<ImageInfoResult | FailResult>} complete - After `success` or `fail`, with the same `detail`.
 * @csspart card - The card around everything.
 * @csspart thumbnail - The upright preview image.
 * @csspart placeholder - Where the thumbnail would be when the browser cannot show the image.
 * @csspart details - The list of facts.
 * @csspart size - The `width × height` value.
 * @csspart type - The type value.
 * @csspart orientation - The orientation value.
 * @csspart message - The loading or failure line.
 * @cssproperty --wx-info-background - Card background.
 * @cssproperty --wx-info-color - Text colour.
 * @cssproperty --wx-info-muted - Colour of the labels.
 * @cssproperty --wx-info-border - Card border.
 * @cssproperty --wx-info-radius - Card corner radius.
 * @cssproperty --wx-info-thumbnail-size - Edge of the thumbnail box.
 * @cssproperty --wx-info-danger - Colour of the failure line.
 */
export class WxImageInfo extends WxElement<ImageInfoEventMap> {
  static override styles = imageInfoStyles;

  /** The image, as getImageInfo's `src` takes it. */
  @property() src = '';

  /** Runs the API and emits its events but renders nothing. */
  @property({ type: Boolean, reflect: true }) headless = false;

  /** The thumbnail's text alternative; empty means decorative (the card's text describes it). */
  @property() alt = '';

  /** The success result of the last call, or null while loading, after a failure, or without `src`. */
  @property({ attribute: false }) info: ImageInfoResult | null = null;

  /** The fail result of the last call, or null. */
  @property({ attribute: false }) error: FailResult | null = null;

  /** Whether a call for the current `src` is running. */
  @property({ attribute: false }) loading = false;

  @state() private thumbnailFailed = false;

  /** Each call's number; an answer for an older one is dropped. */
  private generation = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    // An image described on the page is often opened in the viewer next: its parts load while the page idles.
    loadViewerPartsWhenIdle();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.load();
  }

  private load(): void {
    const generation = ++this.generation;
    this.info = null;
    this.error = null;
    this.thumbnailFailed = false;
    this.loading = Boolean(this.src);
    if (!this.src) return;
    const src = this.src;
    const current = () => generation === this.generation;
    getImageInfo({
      src,
      success: (result) => {
        if (!current()) {
          // Nobody will see this answer: give back the temp path it made for a download.
          if (result.path !== src && isTempPath(result.path)) releaseTempFile(result.path);
          return;
        }
        this.info = result;
        this.loading = false;
        this.emit('success', result);
      },
      fail: (result: FailResult) => {
        if (!current()) return;
        this.error = result;
        this.loading = false;
        this.emit('fail', result);
      },
      complete: (result: ImageInfoResult | FailResult) => {
        if (current()) this.emit('complete', result);
      },
    });
  }

  private renderThumbnail(info: ImageInfoResult) {
    const viewable = info.type !== 'unknown' && info.width * info.height <= THUMBNAIL_MAX_PIXELS;
    if (!viewable || this.thumbnailFailed) return html`<div part="placeholder" class="thumbnail" aria-hidden="true"></div>`;
    return html`<img
      part="thumbnail"
      class="thumbnail"
      src=${info.path}
      alt=${this.alt}
      decoding="async"
      @error=${() => (this.thumbnailFailed = true)}
    />`;
  }

  override render() {
    if (this.headless || !this.src) return nothing;
    const text = strings();
    const { lang, dir } = languageOfUi();
    if (this.loading) return html`<div part="card" class="card" aria-busy="true" lang=${lang} dir=${dir}><p part="message" class="message">${text.loading}</p></div>`;
    if (this.error) {
      return html`<div part="card" class="card failed" role="alert" lang=${lang} dir=${dir}><p part="message" class="message">${text.imageLoadError}<br /><small>${this.error.errMsg}</small></p></div>`;
    }
    const info = this.info;
    if (!info) return nothing;
    return html`<figure part="card" class="card" lang=${lang} dir=${dir}>
      ${this.renderThumbnail(info)}
      <figcaption>
        <dl part="details">
          <div><dt>${text.size}</dt><dd part="size">${info.width} × ${info.height}</dd></div>
          <div><dt>${text.type}</dt><dd part="type">${info.type}</dd></div>
          <div><dt>${text.orientation}</dt><dd part="orientation">${info.orientation}</dd></div>
        </dl>
      </figcaption>
    </figure>`;
  }
}
