// <wx-image-uploader> against the test run's real HTTP server (scripts/upload-server-plugin.mjs):
// multipart parsed there, bytes compared by SHA-256.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import '../../components/image-uploader/define.js';
import type { WxImageUploader } from '../../components/image-uploader/image-uploader.js';
import { configure, getTempFile } from '../../src/index.js';
import { pressChord } from '../input.js';
import { waitFor } from '../wait.js';
import { received, requestsSeen, scriptAnswers, sha256, uploadId, uploadServer } from '../upload-server.js';
import { chooserSuiteHooks } from './image-chooser.helpers.js';
import { closeAll } from './image-preview.helpers.js';
import { addPhotos, formEntries, thumbnails } from './image-uploader.helpers.js';

/** The server answers JSON describing what it got; the form takes the file's hash from it. */
const hashOfAnswer = (result: { data?: string }) => (JSON.parse(result.data!) as { files: Array<{ sha256: string }> }).files[0]!.sha256;

async function uploadUrl(test: string, query = ''): Promise<{ id: string; url: string }> {
  const { sameOrigin } = await uploadServer();
  const id = uploadId(test);
  return { id, url: `${sameOrigin}/upload?id=${id}${query}` };
}

function settled(el: WxImageUploader): boolean {
  return el.photos.length > 0 && el.photos.every((p) => p.state === 'done' || p.state === 'failed');
}

