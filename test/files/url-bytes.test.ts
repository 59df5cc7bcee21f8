import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { wx } from '../../src/index.js';
import { FIRST_RANGE, openUrlBytes } from '../../src/files/url-bytes.js';
import { releaseAllTempFiles, tempFileCount } from '../../src/files/temp-store.js';
import type { GetImageInfoSuccess } from '../../src/apis/get-image-info.js';

// The test runner serves test/ at /ranged/ the way a file server does (Range, If-Range, ETag) and
// counts the body bytes it sends per file (scripts/ranged-files.mjs).
const CANON = 'fixtures/images/canon-dslr.jpg'; // 5184×3456, 2,090,815 bytes, SOF at 16 KB
const LATE_EXIF = 'files/fixtures/late-exif6.png'; // sample.png (123×456) with eXIf (Orientation 6) just before IEND

interface Served {
  bytesSent: number;
  requests: number;
}
// Engines run side by side against one server: each test counts under its own run id.
let run = '';
const ranged = (name: string, query = '') => `/ranged/${name}?run=${run}${query}`;
const served = (name: string) => executeServerCommand<Served, { name: string; run: string }>('ranged-files-stats', { name, run });

async function info(src: string) {
  return (await wx.getImageInfo({ src })) as GetImageInfoSuccess & { errMsg: string };
}

async function whole(name: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await (await fetch(`/test/${name}`)).arrayBuffer());
}

describe('header-only reads of URLs', () => {
  beforeEach(() => (run = Math.random().toString(36).slice(2)));
  afterEach(() => releaseAllTempFiles());

  it('answers a same-origin photo from one range request, the server sending its first 64 KB of 2 MB', async () => {
    const src = ranged(CANON);
    const result = await info(src);
    expect(result).to.deep.include({ errMsg: 'getImageInfo:ok', width: 5184, height: 3456, type: 'jpeg', path: new URL(src, location.href).href });
    const { bytesSent, requests } = await served(CANON);
    expect(requests).to.equal(1);
    expect(bytesSent).to.equal(FIRST_RANGE);
  });

  it("asks for a further range for a PNG's trailing eXIf, and sends nothing between", async () => {
    const result = await info(ranged(LATE_EXIF));
    expect(result).to.deep.include({ errMsg: 'getImageInfo:ok', width: 123, height: 456, orientation: 'right', type: 'png' });
    const { bytesSent, requests } = await served(LATE_EXIF);
    expect(requests).to.equal(2);
    // The first 64 KB, then the last 16 KB where the reader looks for eXIf: not the 120 KB file.
    expect(bytesSent).to.equal(FIRST_RANGE + 16 * 1024);
  });

  it('reads any byte of the file by ranges, exactly as the file holds it', async () => {
    const file = await whole(CANON);
    const bytes = await openUrlBytes(ranged(CANON));
    try {
      expect(bytes.size).to.equal(file.length);
      expect(await bytes.read(16080, 8)).to.deep.equal(file.subarray(16080, 16088));
      expect(await bytes.read(file.length - 100, 100)).to.deep.equal(file.subarray(file.length - 100));
      expect(await bytes.read(1_000_000, 10)).to.deep.equal(file.subarray(1_000_000, 1_000_010));
      expect(await bytes.read(file.length - 4, 100), 'cut at the end').to.deep.equal(file.subarray(file.length - 4));
      expect(await bytes.view(file.length - 2, 4), 'past the end').to.equal(null);
    } finally {
      bytes.close();
    }
    expect((await served(CANON)).requests).to.equal(3);
  });

  it('falls back to the streamed reply of a server that ignores Range, and still answers', async () => {
    const result = await info(ranged(CANON, '&norange'));
    expect(result).to.deep.include({ errMsg: 'getImageInfo:ok', width: 5184, height: 3456 });
    const late = await info(ranged(LATE_EXIF, '&norange'));
    expect(late).to.deep.include({ errMsg: 'getImageInfo:ok', width: 123, height: 456, orientation: 'right' });
    const file = await whole(CANON);
    const bytes = await openUrlBytes(ranged(CANON, '&norange'));
    try {
      expect(bytes.size).to.equal(file.length);
      expect(await bytes.read(2_000_000, 16)).to.deep.equal(file.subarray(2_000_000, 2_000_016));
    } finally {
      bytes.close();
    }
  });

  it('reads a reply of unknown length (no Content-Length) to its end to learn the size', async () => {
    const bytes = await openUrlBytes(ranged(LATE_EXIF, '&norange&nolength'));
    try {
      expect(bytes.size).to.equal((await whole(LATE_EXIF)).length);
    } finally {
      bytes.close();
    }
    const result = await info(ranged(LATE_EXIF, '&norange&nolength'));
    expect(result).to.deep.include({ errMsg: 'getImageInfo:ok', width: 123, height: 456, orientation: 'right' });
  });

  it('answers a blob: URL the page made itself with that URL as path, and leaves no temp file', async () => {
    const blob = new Blob([await whole(CANON)], { type: 'image/jpeg' });
    const url = URL.createObjectURL(blob);
    try {
      const before = tempFileCount();
      const result = await info(url);
      expect(result).to.deep.include({ errMsg: 'getImageInfo:ok', width: 5184, height: 3456, path: url });
      expect(tempFileCount()).to.equal(before);
    } finally {
      URL.revokeObjectURL(url);
    }
    expect((await wx.getImageInfo({ src: url }).catch((f: { errMsg: string }) => f)).errMsg).to.equal('getImageInfo:fail file not found');
  });

  it('fails, never mixes old and new bytes, when the file is replaced between two ranges', async () => {
    const name = `changing-${run}.jpg`;
    const base64 = (bytes: Uint8Array) => {
      let text = '';
      for (let at = 0; at < bytes.length; at += 8192) text += String.fromCharCode(...bytes.subarray(at, at + 8192));
      return btoa(text);
    };
    const put = (bytes: Uint8Array) => executeServerCommand('ranged-files-put', { name, base64: base64(bytes) });
    const original = (await whole(CANON)).subarray(0, 200_000);
    await put(original);
    const bytes = await openUrlBytes(`/ranged/${name}`);
    try {
      await put(original.map((byte) => byte ^ 0xff));
      const reason = await bytes.read(150_000, 16).then(() => 'read', (error: { reason?: string }) => error.reason);
      expect(reason).to.equal('network error: file changed while read');
    } finally {
      bytes.close();
    }
  });

  it('reads an SVG behind a URL whole, as its reader parses text', async () => {
    const result = await info('/ranged/fixtures/images/width-height.svg');
    expect(result).to.deep.include({ errMsg: 'getImageInfo:ok', type: 'svg' });
  });

  it('fails a missing or empty file cleanly', async () => {
    const missing = await wx.getImageInfo({ src: '/ranged/fixtures/images/nope.jpg' }).catch((f: { errMsg: string }) => f);
    expect(missing.errMsg).to.equal('getImageInfo:fail file not found');
    const empty = await wx.getImageInfo({ src: '/ranged/fixtures/images/gen-empty.jpg' }).catch((f: { errMsg: string }) => f);
    expect(empty.errMsg).to.equal('getImageInfo:fail invalid image');
  });
});
