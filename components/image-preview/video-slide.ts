/**
 * One video slide of the viewer (previewMedia): a native `<video controls>` and what the viewer
 * does with it. Loaded with the first video shown (a page that previews only images never
 * downloads it); the slide loader keeps it like an image slide.
 *
 * - Loading: a video that is not on screen loads nothing (`preload="none"`; its poster shows
 *   when it has one); the one on screen loads its metadata only (`preload="metadata"`: size,
 *   duration, usually the first frame). The rest of the file loads when the person plays it.
 * - Pausing: a video is paused when another slide becomes current (swipe, keys, buttons) and
 *   released (paused, its request stopped) when its slide is dropped or the viewer closes.
 * - Input: see video-input.ts (its controls keep their pointers and keys).
 */
export class VideoSlide {
  /** The element on screen: native controls, inline on phones. */
  readonly element: HTMLVideoElement;

  /**
   * `current`: the slide is on screen, so its metadata may load now. `failed` is called when the
   * browser cannot load or play the video, then or later (once it is shown, or mid-play).
   */
  constructor(src: string, poster: string | undefined, current: boolean, failed: () => void, signal: AbortSignal) {
    const video = (this.element = document.createElement('video'));
    video.controls = true;
    video.playsInline = true;
    video.preload = current ? 'metadata' : 'none';
    video.setAttribute('part', 'video');
    if (poster) video.poster = poster;
    video.addEventListener('error', failed, { signal });
    video.addEventListener('loadedmetadata', () => this.fit(), { signal });
    video.src = src;
  }

  /**
   * Resolves once the metadata is loaded (the slide then has its shape); rejects when the video
   * cannot be loaded or played. A video off screen loads nothing, so it resolves at once.
   */
  ready(signal: AbortSignal): Promise<void> {
    const video = this.element;
    return new Promise((resolve, reject) => {
      const done = new AbortController();
      const settle = (error?: MediaError | null) => {
        done.abort();
        if (error) reject(new Error(`video error ${error.code}: ${error.message}`));
        else resolve();
      };
      if (video.error) return settle(video.error);
      if (video.readyState >= HTMLMediaElement.HAVE_METADATA || video.preload === 'none') return settle();
      video.addEventListener('loadedmetadata', () => settle(), { signal: done.signal });
      video.addEventListener('error', () => settle(video.error), { signal: done.signal });
      // Dropped before it loaded: nobody waits for it any more.
      signal.addEventListener('abort', () => settle(), { signal: done.signal });
    });
  }

  /** The slide became current: its metadata may load now (it loaded nothing while it was a neighbour). */
  show(): void {
    const video = this.element;
    if (video.preload !== 'none') return;
    video.preload = 'metadata';
    // Some engines wait for play() after preload="none"; load() starts over with the new preload.
    if (video.readyState === HTMLMediaElement.HAVE_NOTHING && !video.error) video.load();
  }

  /** Another slide became current: the video stops where it is (it stays loaded while it is a neighbour). */
  hide(): void {
    if (!this.element.paused) this.element.pause();
  }

  /** The slide is dropped (or the viewer closed): paused, its request stopped, its memory given back. */
  release(): void {
    const video = this.element;
    video.pause();
    video.removeAttribute('src');
    video.removeAttribute('poster');
    // load() with no src aborts the download and empties the buffers (the HTML way to let media go).
    video.load();
  }

  /** Sizes the element to the picture's own shape (the styles fit it into the slide), so the area around it stays the viewer's. */
  private fit(): void {
    const { videoWidth, videoHeight } = this.element;
    if (videoWidth && videoHeight) this.element.style.setProperty('--wx-video-ratio', String(videoWidth / videoHeight));
  }
}
