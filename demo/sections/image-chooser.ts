import { css, html, render } from 'lit';
import { releaseTempFile, wx, type ChooseImageResult, type ChosenImage, type WxImageChooser } from '../../src/index.js';
import { showResult, type GallerySection } from '../section.js';

// Constructed style sheet rather than a <style> element: the gallery runs under a CSP without
// 'unsafe-inline' for styles.
const sectionStyles = css`
  .chooser-options { display: flex; flex-wrap: wrap; gap: 8px 16px; font-size: 14px; }
  .chooser-options label { display: flex; align-items: center; gap: 6px; }
  .chooser-options input { width: 4em; }
  .chooser-form { display: grid; gap: 8px; }
  .chooser-actions { display: flex; flex-wrap: wrap; gap: 8px; }
  .chooser-thumbs { display: grid; grid-template-columns: repeat(auto-fill, minmax(96px, 1fr)); gap: 8px; }
  .chooser-thumbs:empty { display: none; }
  .chooser-thumb { margin: 0; display: grid; gap: 4px; }
  .chooser-thumb img { width: 100%; aspect-ratio: 1; object-fit: cover; border-radius: 6px; background: #eee; }
  .chooser-thumb figcaption { font-size: 12px; color: #555; text-align: center; }
`;

function adoptSectionStyles(): void {
  const sheet = sectionStyles.styleSheet;
  if (sheet && !document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Bytes as the gallery shows them: 1.9 MB, 26.1 KB, 735 B. */
function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** The thumbnails of the images a choice returned, each with its size. */
function thumbnails(images: readonly ChosenImage[]) {
  return images.map(
    (image, i) => html`<figure class="chooser-thumb">
      <img src=${image.path} alt="Chosen image ${i + 1}" loading="lazy" />
      <figcaption>${formatBytes(image.size)}</figcaption>
    </figure>`,
  );
}

export const section: GallerySection = {
  id: 'image-chooser',
  title: 'wx.chooseImage and <wx-image-chooser>',
  order: 10,
  summary: html`Album or camera (an action sheet asks when both are allowed and the device has a camera, or when the call has no user
    gesture), at most <code>count</code> images, checked by their bytes and compressed in a worker (longest edge 1920 px, quality
    0.8) unless "Original" is ticked. The element also takes dropped and pasted images, submits them with its form, and shows
    and announces a failure and its progress.`,
  code: `
const { tempFilePaths, tempFiles } = await wx.chooseImage({
  count: 3,
  sizeType: ['original', 'compressed'],
  sourceType: ['album', 'camera'],
});
// tempFiles: [{ path: 'blob:…', size: 26753 }, …]
// Cancel → rejects with { errMsg: 'chooseImage:fail cancel' }
wx.releaseTempFile(tempFilePaths[0]);

<form>
  <wx-image-chooser name="photos" count="3" required
    size-type="original compressed" source-type="album camera"
    @success=\${(e) => show(e.detail.tempFiles)}
    @progress=\${(e) => bar(e.detail.loaded / e.detail.total)}>
  </wx-image-chooser>
</form>`,
  render() {
    // Each new choice replaces the previous one; its temp paths are released.
    let shown: string[] = [];
    const live = (event: Event) => (event.target as Element).closest('.live')!;
    const show = (event: Event, images: readonly ChosenImage[]) => {
      for (const path of shown) releaseTempFile(path);
      shown = images.map((image) => image.path);
      render(thumbnails(images), live(event).querySelector<HTMLElement>('.chooser-thumbs')!);
    };
    const onSuccess = (event: CustomEvent<ChooseImageResult>) => show(event, event.detail.tempFiles);
    const onComplete = (event: CustomEvent) => showResult(live(event).querySelector('output'), event.detail);
    const setAttribute = (name: string) => (event: Event) => {
      const control = event.target as HTMLInputElement | HTMLSelectElement;
      live(event).querySelector('wx-image-chooser')!.setAttribute(name, control.value);
    };
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const entries = [...new FormData(event.target as HTMLFormElement).getAll('photos')] as File[];
      showResult(live(event).querySelector('output'), {
        submitted: entries.map((file) => `photos = ${file.name} (${formatBytes(file.size)})`),
      });
    };
    const onReset = (event: Event) => {
      for (const path of shown) releaseTempFile(path);
      shown = [];
      render(html``, live(event).querySelector<HTMLElement>('.chooser-thumbs')!);
    };
    const callApi = async (event: Event) => {
      const chooser = live(event).querySelector<WxImageChooser>('wx-image-chooser')!;
      try {
        const result = await wx.chooseImage({
          count: Number(chooser.getAttribute('count') ?? 9),
          sizeType: (chooser.getAttribute('size-type') ?? '').split(' ') as never,
          sourceType: (chooser.getAttribute('source-type') ?? '').split(' ') as never,
        });
        show(event, result.tempFiles);
        showResult(live(event).querySelector('output'), result);
      } catch (failure) {
        showResult(live(event).querySelector('output'), failure);
      }
    };
    adoptSectionStyles();
    return html`<div class="chooser-options" role="group" aria-label="chooseImage options">
        <label>count <input type="number" min="1" max="9" value="3" @input=${setAttribute('count')} /></label>
        <label
          >sizeType
          <select @change=${setAttribute('size-type')}>
            <option value="original compressed">original + compressed</option>
            <option value="compressed">compressed</option>
            <option value="original">original</option>
          </select></label
        >
        <label
          >sourceType
          <select @change=${setAttribute('source-type')}>
            <option value="album">album</option>
            <option value="album camera">album + camera</option>
            <option value="camera">camera</option>
          </select></label
        >
      </div>
      <form class="chooser-form" @submit=${onSubmit} @reset=${onReset}>
        <wx-image-chooser
          name="photos"
          count="3"
          required
          size-type="original compressed"
          source-type="album"
          @success=${onSuccess}
          @complete=${onComplete}
        ></wx-image-chooser>
        <div class="chooser-thumbs"></div>
        <div class="chooser-actions">
          <button class="primary" type="submit">Submit the form</button>
          <button type="reset">Reset</button>
          <button type="button" @click=${callApi}>Call wx.chooseImage directly</button>
        </div>
      </form>
      <output class="log" aria-live="polite"></output>`;
  },
};
