import { expect } from '@open-wc/testing';
import {
  configure,
  downloadFile,
  getImageInfo,
  getTempFile,
  previewImage,
  releaseAllTempFiles,
  releaseTempFile,
  resetConfig,
  saveImageToPhotosAlbum,
  wx,
  type DownloadProgress,
  type DownloadTask,
} from '../../src/index.js';
import { settingsKey } from '../../src/auth/settings-store.js';
import { memoryStorage } from '../auth/helpers.js';
import { closeAll, fullImage, sharedViewer } from '../components/image-preview.helpers.js';
import { loadedImage } from '../pictures.js';
import { requestsSeen, sha256, uploadId, uploadServer } from '../upload-server.js';
import { waitUntil } from '../wait.js';

const FIXTURES = '/test/fixtures/images/';

async function fixture(file: string): Promise<Blob> {
  return (await fetch(FIXTURES + file)).blob();
}

/** Calls downloadFile in the callback style: the task, and what `complete` got. */
function downloadWithCallbacks(options: Parameters<typeof downloadFile>[0]) {
  const calls = { success: 0, fail: 0, complete: 0 };
  let task!: DownloadTask;
  const result = new Promise<{ errMsg: string; statusCode?: number; tempFilePath?: string }>((resolve) => {
    task = downloadFile({
      ...options,
      success: () => calls.success++,
      fail: () => calls.fail++,
      complete: (r) => {
        calls.complete++;
        resolve(r as { errMsg: string });
      },
    });
  });
  return { task, result, calls };
}

