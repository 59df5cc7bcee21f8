import { html } from 'lit';
import { wx, type PreviewMediaSource, type WxImagePreview } from '../../src/index.js';
import { showResult, type GallerySection } from '../section.js';

/** Photos and two clips (the same 2.5 s test pattern as WebM VP8 and MP4 H.264), one with a poster, and a missing video. */
const SOURCES: PreviewMediaSource[] = [
  { url: 'images/Landscape_0.jpg' },
  { url: 'media/clip-320x240-2s.webm', type: 'video', poster: 'media/preview-poster.jpg' },
  { url: 'images/lossy.webp', type: 'image' },
  { url: 'media/clip-320x240-2s.mp4', type: 'video' },
  { url: 'media/missing-clip.mp4', type: 'video' },
];

const NAMES = ['Landscape photo', 'WebM video with a poster', 'WebP photo', 'MP4 video, no poster', 'missing video'];
/** What each button shows: the photo, the poster, or a label for a video without one. */
const THUMBS = ['images/Landscape_0.jpg', 'media/preview-poster.jpg', 'images/lossy.webp', '', ''];

export const section: GallerySection = {
  id: 'preview-media',
  title: 'wx.previewMedia',
  order: 22,
  summary: html`Photos and videos in the same viewer. A video slide is the browser's own
    <code>&lt;video controls&gt;</code>: its poster first, only its metadata loaded until you play it, nothing loaded while it
    is off screen, paused when you move on or close. Clicks, drags and keys on the video are its controls'; swipe or tap
    beside it, or use the arrows while the viewer's buttons have focus. The menu saves images only.`,
  code: `
await wx.previewMedia({
  sources: [
    { url: photo },                                  // type: 'image' by default
    { url: clip, type: 'video', poster: cover },     // native controls, poster first
  ],
  current: 1,                   // an index; out of range shows the first
  showmenu: true,               // images: Save Image / Share; videos: the browser's own menu
  referrerPolicy: 'no-referrer',
});

// Declarative: the same viewer element, through previewMedia
<wx-image-preview .sources=\${sources} current="1"></wx-image-preview>`,
  render() {
    const live = (event: Event) => (event.target as Element).closest('.live')!;
    const log = (event: Event, value: unknown) => showResult(live(event).querySelector('output'), value);
    const open = async (event: Event, current: number) => {
      const showmenu = live(event).querySelector<HTMLInputElement>('input[name=showmenu]')!.checked;
      try {
        log(event, await wx.previewMedia({ sources: SOURCES, current, showmenu }));
      } catch (failure) {
        log(event, failure);
      }
    };
    const openDeclarative = (event: Event) => void live(event).querySelector<WxImagePreview>('wx-image-preview')!.show();
    const onEvent = (event: CustomEvent) => log(event, { event: event.type, detail: event.detail });
    return html`<ul class="preview-grid" role="list">
        ${SOURCES.map(
          (source, index) => html`<li>
            <button type="button" aria-label="Open ${NAMES[index]} (${index + 1} of ${SOURCES.length})" @click=${(event: Event) => open(event, index)}>
              ${THUMBS[index] ? html`<img src=${THUMBS[index]} alt="" loading="lazy" decoding="async" />` : html`<span aria-hidden="true">▶ ${source.type}</span>`}
            </button>
          </li>`,
        )}
      </ul>
      <label><input type="checkbox" name="showmenu" checked /> showmenu</label>
      <div>
        <button class="primary" type="button" @click=${openDeclarative}>Open &lt;wx-image-preview .sources&gt; at the WebM</button>
        <wx-image-preview .sources=${SOURCES} current="1" @success=${onEvent} @change=${onEvent} @close=${onEvent}></wx-image-preview>
      </div>
      <output class="log" aria-live="polite"></output>`;
  },
};
