// The page of every bundler app (test/consumers/README.md): plain JavaScript, the markup made here
// so that each tool's default HTML (or none) will do. scripts/consumer-check.mjs reads the results.
import { wx } from 'wx-image-kit';

document.body.insertAdjacentHTML(
  'beforeend',
  `<wx-image-info id="info" src="./Landscape_6.jpg"></wx-image-info>
  <wx-image-chooser count="3" size-type="compressed" source-type="album"></wx-image-chooser>
  <button type="button" id="view" disabled>View</button>
  <div id="chosen"></div>
  <wx-image-preview></wx-image-preview>`,
);

const preview = document.querySelector('wx-image-preview');
const view = document.querySelector('#view');
document.querySelector('wx-image-chooser').addEventListener('success', (e) => {
  preview.urls = e.detail.tempFilePaths;
  for (const src of preview.urls) document.querySelector('#chosen').append(Object.assign(document.createElement('wx-image-info'), { src }));
  view.disabled = false;
});
view.addEventListener('click', () => preview.show());

// An EXIF-rotated photo (stored 1200 × 1800, Orientation 6) through the wx object.
const settled = (promise) => promise.then((result) => result, (failure) => failure);
window.results = {};
settled(wx.getImageInfo({ src: './Landscape_6.jpg' })).then((info) => (window.results.info = info));
settled(wx.compressImage({ src: './Landscape_6.jpg', quality: 50 })).then((result) => (window.results.compressed = result));
