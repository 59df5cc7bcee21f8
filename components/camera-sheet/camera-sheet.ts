import { html, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { languageOfUi, strings } from '../../src/config.js';
import { captureFrame } from '../../src/intake/frame.js';
import { WxModalElement } from '../base/modal-element.js';
import { cameraSheetStyles } from './camera-sheet.styles.js';

export interface CameraSheetEventMap {
  /** The person asked for the other camera; whoever owns the stream sets a new `stream`. */
  switch: CustomEvent<void>;
  /** The sheet closed: `detail.photo` is the still, null when cancelled. */
  close: CustomEvent<{ photo: Blob | null }>;
}

const switchIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M3 8h3l2-3h8l2 3h3v11H3z"/><path d="M9 13a3 3 0 0 1 5-2.2M15 13a3 3 0 0 1-5 2.2"/><path d="M14 9v2h-2M10 17v-2h2"/></svg>`;

/**
 * The desktop camera of chooseImage: a modal sheet with the live preview of a MediaStream, a
 * shutter, a switch-camera button (when there is more than one camera) and Cancel. It does not
 * open the camera itself; `src/intake/camera.ts` gives it the stream and swaps it on `switch`.
 *
 * @summary A getUserMedia camera sheet: preview, shutter, switch camera, cancel.
 * @tagname wx-camera-sheet
 * @event {CustomEvent<void>} switch - The person asked for the other camera.
 * @event {CustomEvent<{ photo: Blob | null }>} close - The sheet closed: `detail.photo` (a JPEG Blob), null when cancelled.
 * @csspart dialog - The sheet.
 * @csspart preview - The live video.
 * @csspart shutter - The shutter button.
 * @csspart switch - The switch-camera button.
 * @csspart cancel - The Cancel button.
 * @cssproperty --wx-camera-background - Behind the preview and controls.
 * @cssproperty --wx-camera-color - Text and icon colour.
 * @cssproperty --wx-camera-focus - Focus ring colour.
 */
export class WxCameraSheet extends WxModalElement<Blob | null, CameraSheetEventMap> {
  static override styles = cameraSheetStyles;

  /** The camera's live stream, shown in the preview. */
  @property({ attribute: false }) stream: MediaStream | null = null;

  /** Shows the switch-camera button. */
  @property({ type: Boolean, attribute: 'can-switch' }) canSwitch = false;

  @state() private capturing = false;

  @query('video') private video!: HTMLVideoElement;

  // A stray tap beside the viewfinder should not throw the camera away; Cancel and Esc do.
  protected override backdropCancels = false;

  /** Closes the sheet as cancelled. */
  cancel(): void {
    this.settle(null);
  }

  /** Takes the still now (what the shutter does). */
  async capture(): Promise<void> {
    if (this.capturing || !this.pending) return;
    this.capturing = true;
    try {
      this.settle(await captureFrame(this.video));
    } catch {
      this.settle(null);
    } finally {
      this.capturing = false;
    }
  }

  protected cancelValue(): Blob | null {
    return null;
  }

  protected emitClose(photo: Blob | null): void {
    this.emit('close', { photo });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('stream') && this.video && this.video.srcObject !== this.stream) {
      this.video.srcObject = this.stream;
      void this.video.play().catch(() => undefined);
    }
  }

  /** A front or unlabelled (desktop) camera is shown mirrored, as people expect of a selfie view; the still is not. */
  private get mirrored(): boolean {
    return this.stream?.getVideoTracks()[0]?.getSettings().facingMode !== 'environment';
  }

  override render() {
    const text = strings();
    const { lang, dir } = languageOfUi();
    return html`<dialog part="dialog" lang=${lang} dir=${dir} aria-labelledby="title">
      <h2 id="title">${text.cameraTitle}</h2>
      <video part="preview" class=${this.mirrored ? 'mirrored' : ''} autoplay muted playsinline aria-hidden="true"></video>
      <div class="controls">
        <button type="button" part="cancel" class="cancel" @click=${() => this.settle(null)}>${text.cancel}</button>
        <button
          type="button"
          part="shutter"
          class="shutter"
          aria-label=${text.shutter}
          ?disabled=${this.capturing}
          @click=${() => this.capture()}
        ></button>
        ${this.canSwitch
          ? html`<button type="button" part="switch" class="switch" aria-label=${text.switchCamera} @click=${() => this.emit('switch', undefined)}>
              ${switchIcon}
            </button>`
          : html`<span></span>`}
      </div>
    </dialog>`;
  }
}
