import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { languageOfUi, strings } from '../../src/config.js';
import { captureFrame } from '../../src/intake/frame.js';
import { format } from '../../src/i18n.js';
import { DEFAULT_MAX_DURATION } from '../../src/intake/options.js';
import { startRecording, type Recording } from '../../src/intake/recorder.js';
import { WxModalElement } from '../base/modal-element.js';
import { cameraSheetStyles } from './camera-sheet.styles.js';

export interface CameraSheetEventMap {
  /** The person asked for the other camera; whoever owns the stream sets a new `stream`. */
  switch: CustomEvent<void>;
  /** The sheet closed: `detail.photo` is the still or the recorded video, null when cancelled. */
  close: CustomEvent<{ photo: Blob | null }>;
}

const switchIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M3 8h3l2-3h8l2 3h3v11H3z"/><path d="M9 13a3 3 0 0 1 5-2.2M15 13a3 3 0 0 1-5 2.2"/><path d="M14 9v2h-2M10 17v-2h2"/></svg>`;

/** `m:ss` of whole seconds. */
function clock(seconds: number): string {
  const whole = Math.floor(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/**
 * The desktop camera of chooseImage and chooseMedia: a modal sheet with the live preview of a
 * MediaStream, a shutter (`photo`), a record button (`video`: MediaRecorder, the elapsed time in a
 * status region, stopping by itself after `max-duration` seconds), a switch-camera button (when
 * there is more than one camera) and Cancel. It does not open the camera itself;
 * `src/intake/camera.ts` gives it the stream and swaps it on `switch`.
 *
 * @summary A getUserMedia camera sheet: preview, shutter, record, switch camera, cancel.
 * @tagname wx-camera-sheet
 * @event {CustomEvent<void>} switch - The person asked for the other camera.
 * @event {CustomEvent<{ photo: Blob | null }>} close - The sheet closed: `detail.photo` (a JPEG or a video Blob), null when cancelled.
 * @csspart dialog - The sheet.
 * @csspart preview - The live video.
 * @csspart shutter - The shutter button.
 * @csspart record - The record / stop-recording button.
 * @csspart timer - The elapsed recording time (role timer: shown each second, not read out; a status says when recording starts).
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

  /** Offers the shutter (a still). */
  @property({ type: Boolean }) photo = true;

  /** Offers the record button (a video). */
  @property({ type: Boolean }) video = false;

  /** Seconds after which recording stops by itself. */
  @property({ type: Number, attribute: 'max-duration' }) maxDuration = DEFAULT_MAX_DURATION;

  @state() private capturing = false;
  /** Whole seconds recorded so far; undefined when not recording. */
  @state() private elapsed?: number;

  private recording?: Recording;
  private tick?: ReturnType<typeof setInterval>;
  private limit?: ReturnType<typeof setTimeout>;

  @query('video') private preview!: HTMLVideoElement;

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
      this.settle(await captureFrame(this.preview));
    } catch {
      this.settle(null);
    } finally {
      this.capturing = false;
    }
  }

  /** Starts recording (what the record button does when idle). */
  startRecording(): void {
    if (this.recording || !this.pending || !this.stream) return;
    this.recording = startRecording(this.stream);
    const started = performance.now();
    this.elapsed = 0;
    this.tick = setInterval(() => (this.elapsed = Math.min(this.maxDuration, (performance.now() - started) / 1000)), 1000);
    this.limit = setTimeout(() => void this.stopRecording(), this.maxDuration * 1000);
  }

  /** Stops recording and closes with the video (what the record button does while recording). */
  async stopRecording(): Promise<void> {
    const recording = this.recording;
    if (!recording) return;
    this.endTimers();
    this.capturing = true;
    try {
      // The button shows it is stopping before the recorder stops (WebKitGTK's stop blocks a while).
      await this.updateComplete;
      this.settle(await recording.stop());
    } finally {
      this.recording = undefined;
      this.capturing = false;
    }
  }

  private endTimers(): void {
    clearInterval(this.tick);
    clearTimeout(this.limit);
  }

  /** Every way out (Cancel, Esc, removal, a signal) ends a running recording and its timers. */
  protected override settle(value: Blob | null): void {
    this.endTimers();
    if (value === null) {
      this.recording?.discard();
      this.recording = undefined;
    }
    this.elapsed = undefined;
    super.settle(value);
  }

  protected cancelValue(): Blob | null {
    return null;
  }

  protected emitClose(photo: Blob | null): void {
    this.emit('close', { photo });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('stream') && this.preview && this.preview.srcObject !== this.stream) {
      this.preview.srcObject = this.stream;
      void this.preview.play().catch(() => undefined);
    }
  }

  /** A front or unlabelled (desktop) camera is shown mirrored, as people expect of a selfie view; the still is not. */
  private get mirrored(): boolean {
    return this.stream?.getVideoTracks()[0]?.getSettings().facingMode !== 'environment';
  }

  override render() {
    const text = strings();
    const { lang, dir } = languageOfUi();
    const recording = this.elapsed !== undefined;
    return html`<dialog part="dialog" lang=${lang} dir=${dir} aria-labelledby="title">
      <h2 id="title">${text.cameraTitle}</h2>
      <video part="preview" class=${this.mirrored ? 'mirrored' : ''} autoplay muted playsinline aria-hidden="true"></video>
      ${this.video
        ? // The timer is seen, not read out each second (a timer is not a live region); the status
          // says once that recording started and for how long it may run.
          html`<p part="timer" class="timer" role="timer">${recording
              ? format(text.recordingElapsed, { elapsed: clock(this.elapsed ?? 0), max: clock(this.maxDuration) })
              : ''}</p>
            <p class="visually-hidden" role="status">${recording ? format(text.recordingStarted, { max: clock(this.maxDuration) }) : ''}</p>`
        : nothing}
      <div class="controls">
        <button type="button" part="cancel" class="cancel" @click=${() => this.settle(null)}>${text.cancel}</button>
        <div class="actions">
          ${this.photo
            ? html`<button
                type="button"
                part="shutter"
                class="shutter"
                aria-label=${text.shutter}
                ?disabled=${this.capturing || recording}
                @click=${() => this.capture()}
              ></button>`
            : nothing}
          ${this.video
            ? html`<button
                type="button"
                part="record"
                class="record ${recording ? 'recording' : ''}"
                aria-label=${recording ? text.stopRecording : text.recordVideo}
                ?disabled=${this.capturing}
                @click=${() => (recording ? this.stopRecording() : this.startRecording())}
              ></button>`
            : nothing}
        </div>
        ${this.canSwitch && !recording
          ? html`<button type="button" part="switch" class="switch" aria-label=${text.switchCamera} @click=${() => this.emit('switch', undefined)}>
              ${switchIcon}
            </button>`
          : html`<span></span>`}
      </div>
    </dialog>`;
  }
}
