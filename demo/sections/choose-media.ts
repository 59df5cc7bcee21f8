import { html } from 'lit';
import type { WxMediaChooser, ChooseMediaResult } from '../../src/index.js';
import { releaseTempFile } from '../../src/index.js';
import { showResult, type GallerySection } from '../section.js';

const media = `${import.meta.env.BASE_URL}media/`;

/** The temp paths shown last, released when the next choice replaces them. */
let shown: string[] = [];

function show(event: CustomEvent<ChooseMediaResult>): void {
  const live = (event.currentTarget as Element).closest('.live')!;
  for (const path of shown) releaseTempFile(path);
  const { tempFiles } = event.detail;
  shown = tempFiles.flatMap((f) => [f.tempFilePath, f.thumbTempFilePath].filter(Boolean));
  const strip = live.querySelector('.media-strip')!;
  strip.replaceChildren(
    ...tempFiles.map((file, i) => {
      if (file.fileType === 'image') return Object.assign(document.createElement('img'), { src: file.tempFilePath, alt: `Photo ${i + 1}` });
      const video = Object.assign(document.createElement('video'), { src: file.tempFilePath, poster: file.thumbTempFilePath, controls: true, muted: true });
      video.setAttribute('aria-label', `Video ${i + 1}, ${file.duration} s`);
      return video;
    }),
  );
  showResult(live.querySelector('output'), { ...event.detail, extensions: tempFiles.map((f) => f.tempFilePath.split('.').pop()) });
}

/** A sample clip handed to the chooser as a drop would hand it. */
function sample(name: string) {
  return async (event: Event) => {
    const chooser = (event.currentTarget as Element).closest('.live')!.querySelector<WxMediaChooser>('wx-media-chooser')!;
    const blob = await (await fetch(`${media}${name}`)).blob();
    chooser.chooseFiles([new File([blob], name, { type: blob.type })]);
  };
}

export const section: GallerySection = {
  id: 'choose-media',
  title: 'wx.chooseMedia',
  order: 15,
  summary:
    'Photos and videos from the album or the camera: videos come with their duration, size and a first-frame thumbnail, every temp path ends with its real extension, and on a desktop the camera sheet records up to maxDuration seconds.',
  code: `
const { tempFiles, type } = await wx.chooseMedia({
  count: 9,
  mediaType: ['image', 'video'], // or ['mix']
  sourceType: ['album', 'camera'],
  maxDuration: 15,               // camera recording, 3–60 s
  camera: 'back',
});
// type: 'image' | 'video' | 'mix'
// tempFiles[0]: { tempFilePath: 'blob:…#.mp4', size, duration: 2, width: 320, height: 240,
//                 thumbTempFilePath: 'blob:…#.jpg', fileType: 'video' }

<wx-media-chooser max-duration="15"></wx-media-chooser>`,
  render() {
    return html`<wx-media-chooser max-duration="15" size-type="compressed" @success=${show}></wx-media-chooser>
      <div class="row buttons" role="group" aria-label="Sample clips">
        <button type="button" @click=${sample('clip-320x240-2s.mp4')}>MP4 clip (2 s)</button>
        <button type="button" @click=${sample('clip-320x240-2s.webm')}>WebM clip (2 s)</button>
      </div>
      <div class="media-strip"></div>
      <output class="log" aria-live="polite"></output>`;
  },
};
