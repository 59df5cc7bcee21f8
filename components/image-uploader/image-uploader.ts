import { type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { chooseImage, chooseImageFromFiles, type ChooseImageSuccess } from '../../src/apis/choose-image.js';
import { cropImage, type CropScale } from '../../src/apis/crop-image.js';
import { previewImage } from '../../src/apis/preview-image.js';
import { uploaderStrings } from '../../src/i18n-uploader.js';
import { releaseTempFile } from '../../src/files/temp-store.js';
import { format } from '../../src/i18n.js';
import { parseList, type SourceType } from '../../src/intake/options.js';
import { bytesToSend, landed, UploadSlots, type UploadResult } from '../../src/upload/photo-upload.js';
import { failReason } from '../image-chooser/chooser-status.js';
import { WxFormElement } from '../base/form-element.js';
import { DragReorder } from './drag-reorder.js';
import { FileDrop } from './file-drop.js';
import { thumbnailCanvas } from './thumbnail-canvas.js';
import { formValue, validityOf } from './uploader-form.js';
import { imageUploaderStyles } from './image-uploader.styles.js';
import { byteSize, itemInfo, moved, parseValue, type ItemStateUpdate, type UploaderItem, type UploaderItemInfo } from './uploader-items.js';
import { renderUploader, THUMBNAIL_CSS_PX } from './uploader-view.js';

export type { ItemStateUpdate, UploaderItemInfo, UploadState } from './uploader-items.js';

/** An item's event: where it is and what it is. */
export type UploaderItemDetail = UploaderItemInfo & { index: number };
/** `success` / `fail` / `complete`: the uploadFile result (`data`, `statusCode`, `errMsg`), with the photo's temp path and place. */
export type UploaderUploadDetail = UploadResult & { filePath: string; index: number };

export interface ImageUploaderEventMap {
  success: CustomEvent<UploaderUploadDetail>;
  fail: CustomEvent<UploaderUploadDetail>;
  complete: CustomEvent<UploaderUploadDetail>;
  upload: CustomEvent<UploaderItemDetail>;
  delete: CustomEvent<UploaderItemDetail>;
  change: Event;
}

/**
 * The upload screen of a Mini App page as one form control: a grid of chosen photos (small
 * thumbnails, upright), an add tile that opens the chooser until `count` photos are there, the
 * viewer on tap, a × per photo, reorder by drag or Alt+Arrow keys, and each new photo sent with
 * `wx.uploadFile` to `upload-url` (compressed first when `size-type` says so, three at a time),
 * with its progress, a Retry when it fails, and the server's answers submitted with the form.
 *
 * @tagname wx-image-uploader
 * @summary Chooses, shows, reorders and uploads photos (wx.chooseImage + wx.uploadFile), as a form control.
 * @event {CustomEvent<UploaderUploadDetail>} success - A photo was uploaded (a 2xx answer): uploadFile's result, `filePath`, `index`.
 * @event {CustomEvent<UploaderUploadDetail>} fail - A photo's upload failed (uploadFile failed, or the server answered outside 2xx); it stays, with Retry.
 * @event {CustomEvent<UploaderUploadDetail>} complete - After each success or fail.
 * @event {CustomEvent<UploaderItemDetail>} upload - A new photo is about to be sent; cancel it to upload it yourself and report with `setItemState`.
 * @event {CustomEvent<UploaderItemDetail>} delete - A photo is about to be deleted (× or the Delete key); cancel it to keep it.
 * @event {Event} change - Photos were added, deleted or moved, or the form was reset.
 * @csspart grid - The list of photos and the add tile.
 * @csspart item - One photo's tile.
 * @csspart thumbnail - The photo's button (opens the viewer).
 * @csspart delete - The × button.
 * @csspart progress - The upload progress bar.
 * @csspart retry - The Retry button of a failed upload.
 * @csspart add - The add tile.
 * @csspart error - Why photos were not added (an alert region).
 * @cssproperty --wx-uploader-tile - The tile size (default 88px).
 * @cssproperty --wx-uploader-accent - Add tile, progress and focus colour.
 * @cssproperty --wx-uploader-danger - Colour of failures.
 * @cssproperty --wx-uploader-radius - Tile corner radius.
 */
export class WxImageUploader extends WxFormElement<ImageUploaderEventMap> {
  static override styles = imageUploaderStyles;

  /** At most this many photos in the grid (the add tile hides at it). */
  @property({ type: Number }) count = 9;
  /** `compressed` compresses each photo before it is sent (as chooseImage does); `original` sends it as chosen. */
  @property({ attribute: 'size-type' }) sizeType: string | readonly string[] = 'original compressed';
  /** `album` and/or `camera`, as on the chooser. */
  @property({ attribute: 'source-type' }) sourceType: string | readonly SourceType[] = 'album camera';
  /** Crop each new photo to this aspect (`1:1`, `4:3`…) before it is added; a cancelled crop leaves it out. */
  @property({ attribute: 'crop-scale' }) cropScale: CropScale | '' = '';
  /** Photos larger than this many bytes (as chosen) are not added, and the person is told why. 0: no limit. */
  @property({ type: Number, attribute: 'max-size' }) maxSize = 0;
  /** Where each new photo is sent with wx.uploadFile; empty: nothing is sent (the form submits the files). */
  @property({ attribute: 'upload-url' }) uploadUrl = '';
  /** The multipart field the file is sent under. */
  @property({ attribute: 'upload-name' }) uploadName = 'file';
  /** uploadFile's `timeout` in ms; 0: its default. */
  @property({ type: Number, attribute: 'upload-timeout' }) uploadTimeout = 0;
  /** uploadFile's `header` and `formData`. */
  @property({ attribute: false }) uploadHeader?: Record<string, string>;
  @property({ attribute: false }) uploadFormData?: Record<string, string>;
  /** What the form submits for an uploaded photo; default: the response text (`res.data`). */
  @property({ attribute: false }) responseValue?: (result: UploadResult) => string;
  /** The form field name. */
  @property() name = '';
  @property({ type: Boolean, reflect: true }) required = false;
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Set while the chooser or the cropper is open. */
  @property({ type: Boolean, reflect: true }) busy = false;

  /** @internal The photos as the view draws them (`photos` is the public view). */
  @state() items: UploaderItem[] = [];
  /** @internal The live region's words (moves, deletes). */
  @state() announcement = '';
  /** @internal Why chosen photos were not added (max-size). */
  @state() refusal = '';
  /** @internal Where a dragged photo would land. */
  @state() drag?: { from: number; over: number };
  @state() private formDisabled = false;

  private nextKey = 1;
  /** Photos dropped onto the grid or pasted into it take the add tile's path. */
  protected readonly fileDrop = new FileDrop(this, () => this.inactive || this.full, (files) => void this.addFiles(files));
  private readonly slots = new UploadSlots();
  /** @internal */ readonly dragReorder = new DragReorder({
    tiles: () => [...this.renderRoot.querySelectorAll<HTMLElement>('[part~=item]')],
    showDrag: (from, over) => (this.drag = from === undefined || over === undefined ? undefined : { from, over }),
    move: (from, to) => this.moveItem(from, to),
  });


  /** Every photo, in grid order. */
  get photos(): UploaderItemInfo[] {
    return this.items.map(itemInfo);
  }

  /** What the form submits: the value of every uploaded photo, in grid order. Set it to URLs to show photos already on the server. */
  get value(): string[] {
    return this.items.flatMap((item) => (item.state === 'done' && item.value !== undefined ? [item.value] : []));
  }
  set value(urls: string | readonly string[]) {
    this.clear();
    this.items = parseValue(urls).map((url) => this.newItem(url, { state: 'done', value: url, owned: false }));
    for (const item of this.items) void this.drawThumbnail(item);
  }


  get inactive(): boolean {
    return this.disabled || this.formDisabled;
  }
  get full(): boolean {
    return this.items.length >= this.limit;
  }

  private get compresses(): boolean {
    return parseList(this.sizeType).includes('compressed');
  }
  private get limit(): number {
    return Math.trunc(Number(this.count)) > 0 ? Math.trunc(Number(this.count)) : 9;
  }

  /** Opens the chooser (what the add tile does), then adds the photos chosen. */
  choose(): Promise<void> {
    const sourceType = parseList(this.sourceType) as SourceType[];
    return this.intake((count) => chooseImage({ count, sizeType: ['original'], sourceType }));
  }

  /** Adds files in hand (what a drop or a paste does) through chooseImage's intake: checked by their bytes, cut to what fits. */
  addFiles(files: File[]): Promise<void> {
    return this.intake((count) => chooseImageFromFiles({ files, count, sizeType: ['original'] }));
  }

  /** One intake: the photos chosen (originals: compression runs per photo, beside the uploads), within max-size, cropped, added. */
  private async intake(choose: (count: number) => Promise<ChooseImageSuccess>): Promise<void> {
    if (this.inactive || this.busy || this.full) return;
    this.busy = true;
    this.refusal = '';
    try {
      const chosen = await choose(this.limit - this.items.length).catch(() => undefined);
      if (!chosen) return;
      const paths = this.withinMaxSize(chosen.tempFiles);
      await this.add(this.cropScale ? await this.cropEach(paths) : paths);
    } finally {
      this.busy = false;
    }
  }

  /** Sets the state of a photo the page uploads itself (after cancelling its `upload` event). */
  setItemState(filePath: string, update: ItemStateUpdate): void {
    const item = this.items.find((i) => i.path === filePath);
    if (!item) return;
    Object.assign(item, Object.fromEntries(Object.entries(update).filter(([, v]) => v !== undefined)));
    this.touch();
  }

  /** Sends a failed photo again: the same bytes as before. */
  retry(filePath: string): void {
    const item = this.items.find((i) => i.path === filePath);
    if (item?.state === 'failed') void this.send(item);
  }

  /** Deletes the photo at `index` unless a `delete` listener cancels it; focus goes to the next photo, else the previous, else the add tile. */
  async deleteAt(index: number): Promise<void> {
    const item = this.items[index];
    if (!item || this.inactive) return;
    if (!this.emit('delete', { ...itemInfo(item), index }, { cancelable: true })) return;
    this.forget(item);
    this.items = this.items.filter((i) => i !== item);
    this.announce(format(uploaderStrings().uploaderDeleted, { count: this.items.length }));
    this.changed();
    await this.updateComplete;
    const next = this.items[Math.min(index, this.items.length - 1)];
    this.focusItem(next?.key);
  }

  /** Moves the photo at `from` to `to` (what a drag or Alt+Arrow does) and says where it went. */
  async moveItem(from: number, to: number): Promise<void> {
    if (this.inactive || to < 0 || to >= this.items.length || from === to || !this.items[from]) return;
    const { key } = this.items[from]!;
    this.items = moved(this.items, from, to);
    this.announce(format(uploaderStrings().uploaderMoved, { index: to + 1, count: this.items.length }));
    this.changed();
    await this.updateComplete;
    this.focusItem(key);
  }

  /** Opens the kit's viewer on every photo, at `index`. */
  preview(index: number): void {
    if (!this.items[index]) return;
    void previewImage({ urls: this.items.map((i) => i.path), current: index }).catch(() => undefined);
  }

  /** Focuses the thumbnail of the item `key`, or the add tile. */
  focusItem(key: number | undefined): void {
    const target = key === undefined ? null : this.renderRoot.querySelector<HTMLElement>(`[data-key="${key}"] [part~=thumbnail]`);
    (target ?? this.renderRoot.querySelector<HTMLElement>('[part~=add]'))?.focus();
  }

  private withinMaxSize(files: ReadonlyArray<{ path: string; size: number }>): string[] {
    const max = Number(this.maxSize);
    if (!(max > 0)) return files.map((f) => f.path);
    const tooLarge = files.filter((f) => f.size > max);
    for (const f of tooLarge) releaseTempFile(f.path);
    if (tooLarge.length) this.refusal = format(uploaderStrings().uploaderTooLarge, { count: tooLarge.length, size: byteSize(max) });
    return files.filter((f) => f.size <= max).map((f) => f.path);
  }

  /** Each photo through the cropper in turn; a cancelled crop leaves that photo out. */
  private async cropEach(paths: string[]): Promise<string[]> {
    const kept: string[] = [];
    for (const path of paths) {
      const cropped = await cropImage({ src: path, cropScale: this.cropScale as CropScale }).catch(() => undefined);
      releaseTempFile(path);
      if (cropped) kept.push(cropped.tempFilePath);
    }
    return kept;
  }

  private newItem(path: string, init: { state: UploaderItem['state']; value?: string; owned: boolean }): UploaderItem {
    return { key: this.nextKey++, path, state: init.state, progress: 0, value: init.value, owned: init.owned ? [path] : [] };
  }

  private async add(paths: string[]): Promise<void> {
    if (!paths.length) return;
    const added = paths.map((path) => this.newItem(path, { state: 'waiting', owned: true }));
    this.items = [...this.items, ...added];
    this.changed();
    for (const item of added) {
      const index = this.items.indexOf(item);
      // The page may send it itself: then it reports with setItemState.
      const takenOver = !this.emit('upload', { ...itemInfo(item), index }, { cancelable: true });
      const sends = !takenOver && !!this.uploadUrl;
      // A photo compressed first gets its thumbnail from the compressed bytes (see send): decoding
      // each 16 MP photo twice made nine of them take 2.9× their compressions' time.
      if (!(sends && this.compresses)) void this.drawThumbnail(item);
      if (sends) void this.send(item);
      else if (!takenOver) item.state = 'done';
    }
    this.touch();
  }

  /** Compresses (when asked, once) and uploads one photo; the outcome is its state, never its removal. */
  private async send(item: UploaderItem): Promise<void> {
    const abort = (item.abort = new AbortController());
    Object.assign(item, { state: 'waiting', progress: 0, reason: undefined });
    this.touch();
    try {
      if (!item.sent) {
        item.sent = await bytesToSend(item.path, this.compresses);
        if (item.sent !== item.path) item.owned.push(item.sent);
      }
      if (item.canvas === undefined) void this.drawThumbnail(item, item.sent);
    } catch (error) {
      void this.drawThumbnail(item);
      this.settle(item, { errMsg: `compressImage:fail ${(error as { errMsg?: string }).errMsg ? failReason((error as { errMsg: string }).errMsg) : 'invalid image'}` });
      return;
    }
    if (abort.signal.aborted) return;
    const request = { url: this.uploadUrl, filePath: item.sent, name: this.uploadName || 'file', header: this.uploadHeader, formData: this.uploadFormData };
    const timeout = Number(this.uploadTimeout) > 0 ? { timeout: Number(this.uploadTimeout) } : {};
    const result = await this.slots.send({ ...request, ...timeout }, (progress) => {
      if (abort.signal.aborted) return;
      Object.assign(item, { state: 'uploading', progress });
      this.touch();
    }, abort.signal);
    if (!abort.signal.aborted) this.settle(item, result);
  }

  private settle(item: UploaderItem, result: UploadResult): void {
    item.result = result;
    const ok = landed(result);
    const text = uploaderStrings();
    if (ok) Object.assign(item, { state: 'done', progress: 100, value: this.responseValue ? this.responseValue(result) : result.data ?? '' });
    else {
      const reason = typeof result.statusCode === 'number' ? format(text.uploaderStatus, { status: result.statusCode }) : failReason(result.errMsg);
      Object.assign(item, { state: 'failed', reason });
    }
    this.touch();
    const detail = { ...result, filePath: item.path, index: this.items.indexOf(item) };
    this.emit(ok ? 'success' : 'fail', detail);
    this.emit('complete', detail);
  }

  /** Draws the thumbnail of `item` from the photo at `path` (its own, or its compressed bytes). */
  private async drawThumbnail(item: UploaderItem, path = item.path): Promise<void> {
    item.canvas = await thumbnailCanvas(path, Math.round(THUMBNAIL_CSS_PX * Math.min(3, globalThis.devicePixelRatio || 1)));
    this.touch();
  }

  /** An item leaves: its upload stops, its temp files and thumbnail pixels go. */
  private forget(item: UploaderItem): void {
    item.abort?.abort();
    for (const path of item.owned) releaseTempFile(path);
    if (item.canvas) item.canvas.width = item.canvas.height = 0;
  }

  private clear(): void {
    for (const item of this.items) this.forget(item);
    this.items = [];
  }

  /** Form reset: no photos. */
  formResetCallback(): void {
    if (!this.items.length) return;
    this.clear();
    this.refusal = '';
    this.changed();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.dragReorder.cancel();
  }

  private announce(text: string): void {
    // Cleared first so the same words said twice are announced twice.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  private changed(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Items are changed in place; this re-renders and re-syncs the form. */
  private touch(): void {
    this.items = [...this.items];
  }

  protected override updated(changed: PropertyValues<this>): void {
    const has = (key: string) => (changed as Map<PropertyKey, unknown>).has(key);
    if (['items', 'name', 'required', 'count'].some(has)) this.syncForm();
  }

  private syncForm(): void {
    this.internals.setFormValue(formValue(this.items, this.name));
    const { flags, message } = validityOf(this.items, this.required, uploaderStrings());
    const anchor = this.renderRoot.querySelector<HTMLElement>('[part~=add], [part~=thumbnail]') ?? undefined;
    this.internals.setValidity(flags, message, anchor);
  }

  override render() {
    return renderUploader(this);
  }
}
