import { css, html } from 'lit';
import '../../components/image-uploader/define.js';
import type { UploaderUploadDetail, WxImageUploader } from '../../components/image-uploader/image-uploader.js';
import { showResult, type GallerySection } from '../section.js';

// Constructed style sheet rather than a <style> element: the gallery runs under a CSP without
// 'unsafe-inline' for styles.
const sectionStyles = css`
  .uploader-options { display: flex; flex-wrap: wrap; gap: 8px 16px; font-size: 14px; }
  .uploader-options label { display: flex; align-items: center; gap: 6px; }
  .uploader-form { display: grid; gap: 8px; }
  .uploader-actions { display: flex; flex-wrap: wrap; gap: 8px; }
`;

function adoptSectionStyles(): void {
  const sheet = sectionStyles.styleSheet;
  if (sheet && !document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** The gallery's endpoint answers `{ "url": … }`: that URL is what the form submits. */
const urlOfResponse = (result: { data?: string }) => (JSON.parse(result.data ?? '{}') as { url?: string }).url ?? '';

export const section: GallerySection = {
  id: 'image-uploader',
  title: '<wx-image-uploader>',
  order: 12,
  summary: html`The upload screen of a Mini App page: a grid of small upright thumbnails, an add tile that hides at
    <code>count</code>, the viewer on tap, a × per photo, reorder by drag or Alt+Arrow keys, and every new photo compressed and sent
    with <code>wx.uploadFile</code> (three at a time, with progress, and Retry when it fails). The uploads go to
    <code>POST /upload</code> on <code>npm start</code>'s server, read at about 4 Mbit/s so the progress shows; the form submits
    the URLs it answers, in the grid's order.`,
  code: `
<form>
  <wx-image-uploader name="photos" required count="9"
    upload-url="/upload" upload-name="file" size-type="compressed"
    .responseValue=\${(res) => JSON.parse(res.data).url}
    @fail=\${(e) => console.log(e.detail.statusCode, e.detail.errMsg)}>
  </wx-image-uploader>
</form>
// new FormData(form).getAll('photos') → ['/uploads/1/photo.jpg', …]`,
  render() {
    const live = (event: Event) => (event.target as Element).closest('.live')!;
    const uploader = (event: Event) => live(event).querySelector<WxImageUploader>('wx-image-uploader')!;
    const onComplete = (event: CustomEvent<UploaderUploadDetail>) => showResult(live(event).querySelector('output'), event.detail);
    const setAttribute = (name: string) => (event: Event) => {
      const control = event.target as HTMLInputElement | HTMLSelectElement;
      uploader(event).setAttribute(name, control.value);
    };
    const failNext = (event: Event) => {
      const failing = (event.target as HTMLInputElement).checked;
      uploader(event).setAttribute('upload-url', failing ? '/upload?status=500' : '/upload');
    };
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      showResult(live(event).querySelector('output'), { submitted: new FormData(event.target as HTMLFormElement).getAll('photos') });
    };
    adoptSectionStyles();
    return html`<div class="uploader-options" role="group" aria-label="Uploader options">
        <label
          >size-type
          <select @change=${setAttribute('size-type')}>
            <option value="compressed">compressed</option>
            <option value="original">original</option>
          </select></label
        >
        <label
          >crop-scale
          <select @change=${setAttribute('crop-scale')}>
            <option value="">none</option>
            <option value="1:1">1:1</option>
            <option value="4:3">4:3</option>
          </select></label
        >
        <label><input type="checkbox" @change=${failNext} /> Server answers 500</label>
      </div>
      <form class="uploader-form" @submit=${onSubmit}>
        <wx-image-uploader
          name="photos"
          required
          count="9"
          upload-url="/upload"
          size-type="compressed"
          source-type="album"
          .responseValue=${urlOfResponse}
          @complete=${onComplete}
        ></wx-image-uploader>
        <div class="uploader-actions">
          <button class="primary" type="submit">Submit the form</button>
          <button type="reset">Reset</button>
        </div>
      </form>
      <output class="log" aria-live="polite"></output>`;
  },
};
