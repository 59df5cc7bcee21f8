import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../components/image-uploader/define.js';
import type { WxImageUploader } from '../../components/image-uploader/image-uploader.js';
import { configure, getTempFile } from '../../src/index.js';
import { pressChord } from '../input.js';
import { waitFor } from '../wait.js';
import { fixtureFile, recordNotices } from '../intake/helpers.js';
import { chooserSuiteHooks, drop } from './image-chooser.helpers.js';
import { closeAll, counterText, dialogOf, middleOf, sharedViewer } from './image-preview.helpers.js';
import { applyForcedColourRules, contrast, styleOf } from './colour.js';
import { addPhotos, addTile, deleteButtons, focused, formEntries, thumbnails, thumbnailsDrawn } from './image-uploader.helpers.js';

const THREE = ['Landscape_1.jpg', 'noexif.jpg', 'sample.png'];

describe('<wx-image-uploader>', () => {
  chooserSuiteHooks();
  afterEach(async () => {
    await closeAll();
    await resetMouse();
  });

  it('starts with an accessible add tile, in English and Chinese', async () => {
    const el = await fixture<WxImageUploader>(html`<wx-image-uploader></wx-image-uploader>`);
    expect(addTile(el)!.textContent!.trim()).to.equal('+Add photo');
    expect(el.shadowRoot!.querySelector('[part=grid]')!.getAttribute('aria-label')).to.equal('Photos');
    await expect(el).to.be.accessible();
    configure({ locale: 'zh-CN' });
    await el.updateComplete;
    expect(addTile(el)!.textContent!.trim()).to.equal('+添加图片');
  });

  it('adds the chosen photos as upright thumbnails decoded at thumbnail size', async () => {
    const el = await fixture<WxImageUploader>(html`<wx-image-uploader source-type="album"></wx-image-uploader>`);
    const change = oneEvent(el, 'change');
    await addPhotos(el, ['gen-exif6-thumb-400x300.jpg', 'Landscape_1.jpg'], 2);
    await change;
    await thumbnailsDrawn(el);
    const edge = 88 * Math.min(3, devicePixelRatio);
    const [turned, landscape] = el.items.map((item) => item.canvas!);
    // Stored 400×300 with Orientation 6: upright it is portrait.
    expect(turned!.height).to.be.greaterThan(turned!.width);
    for (const canvas of [turned!, landscape!]) expect(Math.max(canvas.width, canvas.height)).to.be.at.most(edge);
    expect(thumbnails(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Photo 1 of 2, uploaded', 'Photo 2 of 2, uploaded']);
    await expect(el).to.be.accessible();
  });

  it('takes photos dropped onto it, checked by their bytes as the chooser does', async () => {
    const el = await fixture<WxImageUploader>(html`<wx-image-uploader></wx-image-uploader>`);
    const photo = await fixtureFile('noexif.jpg');
    const text = new File(['not an image'], 'notes.jpg', { type: 'image/jpeg' });
    const change = oneEvent(el, 'change');
    drop(el, [text, photo]);
    await change;
    expect(el.photos.map((p) => getTempFile(p.filePath)!.size)).to.deep.equal([photo.size]);
    await thumbnailsDrawn(el);
    expect(el.items[0]!.canvas).to.be.instanceOf(HTMLCanvasElement);
  });

  it('keeps the first photos that fit, says so, and hides the add tile at count', async () => {
    const el = await fixture<WxImageUploader>(html`<wx-image-uploader count="2" source-type="album"></wx-image-uploader>`);
    const notices = recordNotices();
    const files = await addPhotos(el, THREE, 2);
    await waitFor(() => notices.texts.length, 'the count notice');
    notices.stop();
    expect(notices.texts).to.deep.equal(['You can choose up to 2 images']);
    expect(el.photos.map((p) => getTempFile(p.filePath)!.size)).to.deep.equal([files[0]!.size, files[1]!.size]);
    await el.updateComplete;
    expect(addTile(el), 'no add tile when full').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('refuses photos over max-size with a visible, announced reason', async () => {
    const el = await fixture<WxImageUploader>(html`<wx-image-uploader max-size="20000" source-type="album"></wx-image-uploader>`);
    const files = await addPhotos(el, ['Landscape_1.jpg', 'gen-1x1.png'], 1);
    expect(files[0]!.size).to.be.greaterThan(20000);
    expect(getTempFile(el.photos[0]!.filePath)!.size).to.equal(files[1]!.size);
    await el.updateComplete;
    const error = el.shadowRoot!.querySelector('[part=error]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.equal('1 photo(s) over 19.5 KB not added.');
    await expect(el).to.be.accessible();
  });

  it('opens the viewer on the whole list at the photo tapped, and on Enter', async () => {
    const el = await fixture<WxImageUploader>(html`<wx-image-uploader source-type="album"></wx-image-uploader>`);
    await addPhotos(el, THREE, 3);
    await sendMouse({ type: 'click', position: middleOf(thumbnails(el)[1]!) });
    await waitFor(() => document.querySelector('wx-image-preview')?.open, 'the viewer');
    expect(dialogOf(sharedViewer()).open).to.equal(true);
    expect(counterText(sharedViewer())).to.equal('2 / 3');
    await closeAll();
    thumbnails(el)[2]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => sharedViewer().open, 'the viewer again');
    expect(counterText(sharedViewer())).to.equal('3 / 3');
  });

  it('deletes from the keyboard after a cancelable delete event, and moves focus sensibly', async () => {
    const el = await fixture<WxImageUploader>(html`<wx-image-uploader source-type="album"></wx-image-uploader>`);
    await addPhotos(el, THREE, 3);
    const [first, second, third] = el.photos.map((p) => p.filePath);
    // "Are you sure?" — no.
    el.addEventListener('delete', (e) => e.preventDefault(), { once: true });
    thumbnails(el)[1]!.focus();
    await sendKeys({ press: 'Delete' });
    expect(el.photos).to.have.length(3);
    // Yes: the next photo takes focus.
    const deleted = oneEvent(el, 'delete');
    await sendKeys({ press: 'Delete' });
    expect((await deleted).detail).to.include({ index: 1, filePath: second });
    await waitFor(() => el.photos.length === 2, 'one photo fewer');
    expect(getTempFile(second!), 'its temp file is released').to.equal(undefined);
    await waitFor(() => focused(el) === thumbnails(el)[1], 'focus on the next photo');
    // Said in the status region at the next frame (cleared first, so the same words are said again).
    await waitFor(() => el.shadowRoot!.querySelector('[role=status]')!.textContent === 'Photo deleted, 2 left', "the status says 'Photo deleted, 2 left'");
    // The last one's ×, pressed with Enter: focus goes back to the previous photo.
    expect(deleteButtons(el)[1]!.getAttribute('aria-label')).to.equal('Delete photo 2');
    deleteButtons(el)[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.photos.length === 1 && focused(el) === thumbnails(el)[0], 'focus on the previous photo');
    expect(el.photos.map((p) => p.filePath)).to.deep.equal([first]);
    expect(third).to.not.equal(first);
    // The last photo: the add tile.
    await sendKeys({ press: 'Delete' });
    await waitFor(() => focused(el) === addTile(el), 'focus on the add tile');
    await expect(el).to.be.accessible();
  });

  it('moves a photo with Alt+Arrow keys, says where, and submits in the new order', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><wx-image-uploader name="photos" source-type="album"></wx-image-uploader></form>`);
    const el = form.querySelector('wx-image-uploader')!;
    const files = await addPhotos(el, THREE, 3);
    const sizes = () => el.photos.map((p) => getTempFile(p.filePath)!.size);
    expect(sizes()).to.deep.equal(files.map((f) => f.size));
    thumbnails(el)[0]!.focus();
    await pressChord('Alt', 'ArrowRight');
    await waitFor(() => sizes()[1] === files[0]!.size, 'the first photo in second place');
    await waitFor(() => el.shadowRoot!.querySelector('[role=status]')!.textContent === 'Moved to position 2 of 3', 'the move announced');
    expect(focused(el), 'focus stays on the moved photo').to.equal(thumbnails(el)[1]);
    await pressChord('Alt', 'ArrowRight');
    await waitFor(() => sizes()[2] === files[0]!.size, 'the first photo last');
    expect(formEntries(form, 'photos').map((entry) => Number(entry.split(':').pop()))).to.deep.equal([files[1]!.size, files[2]!.size, files[0]!.size]);
    await expect(el).to.be.accessible();
  });

  it('moves a photo by dragging it, without opening the viewer', async () => {
    const el = await fixture<WxImageUploader>(html`<wx-image-uploader source-type="album"></wx-image-uploader>`);
    const files = await addPhotos(el, THREE, 3);
    const change = oneEvent(el, 'change');
    const [from, , to] = thumbnails(el).map(middleOf);
    await sendMouse({ type: 'move', position: from! });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [from![0] + 20, from![1]] });
    await sendMouse({ type: 'move', position: to! });
    await sendMouse({ type: 'up' });
    await change;
    expect(el.photos.map((p) => getTempFile(p.filePath)!.size)).to.deep.equal([files[1]!.size, files[2]!.size, files[0]!.size]);
    expect(document.querySelector('wx-image-preview')?.open ?? false, 'no viewer').to.equal(false);
  });

  it('is a form control: required, reset, and URLs already on the server as its value', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><wx-image-uploader name="photos" required source-type="album"></wx-image-uploader></form>`);
    const el = form.querySelector('wx-image-uploader')!;
    expect(form.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Please add a photo.');
    await addPhotos(el, ['noexif.jpg'], 1);
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    const path = el.photos[0]!.filePath;
    const change = oneEvent(el, 'change');
    form.reset();
    await change;
    expect(el.photos).to.deep.equal([]);
    expect(getTempFile(path), 'reset releases its temp files').to.equal(undefined);
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    const urls = [new URL('/test/fixtures/images/noexif.jpg', location.href).href, new URL('/test/fixtures/images/sample.png', location.href).href];
    el.value = urls;
    await el.updateComplete;
    expect(el.value).to.deep.equal(urls);
    expect(formEntries(form, 'photos')).to.deep.equal(urls);
    expect(form.checkValidity()).to.equal(true);
    await thumbnailsDrawn(el);
    expect(el.items.every((item) => item.canvas instanceof HTMLCanvasElement)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('reads in light and dark, and keeps every button outlined in forced colours', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><wx-image-uploader></wx-image-uploader></div>`);
    const el = wrapper.querySelector('wx-image-uploader')!;
    const url = new URL('/test/fixtures/images/noexif.jpg', location.href).href;
    el.value = [url];
    await thumbnailsDrawn(el);
    el.setItemState(url, { state: 'failed', reason: 'timeout' });
    await el.updateComplete;
    const part = (name: string) => el.shadowRoot!.querySelector(`[part=${name}]`)!;
    for (const scheme of ['light', 'dark'] as const) {
      wrapper.style.colorScheme = scheme;
      const page = scheme === 'dark' ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)';
      // A page that declares dark has a dark background.
      wrapper.style.background = page;
      expect(contrast(styleOf(part('add'), 'color'), styleOf(part('add'), 'background-color')), `${scheme}: add tile`).to.be.at.least(4.5);
      expect(contrast(styleOf(part('retry'), 'color'), styleOf(part('retry'), 'background-color')), `${scheme}: Retry`).to.be.at.least(4.5);
      expect(contrast(styleOf(el.shadowRoot!.querySelector('.help')!, 'color'), page), `${scheme}: help line`).to.be.at.least(4.5);
      await expect(el).to.be.accessible();
    }
    applyForcedColourRules(el.shadowRoot!);
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('part'))).to.have.members(['thumbnail', 'retry', 'delete', 'add']);
    for (const button of buttons) {
      expect(styleOf(button, 'border-top-style'), button.getAttribute('part')!).to.equal('solid');
      expect(parseFloat(styleOf(button, 'border-top-width')), button.getAttribute('part')!).to.be.at.least(2);
    }
  });
});
