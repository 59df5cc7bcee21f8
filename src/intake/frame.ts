/** JPEG quality of a still from the camera sheet (compression, when asked for, comes after). */
export const STILL_QUALITY = 0.92;

/** The current frame of a playing video as a JPEG, at the camera's full resolution. */
export async function captureFrame(video: HTMLVideoElement, quality = STILL_QUALITY): Promise<Blob> {
  if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || !video.videoWidth) {
    await new Promise((resolve) => video.addEventListener('loadeddata', resolve, { once: true }));
  }
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext('2d')!.drawImage(video, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
  canvas.width = canvas.height = 0;
  if (!blob) throw new Error('the frame could not be encoded');
  return blob;
}
