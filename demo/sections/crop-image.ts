import { html } from 'lit';
import { CROP_SCALES, releaseTempFile, wx, type ChooseImageResult, type CropImageResult, type FailResult, type WxImageCropper } from '../../src/index.js';
import { showResult, type GallerySection } from '../section.js';

const images = `${import.meta.env.BASE_URL}images/`;

/** The path the last crop made, released when the next one replaces it. */
let lastOutput: string | undefined;

function parts(from: EventTarget | null) {
  const live = (from as Element).closest('.live')!;
  return {
    live,
    cropper: live.querySelector<WxImageCropper>('wx-image-cropper')!,
    scale: live.querySelector<HTMLSelectElement>('select[name=cropScale]')!,
    output: live.querySelector('output'),
    preview: live.querySelector<HTMLImageElement>('img.cropped')!,
  };
}

async function show(from: EventTarget | null, result: CropImageResult | FailResult): Promise<void> {
  const { output, preview } = parts(from);
  if (!('tempFilePath' in result)) return showResult(output, result);
  if (lastOutput) releaseTempFile(lastOutput);
  lastOutput = result.tempFilePath;
  preview.src = result.tempFilePath;
  await preview.decode().catch(() => undefined);
  showResult(output, { ...result, extension: result.tempFilePath.split('.').pop(), size: `${preview.naturalWidth} × ${preview.naturalHeight}` });
}

export const section: GallerySection = {
  id: 'crop-image',
  title: 'wx.cropImage and <wx-image-cropper>',
  order: 36,
  summary:
    'A full-screen cropper with a fixed frame of one of WeChat\'s seven aspect ratios: drag, pinch or the wheel; arrows move, + and − zoom, Enter confirms, Esc cancels (cropImage:fail cancel). The crop comes out upright at the image\'s own resolution as a new temp path.',
  code: `
<wx-image-cropper src="avatar.jpg" crop-scale="1:1"></wx-image-cropper>
cropper.addEventListener('success', (e) => e.detail.tempFilePath);

// or
try {
  const { tempFilePath } = await wx.cropImage({ src: tempFilePaths[0], cropScale: '16:9' });
} catch ({ errMsg }) {
  errMsg; // 'cropImage:fail cancel' when closed without cropping
}`,
  render() {
    const onChosen = (event: CustomEvent<ChooseImageResult>) => {
      parts(event.currentTarget).cropper.src = event.detail.tempFilePaths[0]!;
    };
    const onScale = (event: Event) => {
      const { cropper, scale } = parts(event.currentTarget);
      cropper.cropScale = scale.value as (typeof CROP_SCALES)[number];
    };
    const sample = (file: string) => async (event: Event) => {
      const target = event.currentTarget;
      const { cropper, scale } = parts(target);
      cropper.src = `${images}${file}`;
      try {
        await show(target, await wx.cropImage({ src: cropper.src, cropScale: scale.value as (typeof CROP_SCALES)[number] }));
      } catch (failure) {
        await show(target, failure as FailResult);
      }
    };
    const relay = (event: CustomEvent<CropImageResult | FailResult>) => void show(event.currentTarget, event.detail);
    return html`<wx-image-chooser count="1" size-type="original" source-type="album" @success=${onChosen}></wx-image-chooser>
      <div class="compress-form">
        <label>cropScale
          <select name="cropScale" @change=${onScale}>
            ${CROP_SCALES.map((scale) => html`<option ?selected=${scale === '1:1'}>${scale}</option>`)}
          </select>
        </label>
        <wx-image-cropper src="${images}Landscape_6.jpg" crop-scale="1:1" @complete=${relay}></wx-image-cropper>
      </div>
      <div class="row buttons" role="group" aria-label="Samples">
        <button type="button" @click=${sample('Landscape_6.jpg')}>JPEG, EXIF 6</button>
        <button type="button" @click=${sample('canon-dslr.jpg')}>18 MP photo</button>
        <button type="button" @click=${sample('sample.png')}>PNG</button>
      </div>
      <img class="cropped compressed" alt="The cropped image" />
      <output class="log" aria-live="polite"></output>`;
  },
};
