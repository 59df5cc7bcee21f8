import { webmLastFrameSeconds } from './webm-duration.js';

/** What chooseMedia reports of a video, from the browser's own demuxer and decoder. */
export interface VideoInfo {
  /** Seconds; 0 when this browser cannot read the file. */
  duration: number;
  /** The picture's size in px (as displayed: rotation metadata applied by the engine); 0 when unreadable. */
  width: number;
  height: number;
  /** The first frame as a JPEG; null when no frame could be decoded. */
  thumbnail: Blob | null;
}

/** How long one video may take to show its metadata and first frame before it counts as unreadable. */
export const VIDEO_INFO_BUDGET_MS = 5000;

/** JPEG quality of a thumbnail, and the longest edge it is drawn at (a cover, not a copy of the video). */
const THUMB_QUALITY = 0.8;
const THUMB_MAX_EDGE = 1280;

/** Resolves with the first of `events` on `target`, or false when `ms` pass first. */
function once(target: EventTarget, events: string[], ms: number): Promise<string | false> {
  return new Promise((resolve) => {
    const done = (value: string | false) => {
      clearTimeout(timer);
      for (const name of events) target.removeEventListener(name, handlers[name]);
      resolve(value);
    };
    const handlers: Record<string, () => void> = {};
    for (const name of events) {
      handlers[name] = () => done(name);
      target.addEventListener(name, handlers[name]);
    }
    const timer = setTimeout(() => done(false), ms);
  });
}

const UNREADABLE: VideoInfo = { duration: 0, width: 0, height: 0, thumbnail: null };

/**
 * Duration, size and a first-frame thumbnail of a video file, read with a `<video>` element (no
 * demuxer of our own: what the engine plays is what it can describe). Within `budgetMs`:
 * - `loadedmetadata` gives the size and usually the duration;
 * - a WebM written by MediaRecorder has no duration element: its last frame's timestamp is read
 *   from its bytes (webm-duration.ts; Chromium reports `Infinity` there, and WebKitGTK sometimes an
 *   earlier frame's time). Where those bytes do not parse and the engine says `Infinity`, seeking
 *   far past the end makes the engine scan to the last cluster and report the real one;
 * - the first frame is drawn to a canvas and encoded as JPEG.
 * A file the engine cannot decode (a codec it lacks, damaged bytes) or that takes longer resolves
 * with zeros and no thumbnail instead of failing: the file itself is still what the person chose.
 */
export async function readVideoInfo(blob: Blob, budgetMs = VIDEO_INFO_BUDGET_MS): Promise<VideoInfo> {
  const deadline = performance.now() + budgetMs;
  const left = () => Math.max(0, deadline - performance.now());
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.preload = 'auto';
  const url = URL.createObjectURL(blob);
  try {
    const loaded = once(video, ['loadedmetadata', 'error'], left());
    const lastFrame = webmLastFrameSeconds(blob);
    video.src = url;
    if ((await loaded) !== 'loadedmetadata' || !video.videoWidth) return UNREADABLE;
    let duration = video.duration;
    const stated = await lastFrame;
    if (stated !== null) {
      // A WebM without a Duration element: its last frame's timestamp, unless the engine knows a later end.
      duration = Number.isFinite(duration) ? Math.max(duration, stated) : stated;
    } else if (!Number.isFinite(duration)) {
      const known = once(video, ['durationchange', 'seeked', 'error'], left());
      video.currentTime = Number.MAX_SAFE_INTEGER;
      await known;
      // Some engines report the new duration only with the seek's end.
      if (!Number.isFinite(video.duration)) await once(video, ['durationchange', 'seeked'], Math.min(left(), 1000));
      duration = Number.isFinite(video.duration) ? video.duration : 0;
    }
    const info = { duration: roundDuration(duration), width: video.videoWidth, height: video.videoHeight };
    return { ...info, thumbnail: await firstFrame(video, left) };
  } finally {
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  }
}

/** Seconds to the millisecond: 2.0000001 from a container's timescale reads as 2. */
function roundDuration(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

/**
 * Resolves true once `ready()` holds, false when `ms` pass first. Polled: the events that would
 * say so (seeked, loadeddata, canplay) do not all come after every seek in every engine (Firefox
 * left a recorder's WebM without a frame now and then while waiting for one).
 */
async function until(ready: () => boolean, ms: number): Promise<boolean> {
  const end = performance.now() + ms;
  while (!ready()) {
    if (performance.now() >= end) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

async function firstFrame(video: HTMLVideoElement, left: () => number): Promise<Blob | null> {
  if (video.currentTime !== 0 || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) {
    let failed = false;
    video.addEventListener('error', () => (failed = true), { once: true });
    video.currentTime = 0;
    const framed = await until(() => failed || (!video.seeking && video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA), left());
    if (!framed || failed) return null;
  }
  const scale = Math.min(1, THUMB_MAX_EDGE / Math.max(video.videoWidth, video.videoHeight));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(video.videoWidth * scale));
  canvas.height = Math.max(1, Math.round(video.videoHeight * scale));
  try {
    canvas.getContext('2d')!.drawImage(video, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', THUMB_QUALITY));
  } catch {
    return null;
  } finally {
    canvas.width = canvas.height = 0;
  }
}
