/**
 * The viewer's video slides (previewMedia): a native `<video controls>` per video, and the rules
 * that keep it and the viewer out of each other's way.
 *
 * - Loading: a video that is not on screen loads nothing (`preload="none"`; its poster shows
 *   when it has one); the one on screen loads its metadata only (`preload="metadata"`: size,
 *   duration, usually the first frame). The rest of the file loads when the person plays it.
 * - Pausing: a video is paused when another slide becomes current (swipe, keys, buttons) and
 *   released (paused, its request stopped) when its slide is dropped or the viewer closes.
 * - Input: pointers that start on a video and keys sent to a focused video belong to its native
 *   controls (play, seek, volume, full screen; Space and the arrows seek and play there). The
 *   viewer's gestures start around the video, and its arrow keys work whenever focus is on
 *   the viewer's own controls (where it starts).
 */

/** The element of a video slide: native controls, inline on phones, nothing loaded beyond what `current` needs. */
export function createVideo(src: string, poster: string | undefined, current: boolean): HTMLVideoElement {
  const video = document.createElement('video');
  video.controls = true;
  video.playsInline = true;
  video.preload = current ? 'metadata' : 'none';
  video.setAttribute('part', 'video');
  if (poster) video.poster = poster;
  video.src = src;
  return video;
}

/**
 * Resolves once the video's metadata is loaded (its size is then known, and the slide takes
 * its shape); rejects when the browser cannot load or play it. A video not on screen
 * (`preload="none"`) loads nothing, so it resolves at once.
 */
export function videoReady(video: HTMLVideoElement, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = new AbortController();
    const settle = (error?: MediaError | null) => {
      done.abort();
      if (error) reject(new Error(`video error ${error.code}: ${error.message}`));
      else resolve();
    };
    if (video.error) return settle(video.error);
    if (video.readyState >= HTMLMediaElement.HAVE_METADATA || video.preload === 'none') {
      if (video.readyState >= HTMLMediaElement.HAVE_METADATA) fitVideo(video);
      return settle();
    }
    video.addEventListener('loadedmetadata', () => (fitVideo(video), settle()), { signal: done.signal });
    video.addEventListener('error', () => settle(video.error), { signal: done.signal });
    // Dropped before it loaded: nobody waits for it any more.
    signal.addEventListener('abort', () => settle(), { signal: done.signal });
  });
}

/** Calls `failed` when the video cannot be loaded or played later on (after it became current, or mid-play). */
export function onVideoError(video: HTMLVideoElement, failed: () => void, signal: AbortSignal): void {
  video.addEventListener('error', failed, { signal });
  video.addEventListener('loadedmetadata', () => fitVideo(video), { signal });
}

/** Sizes the element to the picture's own shape (styles fit it into the slide), so the area around it stays the viewer's. */
function fitVideo(video: HTMLVideoElement): void {
  if (video.videoWidth && video.videoHeight) video.style.setProperty('--wx-video-ratio', String(video.videoWidth / video.videoHeight));
}

/** The video's slide became current: its metadata may load now (it loaded nothing while it was a neighbour). */
export function showVideo(video: HTMLVideoElement): void {
  if (video.preload !== 'none') return;
  video.preload = 'metadata';
  // Some engines wait for play() after preload="none"; load() starts over with the new preload.
  if (video.readyState === HTMLMediaElement.HAVE_NOTHING && !video.error) video.load();
}

/** Another slide became current: the video stops where it is (it stays loaded while it is a neighbour). */
export function hideVideo(video: HTMLVideoElement): void {
  if (!video.paused) video.pause();
}

/** The slide is dropped (or the viewer closed): paused, its request stopped, its memory given back. */
export function releaseVideo(video: HTMLVideoElement): void {
  video.pause();
  video.removeAttribute('src');
  video.removeAttribute('poster');
  // load() with no src aborts the download and empties the buffers (the HTML way to release media).
  video.load();
}

/**
 * Whether an event inside the viewer belongs to a video's native controls: it was aimed at a
 * `<video>` (the controls live in the video's own shadow tree; from the viewer they are the video).
 */
export function ownedByVideo(event: Event): boolean {
  return event.target instanceof HTMLVideoElement;
}
