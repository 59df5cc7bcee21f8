import { getImageInfo, type ChooseImageResult } from 'wx-image-kit';

const chooser = document.querySelector('wx-image-chooser')!;
const preview = document.querySelector('wx-image-preview')!;
const view = document.querySelector<HTMLButtonElement>('#view')!;

// The element's typed addEventListener: `e` is CustomEvent<ChooseImageResult>.
chooser.addEventListener('success', (e) => {
  const result: ChooseImageResult = e.detail;
  for (const path of result.tempFilePaths) {
    const info = document.createElement('wx-image-info');
    info.src = path;
    document.querySelector('#chosen')!.append(info);
  }
  preview.urls = result.tempFilePaths;
  view.disabled = false;
});
chooser.addEventListener('fail', (e) => console.warn(e.detail.errMsg));
view.addEventListener('click', () => preview.show());

// The API function too, with its Promise form.
const { width, height }: { width: number; height: number } = await getImageInfo({ src: '/Landscape_6.jpg' });
document.title = `${width}×${height}`;
