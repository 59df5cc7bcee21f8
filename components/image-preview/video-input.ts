/**
 * Who gets the input on a video slide: the video. Pointers that go down on a `<video>` and keys
 * sent to a focused one belong to its native controls (play, the seek bar, volume, full screen;
 * Space plays and the arrows seek there), never to the viewer's swipe, tap-to-close, long press
 * or arrow keys. The viewer's gestures start beside the video; its keys work whenever focus is on
 * its own controls, where it starts; Esc (the dialog's cancel) closes from anywhere.
 *
 * Apart from video-slide.ts so the viewer can ask it without loading the video code.
 */
export function ownedByVideo(event: Event): boolean {
  // The controls live in the video's own shadow tree: from the viewer, their events come from the video.
  return event.target instanceof HTMLVideoElement;
}