describe('wx.downloadFile', () => {
  let server: Awaited<ReturnType<typeof uploadServer>>;
  /** A fixture's URL on the server's own port (another origin than the page's). */
  const online = (file: string, query = '') => `${server.origin}/files/fixtures/images/${file}${query}`;
  before(async () => {
    server = await uploadServer();
  });
  beforeEach(() => configure({ downloadDomains: [server.host] }));
  afterEach(async () => {
    await closeAll();
    releaseAllTempFiles();
    resetConfig();
  });

  it('downloads an allowed online file into a temp path that ends in its type and holds its exact bytes', async () => {
    const id = uploadId('download');
    const result = await downloadFile({ url: online('Landscape_3.jpg', `?id=${id}`), header: { 'X-Token': 'abc', 'X-Count': 2 } });
    expect(result.errMsg).to.equal('downloadFile:ok');
    expect(result.statusCode).to.equal(200);
    expect(result.tempFilePath).to.match(/^blob:.+#\.jpg$/);
    expect(await sha256(getTempFile(result.tempFilePath)!)).to.equal(await sha256(await fixture('Landscape_3.jpg')));
    const [request] = await requestsSeen(id);
    expect(request.headers).to.include({ 'x-token': 'abc', 'x-count': '2' });
    // Each call downloads anew, with its own temp path.
    const again = await downloadFile({ url: online('Landscape_3.jpg') });
    expect(again.tempFilePath).to.not.equal(result.tempFilePath);
  });

  it('gives a temp path that works as <img src>, with getImageInfo and previewImage, and is released like any other', async () => {
    const { tempFilePath } = await downloadFile({ url: online('Landscape_5.jpg') });
    const img = await loadedImage(tempFilePath);
    expect(img.naturalWidth).to.be.greaterThan(0);
    const info = await getImageInfo({ src: tempFilePath });
    expect(info).to.include({ path: tempFilePath, type: 'jpeg' });
    expect(info.width * info.height).to.be.greaterThan(0);
    await previewImage({ urls: [tempFilePath] });
    const shown = await fullImage(sharedViewer());
    expect(shown.naturalWidth).to.equal(img.naturalWidth);
    await closeAll();
    expect(releaseTempFile(tempFilePath)).to.equal(true);
    expect(getTempFile(tempFilePath)).to.equal(undefined);
    expect(await getImageInfo({ src: tempFilePath }).catch((e) => e)).to.deep.equal({ errMsg: 'getImageInfo:fail file not found' });
  });

  it('saves its temp path with saveImageToPhotosAlbum: the same bytes, under a name with the extension', async () => {
    configure({ storage: memoryStorage({ [settingsKey()]: JSON.stringify({ 'scope.writePhotosAlbum': true }) }) });
    const anchors: HTMLAnchorElement[] = [];
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof HTMLAnchorElement && event.target.hasAttribute('download')) {
        event.preventDefault();
        anchors.push(event.target);
      }
    };
    document.addEventListener('click', onClick, true);
    try {
      const { tempFilePath } = await downloadFile({ url: online('Landscape_4.jpg') });
      expect(await saveImageToPhotosAlbum({ filePath: tempFilePath })).to.deep.equal({ errMsg: 'saveImageToPhotosAlbum:ok' });
      expect(anchors).to.have.length(1);
      expect(anchors[0].download).to.match(/\.jpg$/);
      const saved = await (await fetch(anchors[0].href)).blob();
      expect(await sha256(saved)).to.equal(await sha256(await fixture('Landscape_4.jpg')));
    } finally {
      document.removeEventListener('click', onClick, true);
    }
  });

  it('reports a 404 as a success with statusCode 404 and the body as its temp file, as WeChat does', async () => {
    const result = await downloadFile({ url: online('no-such-file.jpg') });
    expect(result.errMsg).to.equal('downloadFile:ok');
    expect(result.statusCode).to.equal(404);
    expect(await getTempFile(result.tempFilePath)!.text()).to.equal('not found');
  });

  it('tells headers, then progress that only grows and ends at 100 with every byte written', async () => {
    const size = (await fixture('Landscape_6.jpg')).size;
    const seen: DownloadProgress[] = [];
    const headers: Record<string, string>[] = [];
    const task = downloadFile({ url: online('Landscape_6.jpg', '?rate=700000') });
    task.onProgressUpdate((p) => seen.push(p));
    task.onHeadersReceived(({ header }) => headers.push(header));
    const result = await task;
    expect(result.statusCode).to.equal(200);
    expect(headers).to.have.length(1);
    expect(headers[0]['content-type']).to.equal('image/jpeg');
    expect(seen.length, 'progress events').to.be.greaterThan(2);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i].totalBytesWritten).to.be.at.least(seen[i - 1].totalBytesWritten);
      expect(seen[i].progress).to.be.at.least(seen[i - 1].progress);
    }
    expect(seen[0].progress).to.be.below(100);
    expect(seen.at(-1)).to.deep.equal({ progress: 100, totalBytesWritten: size, totalBytesExpectedToWrite: size });
  });

  it('abort() fails the call with "abort", complete once, and leaves no temp file', async () => {
    const { task, result, calls } = downloadWithCallbacks({ url: online('canon-dslr.jpg', '?rate=200000') });
    const seen: DownloadProgress[] = [];
    task.onProgressUpdate((p) => seen.push(p));
    await waitUntil(() => seen.length > 0, 'the first bytes', { timeout: 5000 });
    task.abort();
    expect(await result).to.deep.equal({ errMsg: 'downloadFile:fail abort' });
    expect(calls).to.deep.equal({ success: 0, fail: 1, complete: 1 });
    expect(seen.at(-1)!.progress).to.be.below(100);
  });

  it('fails with "timeout", "network error" on a cut connection and when offline', async () => {
    expect(await downloadFile({ url: online('Landscape_0.jpg', '?stall=1'), timeout: 400 }).catch((e) => e)).to.deep.equal({ errMsg: 'downloadFile:fail timeout' });
    expect(await downloadFile({ url: online('canon-dslr.jpg', '?cut=1') }).catch((e) => e)).to.deep.equal({ errMsg: 'downloadFile:fail network error' });
    configure({ downloadDomains: [new URL(server.refusedOrigin).host] });
    expect(await downloadFile({ url: `${server.refusedOrigin}/files/x.jpg` }).catch((e) => e)).to.deep.equal({ errMsg: 'downloadFile:fail network error' });
  });

  it('refuses hosts outside configure({ downloadDomains }), other schemes, and a filePath it cannot honour', async () => {
    resetConfig();
    expect(await downloadFile({ url: online('Landscape_0.jpg') }).catch((e) => e)).to.deep.equal({ errMsg: 'downloadFile:fail url not in domain list' });
    for (const url of ['', 'ftp://example.com/a.jpg', 'data:image/png;base64,AAAA']) {
      expect(await downloadFile({ url }).catch((e) => e), url).to.deep.equal({ errMsg: 'downloadFile:fail invalid url' });
    }
    expect(await downloadFile({ url: `${server.sameOrigin}/files/fixtures/images/gen-1x1.png`, filePath: 'wxfile://usr/a.png' }).catch((e) => e)).to.deep.equal({
      errMsg: 'downloadFile:fail filePath is not supported on the web: use tempFilePath',
    });
    // Same origin needs no list.
    const own = await downloadFile({ url: `${server.sameOrigin}/files/fixtures/images/gen-1x1.png` });
    expect(own.tempFilePath).to.match(/#\.png$/);
  });

  it('is in the wx table', () => {
    expect(wx.downloadFile).to.equal(downloadFile);
  });
});
