import { getConfig } from '../../src/config.js';
import { ApiError } from '../../src/contract/errors.js';
import { loadPart } from '../../src/contract/lazy.js';
import { PREVIEW_SOURCES } from '../../src/viewer/preview-sources.js';
import type { SlideKind } from '../../src/ui/ports.js';
import { classifySource, loadSource, type LoadableSource } from '../../src/files/resolve.js';
import { PAGE_READABLE_KINDS, resolveSource } from '../../src/files/source.js';
import { RENDITION_MIN_BYTES } from '../../src/image/rendition-size.js';
import type { Size } from '../../src/viewer/zoom-pan.js';
import type { VideoSlide } from './video-slide.js';

/** loading → (preview →) loaded, or error. `preview`: a screen-sized rendition shows while the full image decodes. */
export type SlideStatus = 'loading' | 'preview' | 'loaded' | 'error';

/** One image or video of the list while it is near the current one. */
export interface Slide {
  url: string;
  kind: SlideKind;
  status: SlideStatus;
  img?: HTMLImageElement;
  /** A video slide's video (it is `loaded` once its element exists; the native controls show its buffering). */
  video?: VideoSlide;
  /** The screen-sized rendition of a large JPEG, until the full image is decoded. */
  preview?: HTMLCanvasElement;
  /** The blob: URL of the bytes fetched for this slide, revoked when the slide is dropped. */
  objectUrl?: string;
  /** Why it failed: the locale's message is picked when rendering. */
  error?: 'load' | 'cloud-resolver';
  /** Settles (never rejects) once something is on screen: the rendition, the image, the video (its metadata loaded) or the error tile. */
  shown: Promise<void>;
  /** Settles (never rejects) when loading is over: the full image decoded, or failed. */
  done: Promise<void>;
  abort: AbortController;
}

/** The viewer, as its slide loader sees it. */
export interface SlideLoaderHost {
  urls(): readonly string[];
  /** What the url of `index` is (previewImage: always an image). */
  kind(index: number): SlideKind;
  /** The poster of the video of `index`; '' for none. */
  poster(index: number): string;
  index(): number;
  referrerPolicy(): ReferrerPolicy;
  /** Whether the viewer is still showing (neighbours load only then). */
  showing(): boolean;
  viewportSize(): Size;
  /** A slide changed: render again. */
  requestUpdate(): void;
}

/** Thrown for a cloud:// ID when no resolver is configured. */
class MissingCloudResolver extends Error {}

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

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** The source an `<img>` shows for a url of the list (cloud IDs through the resolver, once, in the pipeline). */
async function displaySource(url: string): Promise<LoadableSource> {
  // The viewer says so on the tile when the page gave cloud IDs but no resolver.
  if (classifySource(url).kind === 'cloud' && !getConfig().resolveCloudFileID) throw new MissingCloudResolver();
  return resolveSource(url, PREVIEW_SOURCES);
}

/**
 * The viewer's slides, as PhotoSwipe's content loader keeps them: the current image and its two
 * neighbours are loaded and decoded, nothing further away (its image is released, its request
 * stopped, its blob: URL revoked). A large JPEG on screen first shows a screen-sized rendition.
 * Videos are kept the same way, with video-slide.ts's rules (metadata only, paused when not current).
 */
export class SlideLoader {
  private readonly slides = new Map<number, Slide>();

  constructor(private readonly host: SlideLoaderHost) {}

  /** The slide of `index` if it is kept. */
  get(index: number): Slide | undefined {
    return this.slides.get(index);
  }

  /** What shows the image of `index`: the full `<img>`, its rendition, or nothing yet (nor for a video: nothing to zoom or save). */
  shown(index: number): HTMLImageElement | HTMLCanvasElement | undefined {
    const slide = this.slides.get(index);
    if (slide?.status === 'loaded') return slide.img;
    if (slide?.status === 'preview') return slide.preview;
    return undefined;
  }

  /**
   * The slide of `index`, loading it when it is not loaded or loading yet. `quick`: it is the one
   * on screen, so a large JPEG first shows a screen-sized rendition while the full image decodes.
   */
  load(index: number, quick = false): Slide {
    const url = this.host.urls()[index];
    const kind = this.host.kind(index);
    const known = this.slides.get(index);
    if (known && known.url === url && known.kind === kind) return known;
    if (known) this.release(known);
    let markShown!: () => void;
    const slide: Slide = {
      url,
      kind,
      status: 'loading',
      abort: new AbortController(),
      shown: new Promise<void>((resolve) => (markShown = resolve)),
      done: Promise.resolve(),
    };
    const update = () => {
      markShown();
      if (this.slides.get(index) === slide) this.host.requestUpdate();
    };
    const render = () => this.slides.get(index) === slide && this.host.requestUpdate();
    const filled = kind === 'video' ? this.fillVideo(slide, index, update, render) : this.fill(slide, quick, update);
    slide.done = filled.then(update);
    this.slides.set(index, slide);
    return slide;
  }

