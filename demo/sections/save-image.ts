import { html } from 'lit';
import { wx, type ChooseImageResult } from '../../src/index.js';
import { readAuthSetting, settingsKey } from '../../src/auth/settings-store.js';
import { showResult, type GallerySection } from '../section.js';

const images = `${import.meta.env.BASE_URL}images/`;

/** The section's two outputs: the last result and the current authSetting. */
function outputs(from: EventTarget | null) {
  const live = (from as Element).closest('.live')!;
  return { result: live.querySelector('output.result'), setting: live.querySelector('output.setting') };
}

async function refreshSetting(setting: Element | null): Promise<void> {
  showResult(setting, await wx.getSetting());
}

/** Runs an API call and shows its outcome, then the authSetting it left behind. */
async function run(event: Event, call: () => Promise<unknown>): Promise<void> {
  const { result, setting } = outputs(event.currentTarget);
  try {
    showResult(result, await call());
  } catch (failure) {
    showResult(result, failure);
  }
  await refreshSetting(setting);
}

export const section: GallerySection = {
  id: 'save-image-to-photos-album',
  title: 'wx.saveImageToPhotosAlbum, wx.authorize, wx.getSetting, wx.openSetting',
  order: 40,
  summary:
    'Saves an image "to the album": the share sheet where the device shares files, a download everywhere else. ' +
    'The first save asks through the consent dialog; the answer is remembered per site until Open settings changes it.',
  code: `
await wx.saveImageToPhotosAlbum({ filePath: tempFilePath });
// first time: consent dialog → Allow → saved (share sheet or download)
// Deny → { errMsg: 'saveImageToPhotosAlbum:fail auth deny' }, and later saves fail at once

const { authSetting } = await wx.getSetting();
// { 'scope.writePhotosAlbum': false }
if (authSetting['scope.writePhotosAlbum'] === false) {
  await wx.openSetting(); // the person switches it back on
}
await wx.authorize({ scope: 'scope.writePhotosAlbum' });

// refused before anything is requested: 'saveImageToPhotosAlbum:fail invalid file path'
await wx.saveImageToPhotosAlbum({ filePath: 'https://example.com/a.jpg' });`,
  render() {
    // The kit's own chooser: its temp path is what saveImageToPhotosAlbum takes.
    const chooseAndSave = (event: CustomEvent<ChooseImageResult>) =>
      void run(event, () => wx.saveImageToPhotosAlbum({ filePath: event.detail.tempFilePaths[0] }));
    const save = (filePath: string) => (event: Event) => void run(event, () => wx.saveImageToPhotosAlbum({ filePath }));
    const forget = (event: Event) => {
      localStorage.removeItem(settingsKey());
      void refreshSetting(outputs(event.currentTarget).setting);
    };
    return html`<div class="row">
        <p>Save an image of your own:</p>
        <wx-image-chooser count="1" size-type="original" source-type="album" @success=${chooseAndSave}></wx-image-chooser>
      </div>
      <div class="row buttons">
        <button class="primary" type="button" @click=${save(`${images}progressive.jpg`)}>Save progressive.jpg</button>
        <button type="button" @click=${save(`${images}gen-png-content-named-50x40.jpg`)}>Save a PNG named .jpg</button>
        <button type="button" @click=${save(`${images}gen-html-named.png`)}>Save an HTML file named .png</button>
        <button type="button" @click=${save('https://example.com/photo.jpg')}>Save an online URL</button>
      </div>
      <div class="row buttons">
        <button type="button" @click=${(event: Event) => run(event, () => wx.authorize({ scope: 'scope.writePhotosAlbum' }))}>
          Authorize
        </button>
        <button type="button" @click=${(event: Event) => run(event, () => wx.openSetting())}>Open settings</button>
        <button type="button" @click=${(event: Event) => run(event, () => wx.getSetting())}>Get setting</button>
        <button type="button" @click=${forget}>Forget my decisions</button>
      </div>
      <p>Result</p>
      <output class="log result" aria-live="polite"></output>
      <p>Current authSetting</p>
      <output class="log setting" aria-live="polite">${JSON.stringify({ authSetting: readAuthSetting() }, null, 2)}</output>`;
  },
};
