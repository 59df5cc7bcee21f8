/**
 * Video recording for the desktop camera sheet: MediaRecorder over the camera's stream. The sheet
 * (components/camera-sheet) draws the buttons and the timer; what is recorded and in which
 * container is decided here, in the core.
 */

/**
 * Containers in order of preference: WebM/VP8 where the engine records it (Chromium, Firefox),
 * else MP4 (Safari and WebKitGTK record only MP4/H.264). The first one `isTypeSupported` says yes
 * to; Opus only when there is sound (Firefox never stops a recorder told to expect an audio
 * codec on a stream without audio, measured).
 */
export const RECORDING_TYPES = ['video/webm;codecs=vp8,opus', 'video/webm;codecs=vp8', 'video/webm', 'video/mp4'] as const;

/** How long a stop may wait for the recorder's last data before the recording counts as ended (ms). */
const STOP_GRACE_MS = 3000;

/** How often the recorder hands over what it has (ms): a stop never waits for a long buffer. */
const TIMESLICE_MS = 250;

export function canRecord(): boolean {
  return typeof MediaRecorder !== 'undefined';
}

/** The recording type this engine supports, '' to let the engine pick. */
export function recordingType(withAudio = true): string {
  return RECORDING_TYPES.find((type) => (withAudio || !type.includes('opus')) && MediaRecorder.isTypeSupported(type)) ?? '';
}

export interface Recording {
  /** Ends the recording; resolves with the video (empty when the engine handed over no bytes). */
  stop(): Promise<Blob>;
  /** Ends the recording and throws it away. */
  discard(): void;
}

/** Starts recording `stream` now. */
export function startRecording(stream: MediaStream): Recording {
  const type = recordingType(stream.getAudioTracks().length > 0);
  const recorder = new MediaRecorder(stream, type ? { mimeType: type } : {});
  const chunks: Blob[] = [];
  recorder.addEventListener('dataavailable', (event) => {
    if (event.data.size) chunks.push(event.data);
  });
  // An engine whose recorder fails ends with `error` (and maybe no `stop`): either ends the wait.
  const stopped = new Promise<void>((resolve) => {
    recorder.addEventListener('stop', () => resolve(), { once: true });
    recorder.addEventListener('error', () => resolve(), { once: true });
  });
  recorder.start(TIMESLICE_MS);
  const end = () => {
    if (recorder.state !== 'inactive') recorder.stop();
  };
  return {
    async stop() {
      end();
      await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS))]);
      // The recorder's own type names the container it wrote (it may differ from the one asked for).
      return new Blob(chunks, { type: (recorder.mimeType || type || 'video/webm').split(';')[0] });
    },
    discard() {
      end();
      chunks.length = 0;
    },
  };
}
