// Mini App page code, as it is written for WeChat, run unchanged against the kit's `wx` and a real
// server: choose a photo → upload it with progress; download an online image → save it.
import { expect } from '@open-wc/testing';
import { configure, releaseAllTempFiles, resetConfig, wx } from '../../src/index.js';
import { settingsKey } from '../../src/auth/settings-store.js';
import { memoryStorage } from '../auth/helpers.js';
import { chooseFiles, closeLeftovers, endUserActivation, fixtureFile, pickerInput, pressSheetItem } from '../intake/helpers.js';
import { received, sha256, uploadId, uploadServer } from '../upload-server.js';
import { waitUntil } from '../wait.js';

describe('A Mini App page: chooseImage → uploadFile, downloadFile → saveImageToPhotosAlbum', () => {
  let server: Awaited<ReturnType<typeof uploadServer>>;
  before(async () => {
    server = await uploadServer();
  });
  afterEach(async () => {
    await endUserActivation();
    closeLeftovers();
    releaseAllTempFiles();
    resetConfig();
  });

  it('uploads the chosen photo byte for byte, telling progress, with the form fields of the page', async () => {
    configure({ uploadDomains: [server.host] });
    const id = uploadId('page');
    const page = { data: { progress: 0, uploaded: '', errMsg: '' } };
    // The page's own code, as in WeChat's docs.
    wx.chooseImage({
      count: 1,
      sizeType: ['original'],
      sourceType: ['album'],
      success(res) {
        const tempFilePaths = res.tempFilePaths;
        const uploadTask = wx.uploadFile({
          url: `${server.origin}/upload?id=${id}`,
          filePath: tempFilePaths[0],
          name: 'file',
          formData: { user: 'test' },
          success(res) {
            page.data.uploaded = res.data;
          },
          fail(res) {
            page.data.errMsg = res.errMsg;
          },
        });
        uploadTask.onProgressUpdate((res) => {
          page.data.progress = res.progress;
        });
      },
    });
    await pressSheetItem('Choose from Album');
    const photo = await fixtureFile('Landscape_7.jpg');
    chooseFiles(await pickerInput(), [photo]);
    await waitUntil(() => page.data.uploaded || page.data.errMsg, 'the upload to end', { timeout: 10_000 });
    expect(page.data.errMsg).to.equal('');
    expect(page.data.progress).to.equal(100);
    const [upload] = await received(id);
    expect(upload.fields).to.deep.equal({ user: 'test' });
    expect(upload.files[0]).to.include({ field: 'file', fileName: 'Landscape_7.jpg', type: 'image/jpeg', size: photo.size });
    expect(upload.files[0].sha256).to.equal(await sha256(photo));
  });

  it('saves an online image the Mini App way: downloadFile, then saveImageToPhotosAlbum of its tempFilePath', async () => {
    configure({
      downloadDomains: [server.host],
      storage: memoryStorage({ [settingsKey()]: JSON.stringify({ 'scope.writePhotosAlbum': true }) }),
    });
    const anchors: HTMLAnchorElement[] = [];
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof HTMLAnchorElement && event.target.hasAttribute('download')) {
        event.preventDefault();
        anchors.push(event.target);
      }
    };
    document.addEventListener('click', onClick, true);
    const page = { saved: '', failed: '' };
    try {
      wx.downloadFile({
        url: `${server.origin}/files/fixtures/images/Landscape_8.jpg`,
        success(res) {
          if (res.statusCode === 200) {
            wx.saveImageToPhotosAlbum({
              filePath: res.tempFilePath,
              success(r) {
                page.saved = r.errMsg;
              },
              fail(r) {
                page.failed = r.errMsg;
              },
            });
          }
        },
        fail(res) {
          page.failed = res.errMsg;
        },
      });
      await waitUntil(() => page.saved || page.failed, 'the save to end', { timeout: 10_000 });
      expect(page).to.deep.equal({ saved: 'saveImageToPhotosAlbum:ok', failed: '' });
      const saved = await (await fetch(anchors[0].href)).blob();
      expect(await sha256(saved)).to.equal(await sha256(await (await fetch('/test/fixtures/images/Landscape_8.jpg')).blob()));
    } finally {
      document.removeEventListener('click', onClick, true);
    }
  });
});
