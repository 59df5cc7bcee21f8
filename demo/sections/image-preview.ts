import { html } from 'lit';
import { wx, type WxImagePreview } from '../../src/index.js';
import { showResult, type GallerySection } from '../section.js';

/** Nine images: photos (one stored sideways with EXIF Orientation 6), an SVG, a broken URL, a 17-megapixel JPEG. */
const URLS = [
  'images/Landscape_0.jpg',
  'images/Landscape_6.jpg',
  'images/canon-dslr.jpg',
  'images/viewbox-only.svg',
  'images/sample.png',
  'images/gen-anim-3frames-120x80.gif',
  'images/missing-photo.jpg',
  'images/lossy.webp',
  'images/very-large.jpg',
];

const NAMES = ['Landscape', 'EXIF-rotated (Orientation 6)', 'DSLR, 2 MB', 'SVG', 'PNG', 'animated GIF', 'broken URL', 'WebP', '4800×3600'];

export const section: GallerySection = {
  id: 'preview-image',
  title: 'wx.previewImage and <wx-image-preview>',
  order: 20,
  summary:
    'A full-screen viewer: swipe, pinch, double-tap, wheel, ←/→/Home/End, +/−/0, Esc or Back to close; long press or right click for Save Image / Share. The set has an EXIF-rotated photo, an SVG and a broken URL (shown as an error tile).',
  code: `
await wx.previewImage({
  urls,                        // temp paths, same-origin, data:, online, cloud://
  current: urls[1],            // or an index
  showmenu: true,              // long press / right click → Save Image, Share
  referrerPolicy: 'no-referrer',
});

// Declarative: one viewer implementation, same contract and events
<wx-image-preview .urls=\${urls} current="2"
  @change=\${(e) => e.detail.index} @close=\${…}></wx-image-preview>
el.show();`,
  render() {
    const log = (event: Event, value: unknown) => showResult((event.target as Element).closest('.live')!.querySelector('output'), value);
    const open = async (event: Event, index: number) => {
      const showmenu = (event.target as Element).closest('.live')!.querySelector<HTMLInputElement>('input[name=showmenu]')!.checked;
      try {
        log(event, await wx.previewImage({ urls: URLS, current: URLS[index], showmenu }));
      } catch (failure) {
        log(event, failure);
      }
    };
    const openDeclarative = (event: Event) => {
      const viewer = (event.target as Element).closest('.live')!.querySelector<WxImagePreview>('wx-image-preview')!;
      void viewer.show();
    };
    const onEvent = (event: CustomEvent) => log(event, { event: event.type, detail: event.detail });
    return html`<ul class="preview-grid" role="list">
        ${URLS.map(
          (url, index) => html`<li>
            <button
              type="button"
              aria-label="Open ${NAMES[index]} (${index + 1} of ${URLS.length})"
              @click=${(event: Event) => open(event, index)}
            >
              <img src=${url} alt="" loading="lazy" decoding="async" />
            </button>
          </li>`,
        )}
      </ul>
      <label><input type="checkbox" name="showmenu" checked /> showmenu (long press / right click menu)</label>
      <div>
        <button class="primary" type="button" @click=${openDeclarative}>Open &lt;wx-image-preview&gt; at the SVG</button>
        <wx-image-preview .urls=${URLS} current="3" @success=${onEvent} @change=${onEvent} @close=${onEvent} @save=${onEvent}></wx-image-preview>
      </div>
      <output class="log" aria-live="polite"></output>`;
  },
};