function part(el: WxImageUploader, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`);
}

describe('<wx-image-uploader> uploads (real server)', () => {
  chooserSuiteHooks();
  afterEach(async () => {
    await closeAll();
    await resetMouse();
  });

  it('sends each new photo as it is added: its exact bytes, at most three at a time, with a progress bar', async () => {
    const { id, url } = await uploadUrl('uploader-bytes', '&rate=200000');
    const el = await fixture<WxImageUploader>(
      html`<wx-image-uploader size-type="original" source-type="album" upload-name="photo" upload-url=${url}></wx-image-uploader>`,
    );
    el.responseValue = hashOfAnswer;
    const successes: Array<{ statusCode?: number; filePath: string }> = [];
    el.addEventListener('success', (e) => successes.push(e.detail));
    const names = ['Landscape_1.jpg', 'Landscape_2.jpg', 'Landscape_3.jpg', 'Landscape_4.jpg', 'Landscape_5.jpg'];
    const files = await addPhotos(el, names, 5);
    // While they go: never more than three requests open, and a progress bar per photo with its value.
    let mostAtOnce = 0;
    const counting = (async () => {
      while (!settled(el)) mostAtOnce = Math.max(mostAtOnce, (await requestsSeen(id)).filter((r) => r.state === 'receiving').length);
    })();
    const bar = await waitFor(() => {
      const progress = part(el, 'progress');
      return progress && Number(progress.getAttribute('aria-valuenow')) > 0 ? progress : null;
    }, 'a progress bar moving');
    expect(bar.getAttribute('role')).to.equal('progressbar');
    await expect(el).to.be.accessible();
    await counting;
    expect(mostAtOnce).to.equal(3);
    expect(el.photos.map((p) => p.state)).to.deep.equal(['done', 'done', 'done', 'done', 'done']);
    const hashes = await Promise.all(files.map(sha256));
    const got = await received(id);
    expect(got.map((r) => r.files[0]!.sha256).sort()).to.deep.equal([...hashes].sort());
    for (const record of got) {
      expect(record.files[0]!.field).to.equal('photo');
      expect(record.files[0]!.fileName).to.match(/\.jpg$/);
      expect(record.files[0]!.type).to.equal('image/jpeg');
    }
    // The form value (what responseValue made of each answer) follows the grid's order.
    expect(el.value).to.deep.equal(hashes);
    expect(successes).to.have.length(5);
    expect(successes.every((s) => s.statusCode === 200)).to.equal(true);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('compresses first with size-type="compressed", and sends what the compression made', async () => {
    const { id, url } = await uploadUrl('uploader-compressed');
    const el = await fixture<WxImageUploader>(html`<wx-image-uploader size-type="compressed" source-type="album" upload-url=${url}></wx-image-uploader>`);
    const [file] = await addPhotos(el, ['canon-dslr.jpg'], 1);
    await waitFor(() => settled(el), 'the upload');
    const sent = getTempFile(el.items[0]!.sent!)!;
    expect(el.items[0]!.sent).to.not.equal(el.items[0]!.path);
    expect(sent.size).to.be.lessThan(file!.size);
    const [record] = await received(id);
    expect(record!.files[0]!.sha256).to.equal(await sha256(sent));
  });

  it('keeps a photo the server answered 500 for, says why, and Retry (keyboard) sends the same bytes', async () => {
    const { id, url } = await uploadUrl('uploader-500');
    await scriptAnswers(id, ['500', 'ok']);
    const form = await fixture<HTMLFormElement>(
      html`<form><wx-image-uploader name="photos" size-type="original" source-type="album" upload-url=${url}></wx-image-uploader></form>`,
    );
    const el = form.querySelector('wx-image-uploader')!;
    const fail = oneEvent(el, 'fail');
    await addPhotos(el, ['noexif.jpg'], 1);
    expect((await fail).detail).to.include({ statusCode: 500, errMsg: 'uploadFile:ok', index: 0 });
    await el.updateComplete;
    expect(el.photos[0]!.state).to.equal('failed');
    expect(part(el, 'item')!.textContent).to.contain('the server answered 500');
    expect(thumbnails(el)[0]!.getAttribute('aria-label')).to.equal('Photo 1 of 1, failed: the server answered 500');
    expect(form.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('A photo failed to upload: retry or delete it.');
    await expect(el).to.be.accessible();
    const success = oneEvent(el, 'success');
    part(el, 'retry')!.focus();
    await sendKeys({ press: 'Enter' });
    expect((await success).detail.statusCode).to.equal(200);
    const [first, second] = await received(id);
    expect(second!.files[0]!.sha256).to.equal(first!.files[0]!.sha256);
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    expect(formEntries(form, 'photos')).to.have.length(1);
  });

  it('a cut connection, a timeout and an offline server each leave the photo failed, with a Retry that works', async () => {
    const { id, url } = await uploadUrl('uploader-lost');
    const { refusedOrigin } = await uploadServer();
    configure({ uploadDomains: [refusedOrigin] });
    await scriptAnswers(id, ['cut', 'stall', 'ok', 'ok']);
    const el = await fixture<WxImageUploader>(
      html`<wx-image-uploader size-type="original" source-type="album" upload-timeout="1500" upload-url=${url}></wx-image-uploader>`,
    );
    await addPhotos(el, ['Landscape_1.jpg'], 1);
    const path = el.photos[0]!.filePath;
    await waitFor(() => el.photos[0]!.state === 'failed', 'the cut upload to fail');
    const cutReason = el.photos[0]!.reason;
    expect(cutReason).to.be.a('string').and.not.equal('');
    el.retry(path);
    await waitFor(() => el.photos[0]!.state === 'failed' && el.photos[0]!.reason !== cutReason, 'the stalled upload to time out');
    expect(el.photos[0]!.reason).to.equal('timeout');
    // Offline: nothing listens there.
    el.uploadUrl = `${refusedOrigin}/upload`;
    el.retry(path);
    await waitFor(() => el.photos[0]!.state === 'failed' && el.photos[0]!.reason !== 'timeout', 'the offline upload to fail');
    expect(el.photos.map((p) => p.filePath), 'the photo stays').to.deep.equal([path]);
    el.uploadUrl = url;
    el.retry(path);
    await waitFor(() => el.photos[0]!.state === 'done', 'the retry to land');
    const records = await received(id);
    // The stalled request was read whole; the retry that landed sent the same bytes.
    expect(records.at(-1)!.files[0]!.sha256).to.equal(await sha256(getTempFile(path)!));
  });

  it('says "still uploading" to the form, and submits the answers in the grid order after a move', async () => {
    const { url } = await uploadUrl('uploader-order', '&rate=300000');
    const form = await fixture<HTMLFormElement>(
      html`<form><wx-image-uploader name="photos" size-type="original" source-type="album" upload-url=${url}></wx-image-uploader></form>`,
    );
    const el = form.querySelector('wx-image-uploader')!;
    el.responseValue = hashOfAnswer;
    const files = await addPhotos(el, ['Landscape_1.jpg', 'noexif.jpg', 'sample.png'], 3);
    expect(form.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Please wait until every photo is uploaded.');
    await waitFor(() => settled(el), 'the uploads');
    await el.updateComplete;
    const hashes = await Promise.all(files.map(sha256));
    expect(formEntries(form, 'photos')).to.deep.equal(hashes);
    thumbnails(el)[0]!.focus();
    await pressChord('Alt', 'ArrowRight');
    await waitFor(() => el.value[0] === hashes[1], 'the move');
    expect(formEntries(form, 'photos')).to.deep.equal([hashes[1], hashes[0], hashes[2]]);
    form.reset();
    await el.updateComplete;
    expect(formEntries(form, 'photos')).to.deep.equal([]);
  });

  it('lets the page upload a photo itself: a cancelable upload event, then setItemState', async () => {
    const { id, url } = await uploadUrl('uploader-page');
    const el = await fixture<WxImageUploader>(html`<wx-image-uploader name="photos" source-type="album" upload-url=${url}></wx-image-uploader>`);
    el.addEventListener('upload', (e) => e.preventDefault());
    const upload = oneEvent(el, 'upload');
    await addPhotos(el, ['noexif.jpg'], 1);
    const { detail } = await upload;
    expect(detail).to.include({ index: 0, state: 'waiting' });
    el.setItemState(detail.filePath, { state: 'uploading', progress: 40 });
    await el.updateComplete;
    expect(part(el, 'progress')!.getAttribute('aria-valuenow')).to.equal('40');
    await expect(el).to.be.accessible();
    el.setItemState(detail.filePath, { state: 'done', value: 'https://cdn.example/photo.jpg' });
    expect(el.value).to.deep.equal(['https://cdn.example/photo.jpg']);
    expect(await received(id), 'the element sent nothing itself').to.deep.equal([]);
  });
});
