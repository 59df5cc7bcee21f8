import { html } from 'lit';
import { type ChooseImageResult, type WxImageInfo } from '../../src/index.js';
import { showResult, type GallerySection } from '../section.js';

/** A few fixtures that show what the header readers do (served from test/fixtures at images/). */
const SAMPLES = [
  ['Landscape_6.jpg', 'JPEG, EXIF 6'],
  ['gen-exif6-160x120.webp', 'WebP, EXIF 6'],
  ['sample.heic', 'HEIC, clean aperture'],
  ['gen-bomb-20000x20000.png', '400 MP PNG'],
  ['percentage.svg', 'SVG, viewBox'],
  ['gen-text-named.jpg', 'text named .jpg'],
] as const;

export const section: GallerySection = {
  id: 'get-image-info',
  title: 'wx.getImageInfo and <wx-image-info>',
  order: 30,
  summary:
    'The stored width and height (EXIF rotation not applied), orientation and type, read from the header bytes without decoding. Choose or drop an image, type a URL, or try a sample.',
  code: `
const { width, height, orientation, type, path } =
  await wx.getImageInfo({ src: 'photo.jpg' });

<wx-image-info src="photo.jpg"
  @success=\${(e) => console.log(e.detail)}></wx-image-info>`,
  render() {
    const card = (event: Event) => (event.target as Element).closest('.live')!.querySelector('wx-image-info')!;
    const log = (event: Event) => (event.target as Element).closest('.live')!.querySelector('output');
    const show = (event: Event, src: string) => {
      const el: WxImageInfo = card(event);
      el.src = src;
    };
    // The kit's own chooser (click, drop or paste), original bytes: the header is what is read.
    const onChosen = (event: CustomEvent<ChooseImageResult>) => show(event, event.detail.tempFilePaths[0]);
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const input = (event.target as HTMLFormElement).elements.namedItem('src') as HTMLInputElement;
      if (input.value.trim()) show(event, input.value.trim());
    };
    return html`<wx-image-chooser count="1" size-type="original" source-type="album" @success=${onChosen}></wx-image-chooser>
      <form class="info-url" @submit=${onSubmit}>
        <input name="src" type="text" placeholder="images/sample.png or data:… or https://…" aria-label="Image URL or path" />
        <button class="primary" type="submit">Read</button>
      </form>
      <div class="info-samples" role="group" aria-label="Samples">
        ${SAMPLES.map(([file, label]) => html`<button type="button" @click=${(e: Event) => show(e, `images/${file}`)}>${label}</button>`)}
      </div>
      <wx-image-info
        src="images/Landscape_6.jpg"
        @complete=${(e: CustomEvent) => showResult(log(e), e.detail)}
      ></wx-image-info>
      <output class="log" aria-live="polite"></output>`;
  },
};
