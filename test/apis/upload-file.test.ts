import { expect } from '@open-wc/testing';
import { configure, createTempPath, releaseAllTempFiles, releaseTempFile, resetConfig, uploadFile, wx, type UploadProgress, type UploadTask } from '../../src/index.js';
import { waitUntil } from '../wait.js';
import { received, requestsSeen, scriptAnswers, sha256, unpace, uploadId, uploadServer } from '../upload-server.js';

const FIXTURES = '/test/fixtures/images/';

async function fixture(file: string): Promise<Blob> {
  return (await fetch(FIXTURES + file)).blob();
}

/** `size` random bytes (incompressible, so a paced link really carries each one). */
function randomBytes(size: number): Blob {
  const bytes = new Uint8Array(size);
  for (let at = 0; at < size; at += 65_536) crypto.getRandomValues(bytes.subarray(at, at + 65_536));
  return new Blob([bytes], { type: 'application/octet-stream' });
}

/** Calls uploadFile in the callback style and resolves with what `complete` got (and how often each callback ran). */
function uploadWithCallbacks(options: Parameters<typeof uploadFile>[0]) {
  const calls = { success: 0, fail: 0, complete: 0 };
  let task!: UploadTask;
  const result = new Promise<{ errMsg: string; statusCode?: number; data?: string }>((resolve) => {
    task = uploadFile({
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

describe('wx.uploadFile', () => {
  let server: Awaited<ReturnType<typeof uploadServer>>;
  before(async () => {
    server = await uploadServer();
  });
  beforeEach(() => configure({ uploadDomains: [server.host] }));
  afterEach(() => {
    releaseAllTempFiles();
    resetConfig();
  });

  it('sends the exact bytes, the type and a name ending in the real extension, with formData and header; answers { data, statusCode }', async () => {
    const id = uploadId('bytes');
    const jpeg = await fixture('Landscape_1.jpg');
    // A picked file whose name says PNG: the server gets its own name with what the bytes are.
    const picked = new File([jpeg], 'holiday photo.png', { type: 'image/jpeg' });
    const result = await uploadFile({
      url: `${server.origin}/upload?id=${id}`,
      filePath: createTempPath(picked, 'jpg'),
      name: 'photo',
      formData: { user: 'test', count: 2 },
      header: { 'X-Token': 'abc' },
    });
    expect(result.errMsg).to.equal('uploadFile:ok');
    expect(result.statusCode).to.equal(200);
    expect(result.data).to.be.a('string');
    const [upload] = await received(id);
    expect(upload.files).to.have.length(1);
    expect(upload.files[0]).to.deep.equal({ field: 'photo', fileName: 'holiday photo.jpg', type: 'image/jpeg', size: jpeg.size, sha256: await sha256(jpeg) });
    expect(upload.fields).to.deep.equal({ user: 'test', count: '2' });
    expect(upload.headers['x-token']).to.equal('abc');
    expect(upload.headers['content-type']).to.match(/^multipart\/form-data; boundary=/);
    // `data` is the server's answer as text, as WeChat gives it.
    expect(JSON.parse(result.data).files[0].sha256).to.equal(await sha256(jpeg));
  });

  it('names a temp file without a name after its path, with the extension its bytes show', async () => {
    const id = uploadId('unnamed');
    const png = await fixture('gen-1x1.png');
    const path = createTempPath(new Blob([png]), 'png');
    await uploadFile({ url: `${server.origin}/upload?id=${id}`, filePath: path, name: 'file' });
    const [upload] = await received(id);
    expect(upload.files[0].fileName).to.match(/^tmp_[a-z0-9]+\.png$/i);
    expect(upload.files[0].type).to.equal('image/png');
    expect(upload.files[0].sha256).to.equal(await sha256(png));
  });

  it('returns an UploadTask at once in the callback style, and a task that is the Promise without callbacks', async () => {
    const path = createTempPath(await fixture('gen-1x1.png'), 'png');
    const id = uploadId('task');
    const headers: Record<string, string>[] = [];
    const { task, result, calls } = uploadWithCallbacks({ url: `${server.origin}/upload?id=${id}`, filePath: path, name: 'file' });
    expect(task).to.include.keys('abort', 'onProgressUpdate', 'offProgressUpdate', 'onHeadersReceived', 'offHeadersReceived');
    expect(task).to.not.have.property('then');
    task.onHeadersReceived(({ header }) => headers.push(header));
    expect((await result).errMsg).to.equal('uploadFile:ok');
    expect(calls).to.deep.equal({ success: 1, fail: 0, complete: 1 });
    expect(headers).to.have.length(1);
    expect(headers[0]['x-upload-id']).to.equal(id);

    const promised = uploadFile({ url: `${server.origin}/upload?id=${id}`, filePath: path, name: 'file' });
    expect(promised.abort).to.be.a('function');
    expect(promised.onProgressUpdate).to.be.a('function');
    expect((await promised).statusCode).to.equal(200);
  });

  it('sends to this page\'s own origin without any domain list', async () => {
    resetConfig();
    const id = uploadId('same-origin');
    const png = await fixture('gen-1x1.png');
    const result = await uploadFile({ url: `${server.sameOrigin}/upload?id=${id}`, filePath: createTempPath(png, 'png'), name: 'file' });
    expect(result.statusCode).to.equal(200);
    expect((await received(id))[0].files[0].sha256).to.equal(await sha256(png));
  });

  it('refuses a host outside configure({ uploadDomains }) before any request: "url not in domain list"', async () => {
    resetConfig();
    const id = uploadId('not-allowed');
    const path = createTempPath(await fixture('gen-1x1.png'), 'png');
    const error = await uploadFile({ url: `${server.origin}/upload?id=${id}`, filePath: path, name: 'file' }).catch((e) => e);
    expect(error).to.deep.equal({ errMsg: 'uploadFile:fail url not in domain list' });
    expect(await requestsSeen(id)).to.deep.equal([]);
  });

  it('fails a URL that is not http(s) or does not parse with "invalid url", and bad parameters with WeChat\'s wording', async () => {
    const path = createTempPath(await fixture('gen-1x1.png'), 'png');
    for (const url of ['', 'ftp://example.com/upload', 'javascript:alert(1)', 'http://[bad']) {
      expect(await uploadFile({ url, filePath: path, name: 'file' }).catch((e) => e), url).to.deep.equal({ errMsg: 'uploadFile:fail invalid url' });
    }
    const missingName = await (uploadFile as (o: unknown) => Promise<unknown>)({ url: '/upload', filePath: path }).catch((e) => e);
    expect(missingName).to.deep.equal({ errMsg: 'uploadFile:fail parameter error: parameter.name should be String instead of Undefined;' });
    const badTimeout = await uploadFile({ url: '/upload', filePath: path, name: 'f', timeout: -1 }).catch((e) => e);
    expect(badTimeout).to.deep.equal({ errMsg: 'uploadFile:fail parameter error: parameter.timeout should be a positive Number instead of -1;' });
  });

  it('fails a released temp path with "file not found" and a path that is not a file of the page with "invalid file path"', async () => {
    const id = uploadId('released');
    const path = createTempPath(await fixture('gen-1x1.png'), 'png');
    releaseTempFile(path);
    const released = await uploadFile({ url: `${server.origin}/upload?id=${id}`, filePath: path, name: 'file' }).catch((e) => e);
    expect(released).to.deep.equal({ errMsg: 'uploadFile:fail file not found' });
    for (const filePath of ['', 'https://elsewhere.example.com/a.jpg', 'data:image/png;base64,AAAA', 'wxfile://tmp_1.jpg']) {
      const error = await uploadFile({ url: `${server.origin}/upload?id=${id}`, filePath, name: 'file' }).catch((e) => e);
      expect(error, filePath).to.deep.equal({ errMsg: 'uploadFile:fail invalid file path' });
    }
    expect(await requestsSeen(id)).to.deep.equal([]);
  });

  it('reports a server error as a success with its statusCode, as WeChat does', async () => {
    const id = uploadId('500');
    const result = await uploadFile({ url: `${server.origin}/upload?id=${id}&status=500`, filePath: createTempPath(await fixture('gen-1x1.png'), 'png'), name: 'file' });
    expect(result.errMsg).to.equal('uploadFile:ok');
    expect(result.statusCode).to.equal(500);
    expect(JSON.parse(result.data).status).to.equal(500);
  });

  it('sends the same bytes again after a failure: a 500, then a cut connection, then the upload that arrives', async () => {
    const id = uploadId('retry');
    await scriptAnswers(id, ['500', 'cut', 'ok']);
    const jpeg = await fixture('Landscape_2.jpg');
    const path = createTempPath(jpeg, 'jpg');
    const send = () => uploadFile({ url: `${server.origin}/upload?id=${id}`, filePath: path, name: 'file' }).catch((e) => e);
    expect((await send()).statusCode).to.equal(500);
    expect(await send()).to.deep.equal({ errMsg: 'uploadFile:fail network error' });
    expect((await send()).statusCode).to.equal(200);
    const uploads = await received(id);
    expect(uploads.map((u) => u.answer)).to.deep.equal(['500', 'ok']);
    for (const upload of uploads) expect(upload.files[0].sha256).to.equal(await sha256(jpeg));
  });

  it('fails with "network error" when the server cuts the connection halfway, and when it is offline', async () => {
    const id = uploadId('cut');
    const path = createTempPath(randomBytes(1_000_000), 'bin');
    const { result, calls } = uploadWithCallbacks({ url: `${server.origin}/upload?id=${id}&cut=1`, filePath: path, name: 'file' });
    expect(await result).to.deep.equal({ errMsg: 'uploadFile:fail network error' });
    expect(calls).to.deep.equal({ success: 0, fail: 1, complete: 1 });
    expect((await requestsSeen(id)).map((r) => r.state)).to.deep.equal(['cut']);
    configure({ uploadDomains: [server.host, new URL(server.refusedOrigin).host] });
    const offline = await uploadFile({ url: `${server.refusedOrigin}/upload`, filePath: path, name: 'file' }).catch((e) => e);
    expect(offline).to.deep.equal({ errMsg: 'uploadFile:fail network error' });
  });

  it('fails with "timeout" when the server does not answer within `timeout` ms', async () => {
    const id = uploadId('stall');
    const error = await uploadFile({ url: `${server.origin}/upload?id=${id}&stall=1`, filePath: createTempPath(await fixture('gen-1x1.png'), 'png'), name: 'file', timeout: 400 }).catch((e) => e);
    expect(error).to.deep.equal({ errMsg: 'uploadFile:fail timeout' });
    // The bytes did arrive: the server read them and kept quiet.
    expect((await received(id))[0].files[0].size).to.equal(275);
  });

  it('tells progress that only grows and ends at 100 with every byte sent; offProgressUpdate stops it', async () => {
    const id = uploadId('progress');
    // More than the loopback's socket buffers take at once, so most of it goes at the paced rate.
    const size = 12_000_000;
    const path = createTempPath(randomBytes(size), 'bin');
    const seen: UploadProgress[] = [];
    const removed: UploadProgress[] = [];
    const task = uploadFile({ url: `${server.origin}/upload?id=${id}&rate=8000000`, filePath: path, name: 'file' });
    const stopped = (p: UploadProgress) => removed.push(p);
    task.onProgressUpdate((p) => seen.push(p));
    task.onProgressUpdate(stopped);
    task.offProgressUpdate(stopped);
    const result = await task;
    expect(result.statusCode).to.equal(200);
    expect(removed).to.deep.equal([]);
    expect(seen.length, 'progress events').to.be.greaterThan(1);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i].totalBytesSent).to.be.greaterThan(seen[i - 1].totalBytesSent);
      expect(seen[i].progress).to.be.at.least(seen[i - 1].progress);
    }
    const last = seen.at(-1)!;
    expect(last.progress).to.equal(100);
    expect(last.totalBytesSent).to.equal(last.totalBytesExpectedToSend);
    // The multipart body: the file and its part's headers.
    expect(last.totalBytesExpectedToSend).to.be.greaterThan(size);
    expect(seen[0].progress, 'first event').to.be.below(100);
  });

  it('abort() fails the call with "abort" (complete once) and ends the request on the server', async () => {
    const id = uploadId('abort');
    // More than the loopback's socket buffers hold, so part of it is still in the page when it aborts.
    const path = createTempPath(randomBytes(12_000_000), 'bin');
    const { task, result, calls } = uploadWithCallbacks({ url: `${server.origin}/upload?id=${id}&rate=1000000`, filePath: path, name: 'file' });
    const progress: UploadProgress[] = [];
    task.onProgressUpdate((p) => progress.push(p));
    // Halfway enough: the server has bytes of it.
    await waitUntil(async () => (await requestsSeen(id)).some((r) => r.bytes > 0), 'the server receiving the upload', { timeout: 5000 });
    task.abort();
    expect(await result).to.deep.equal({ errMsg: 'uploadFile:fail abort' });
    await unpace(id);
    await waitUntil(async () => (await requestsSeen(id))[0]?.state === 'aborted', 'the server seeing the upload end', { timeout: 5000 });
    expect(await received(id)).to.deep.equal([]);
    const heard = progress.length;
    task.abort();
    expect(calls).to.deep.equal({ success: 0, fail: 1, complete: 1 });
    expect(progress.length).to.equal(heard);
  });

  it('is in the wx table', () => {
    expect(wx.uploadFile).to.equal(uploadFile);
  });
});