  /** Forgets slides `drop` picks: their images are released and their requests stopped. */
  drop(drop: (index: number) => boolean): void {
    for (const [index, slide] of this.slides) {
      if (!drop(index)) continue;
      this.release(slide);
      this.slides.delete(index);
    }
  }

  /** Stops a slide's requests and gives back what it holds (a video is paused first). */
  private release(slide: Slide): void {
    slide.abort.abort();
    slide.img?.removeAttribute('src');
    slide.video?.release();
    if (slide.objectUrl) URL.revokeObjectURL(slide.objectUrl);
  }

  /** Keeps the current image and its neighbours (loading them), and nothing further away. */
  keepNeighbours(): void {
    const index = this.host.index();
    const count = this.host.urls().length;
    this.drop((i) => Math.abs(i - index) > 1);
    const current = this.load(index);
    // Only the video on screen loads or plays.
    for (const [i, slide] of this.slides) if (i === index) slide.video?.show();
    else slide.video?.hide();
    // Neighbours start after the current image, so they never compete with it for bandwidth or decoding.
    void current.done.then(() => {
      if (!this.host.showing() || this.host.index() !== index) return;
      if (index + 1 < count) this.load(index + 1);
      if (index > 0) this.load(index - 1);
    });
  }

  /**
   * Makes a video slide: its element (with its poster) shows at once; the one on screen then
   * loads its metadata. A video the browser cannot load or play becomes the error tile, also
   * later (when it becomes current, or mid-play).
   */
  private async fillVideo(slide: Slide, index: number, update: () => void, render: () => void): Promise<void> {
    const { signal } = slide.abort;
    try {
      // The video code loads with the first video slide.
      const [{ VideoSlide }, source] = await Promise.all([loadPart('the video player', () => import('./video-slide.js')), displaySource(slide.url)]);
      const posterUrl = this.host.poster(index);
      // A poster that cannot be shown is left out: the video still plays.
      const poster = posterUrl ? await displaySource(posterUrl).catch(() => undefined) : undefined;
      if (signal.aborted) return;
      const failed = () => {
        if (signal.aborted) return;
        slide.status = 'error';
        slide.error = 'load';
        update();
      };
      const video = (slide.video = new VideoSlide(source.url, poster?.url, this.host.index() === index, failed, signal));
      slide.status = 'loaded';
      // On screen at once (poster, controls); the slide counts as shown once the metadata is in.
      render();
      await video.ready(signal);
    } catch (error) {
      if (signal.aborted) return;
      slide.video?.release();
      slide.video = undefined;
      slide.status = 'error';
      slide.error = error instanceof MissingCloudResolver ? 'cloud-resolver' : 'load';
    }
  }

  /**
   * Loads and decodes (off the main thread) one image; failures become the error tile. Bytes the
   * page can read (temp files, blob: and data: URLs, same-origin paths) are fetched once, so a
   * large JPEG can show a screen-sized rendition first; other URLs go straight to the `<img>`.
   */
  private async fill(slide: Slide, quick: boolean, onPreview: () => void): Promise<void> {
    const { signal } = slide.abort;
    const referrerPolicy = this.host.referrerPolicy();
    try {
      const source = await displaySource(slide.url);
      if (signal.aborted) return;
      let blob: Blob | undefined;
      if (PAGE_READABLE_KINDS.includes(source.kind)) {
        try {
          blob = await loadSource(source, { signal, referrerPolicy });
        } catch (error) {
          if (signal.aborted) return;
          // Missing is missing; anything else (e.g. a CSP that allows images but not fetch) gets the <img> route.
          if (error instanceof ApiError && error.reason === 'file not found') throw error;
        }
      }
      const img = document.createElement('img');
      img.referrerPolicy = referrerPolicy;
      img.decoding = 'async';
      img.draggable = false;
      img.setAttribute('part', 'image');
      slide.img = img;
      if (blob && source.kind === 'same-origin') img.src = slide.objectUrl = URL.createObjectURL(blob);
      else img.src = source.url;
      if (blob && quick && blob.size >= RENDITION_MIN_BYTES) {
        // The rendition first, alone: the full decode beside it would halve its share of the CPU
        // (two cores are common on phones). The full image replaces it once decoded. The decoders
        // load with the first large photo. They only speed the first paint up: without them (the
        // chunk did not load) the full image still shows, as it would for a small photo.
        const rendition = await loadPart('the screen rendition decoder', () => import('../../src/image/screen-rendition.js')).catch(() => undefined);
        const bitmap = await rendition?.decodeScreenRendition(blob, this.host.viewportSize(), signal);
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
}
