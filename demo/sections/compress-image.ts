import { html } from 'lit';
import { getTempFile, releaseTempFile, wx, type ChooseImageResult } from '../../src/index.js';
import { showResult, type GallerySection } from '../section.js';

const images = `${import.meta.env.BASE_URL}images/`;

/** The path the last compression made, released when the next one replaces it. */
let lastOutput: string | undefined;

function parts(from: EventTarget | null) {
  const live = (from as Element).closest('.live')!;
  const field = (name: string) => live.querySelector<HTMLInputElement>(`[name=${name}]`)!;
  return { live, src: field('src'), quality: field('quality'), width: field('compressedWidth'), height: field('compressedHeight') };
}

async function compress(event: Event): Promise<void> {
  const { live, src, quality, width, height } = parts(event.currentTarget);
  const number = (input: HTMLInputElement) => (input.value === '' ? undefined : Number(input.value));
  const options = { src: src.value, quality: number(quality), compressedWidth: number(width), compressedHeight: number(height) };
  const output = live.querySelector('output');
  const preview = live.querySelector<HTMLImageElement>('img.compressed')!;
  try {
    const result = await wx.compressImage(options);
    if (lastOutput) releaseTempFile(lastOutput);
    lastOutput = result.tempFilePath;
    preview.src = result.tempFilePath;
    await preview.decode().catch(() => undefined);
    const bytes = getTempFile(result.tempFilePath)?.size ?? 0;
    showResult(output, { ...result, extension: result.tempFilePath.split('.').pop(), bytes, shown: `${preview.naturalWidth} × ${preview.naturalHeight}` });
  } catch (failure) {
    showResult(output, failure);
  }
}

export const section: GallerySection = {
  id: 'compress-image',
  title: 'wx.compressImage',
  order: 35,
  summary:
    'Resizes and re-encodes an image as a new temp path, upright, in the same worker pool as chooseImage: quality 0–100 (default 80), and one of width/height keeps the aspect ratio. JPEG stays JPEG, PNG stays PNG.',
  code: `
const { tempFilePath } = await wx.compressImage({
  src: tempFilePaths[0],   // temp path, same-origin path, data: URL…
  quality: 60,             // 0–100, default 80
  compressedWidth: 1080,   // height follows the aspect ratio
});
tempFilePath.split('.').pop(); // 'jpg'

// 'compressImage:fail parameter error: parameter.quality should be Number from 0 to 100 instead of 120;'
await wx.compressImage({ src: tempFilePath, quality: 120 });`,
  render() {
    const onChosen = (event: CustomEvent<ChooseImageResult>) => {
      parts(event.currentTarget).src.value = event.detail.tempFilePaths[0];
    };
    const sample = (file: string) => (event: Event) => {
      parts(event.currentTarget).src.value = `${images}${file}`;
      void compress(event);
    };
    return html`<wx-image-chooser count="1" size-type="original" source-type="album" @success=${onChosen}></wx-image-chooser>
      <div class="row buttons" role="group" aria-label="Samples">
        <button type="button" @click=${sample('canon-dslr.jpg')}>18 MP photo</button>
        <button type="button" @click=${sample('Landscape_6.jpg')}>JPEG, EXIF 6</button>
        <button type="button" @click=${sample('sample.png')}>PNG</button>
        <button type="button" @click=${sample('gen-text-named.jpg')}>Text named .jpg</button>
      </div>
      <div class="compress-form">
        <label>src <input name="src" type="text" value="${images}Landscape_6.jpg" /></label>
        <label>quality <input name="quality" type="number" min="0" max="100" value="80" /></label>
        <label>compressedWidth <input name="compressedWidth" type="number" min="1" value="480" /></label>
        <label>compressedHeight <input name="compressedHeight" type="number" min="1" /></label>
        <button class="primary" type="button" @click=${compress}>Compress</button>
      </div>
      <img class="compressed" alt="The compressed image" />
      <output class="log" aria-live="polite"></output>`;
  },
};
