import { expect } from '@open-wc/testing';
import { configure, resetConfig, wx } from '../../src/index.js';
import { createTempPath, getTempFile, isTempPath, releaseAllTempFiles, releaseTempFile, tempFileCount } from '../../src/files/temp-store.js';
import type { GetImageInfoSuccess } from '../../src/apis/get-image-info.js';
import type { FailResult } from '../../src/contract/types.js';
import { expectedType, FIXTURES, fixtureBlob, loadManifest } from '../image/fixture-manifest.js';

type Info = GetImageInfoSuccess & { errMsg: string };

async function outcome(src: unknown): Promise<Info | FailResult> {
  return (wx.getImageInfo as (o: unknown) => Promise<Info>)({ src }).catch((failure: FailResult) => failure);
}

async function sameBytes(a: Blob, b: Blob): Promise<boolean> {
  const [x, y] = await Promise.all([a.arrayBuffer(), b.arrayBuffer()]);
  return x.byteLength === y.byteLength && new Uint8Array(x).every((v, i) => v === new Uint8Array(y)[i]);
}

/** Replaces window.fetch while `work` runs; records every URL asked for. */
async function withFetch<T>(handler: (url: string) => Promise<Response>, work: (urls: string[]) => Promise<T>): Promise<T> {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    urls.push(url);
    return handler(url);
  };
  try {
    return await work(urls);
  } finally {
    window.fetch = original;
  }
}

function toDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsDataURL(blob);
  });
}

describe('wx.getImageInfo', () => {
  afterEach(() => {
    resetConfig();
    releaseAllTempFiles();
  });

  it('answers every fixture as the manifest says, from a temp path', async () => {
    for (const entry of await loadManifest()) {
      const path = createTempPath(await fixtureBlob(entry.file));
      const result = await outcome(path);
      if (entry.width === null) {
        expect(result.errMsg, entry.file).to.equal('getImageInfo:fail invalid image');
        continue;
      }
      if (!entry.valid && result.errMsg !== 'getImageInfo:ok') {
        // A damaged file may fail even when its header has a size; it must fail cleanly.
        expect(result.errMsg, entry.file).to.match(/^getImageInfo:fail /);
        continue;
      }
      expect(result, entry.file).to.deep.equal({
        errMsg: 'getImageInfo:ok',
        width: entry.width,
        height: entry.height,
        path,
        orientation: entry.orientation,
        type: expectedType(entry.type),
      });
    }
  });

  it('answers every fixture by its relative path, with the resolved URL as path', async () => {
    for (const entry of await loadManifest()) {
      const src = `${FIXTURES}${entry.file}`;
      const result = await outcome(src);
      if (entry.width === null) {
        expect(result.errMsg, entry.file).to.equal('getImageInfo:fail invalid image');
      } else if (result.errMsg === 'getImageInfo:ok' || entry.valid) {
        const info = result as Info;
        expect([info.width, info.height, info.orientation, info.type], entry.file).to.deep.equal([
          entry.width, entry.height, entry.orientation, expectedType(entry.type),
        ]);
        expect(info.path, entry.file).to.equal(new URL(src, document.baseURI).href);
      }
    }
  });

  it('reports the stored size, not the rotated one the browser shows', async () => {
    const info = (await outcome(`${FIXTURES}gen-exif6-thumb-400x300.jpg`)) as Info;
    const img = new Image();
    img.src = info.path;
    await img.decode();
    // The browser applies Orientation 6: it shows 300×400; the contract is the stored 400×300.
    expect([img.naturalWidth, img.naturalHeight]).to.deep.equal([300, 400]);
    expect([info.width, info.height, info.orientation]).to.deep.equal([400, 300, 'right']);
  });

  it('keeps a relative path absolute and a same-origin URL as it is', async () => {
    const relative = (await outcome('test/fixtures/images/gen-1x1.png')) as Info;
    expect(relative.errMsg).to.equal('getImageInfo:ok');
    expect(relative.path).to.equal(new URL('test/fixtures/images/gen-1x1.png', document.baseURI).href);
    const absolute = `${location.origin}${FIXTURES}gen-1x1.png`;
    expect((await outcome(absolute) as Info).path).to.equal(absolute);
  });

  it('gives a data: URL a new temp path holding the image, never a data URL', async () => {
    const blob = await fixtureBlob('gen-exif6-exif-chunk-64x48.png');
    const dataUrl = await toDataUrl(blob);
    const before = tempFileCount();
    const info = (await outcome(dataUrl)) as Info;
    expect(info.errMsg).to.equal('getImageInfo:ok');
    expect([info.width, info.height, info.orientation, info.type]).to.deep.equal([64, 48, 'right', 'png']);
    expect(info.path.startsWith('blob:')).to.equal(true);
    expect(isTempPath(info.path)).to.equal(true);
    expect(tempFileCount()).to.equal(before + 1);
    expect(await sameBytes(getTempFile(info.path)!, blob)).to.equal(true);
  });

  it('downloads an online image from an allowed domain into a new temp path', async () => {
    configure({ downloadDomains: ['img.example.com'] });
    const blob = await fixtureBlob('gen-exif6-160x120.webp');
    await withFetch(
      async () => new Response(blob, { status: 200 }),
      async (urls) => {
        const info = (await outcome('https://img.example.com/photo.webp')) as Info;
        expect(urls).to.deep.equal(['https://img.example.com/photo.webp']);
        expect(info).to.include({ errMsg: 'getImageInfo:ok', width: 160, height: 120, orientation: 'right', type: 'webp' });
        expect(isTempPath(info.path)).to.equal(true);
        expect(await sameBytes(getTempFile(info.path)!, blob)).to.equal(true);
      },
    );
  });

  it('downloads an online URL once: later calls reuse its temp path until it is released', async () => {
    configure({ downloadDomains: ['img.example.com'] });
    const blob = await fixtureBlob('gen-exif6-160x120.webp');
    await withFetch(
      async () => new Response(blob, { status: 200 }),
      async (urls) => {
        const src = 'https://img.example.com/once.webp';
        const first = (await outcome(src)) as Info;
        const second = (await outcome(src)) as Info;
        expect(second).to.deep.equal(first);
        expect(urls, 'one download for two calls').to.have.length(1);
        const [a, b] = (await Promise.all([outcome(src), outcome(src)])) as Info[];
        expect([a.path, b.path]).to.deep.equal([first.path, first.path]);
        expect(urls).to.have.length(1);
        releaseTempFile(first.path);
        const again = (await outcome(src)) as Info;
        expect(urls, 'a released temp path is downloaded again').to.have.length(2);
        expect(again.path).to.not.equal(first.path);
        expect(isTempPath(again.path)).to.equal(true);
      },
    );
  });

  it('shares one download between concurrent calls for the same online URL', async () => {
    configure({ downloadDomains: ['img.example.com'] });
    const blob = await fixtureBlob('gen-exif6-160x120.webp');
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    await withFetch(
      async () => {
        await answered;
        return new Response(blob, { status: 200 });
      },
      async (urls) => {
        const before = tempFileCount();
        const calls = [0, 1, 2].map(() => outcome('https://img.example.com/shared.webp'));
        await new Promise((r) => setTimeout(r, 20));
        answer();
        const results = (await Promise.all(calls)) as Info[];
        expect(urls).to.have.length(1);
        expect(new Set(results.map((r) => r.path)).size).to.equal(1);
        expect(tempFileCount()).to.equal(before + 1);
      },
    );
  });

  it('does not keep a failed download: the next call asks again', async () => {
    configure({ downloadDomains: ['img.example.com'] });
    const blob = await fixtureBlob('gen-exif6-160x120.webp');
    let status = 503;
    await withFetch(
      async () => new Response(status === 200 ? blob : 'busy', { status }),
      async (urls) => {
        expect((await outcome('https://img.example.com/flaky.webp')).errMsg).to.equal('getImageInfo:fail network error: HTTP 503');
        status = 200;
        expect((await outcome('https://img.example.com/flaky.webp')).errMsg).to.equal('getImageInfo:ok');
        expect(urls).to.have.length(2);
      },
    );
  });

  it('answers a cloud:// file ID as the URL the resolver gives', async () => {
    configure({ resolveCloudFileID: (id: string) => `${FIXTURES}${id.slice('cloud://env/'.length)}` });
    const info = (await outcome('cloud://env/gen-exif6-160x120.webp')) as Info;
    expect(info).to.deep.include({ errMsg: 'getImageInfo:ok', width: 160, height: 120, orientation: 'right', type: 'webp' });
    expect(info.path).to.equal(new URL(`${FIXTURES}gen-exif6-160x120.webp`, document.baseURI).href);
  });

  it('refuses an online URL outside the domain list before any request', async () => {
    configure({ downloadDomains: ['img.example.com'] });
    await withFetch(
      async () => new Response('nope'),
      async (urls) => {
        expect((await outcome('https://evil.example.com/a.jpg')).errMsg).to.equal('getImageInfo:fail url not in domain list');
        expect((await outcome('//img.example.com.evil.com/a.jpg')).errMsg).to.equal('getImageInfo:fail url not in domain list');
        expect(urls).to.deep.equal([]);
      },
    );
  });

  it('fails other schemes and bad input without a request, a throw or a hang', async () => {
    await withFetch(
      async () => new Response('nope'),
      async (urls) => {
        for (const src of ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.com/a.png', '']) {
          expect((await outcome(src)).errMsg, src).to.equal('getImageInfo:fail invalid url');
        }
        expect(urls).to.deep.equal([]);
      },
    );
    expect((await outcome('data:image/png;base64,')).errMsg).to.equal('getImageInfo:fail invalid image');
    expect((await outcome('data:text/plain,hello')).errMsg).to.equal('getImageInfo:fail invalid image');
    expect((await outcome(`${FIXTURES}does-not-exist.png`)).errMsg).to.equal('getImageInfo:fail file not found');
    const released = createTempPath(await fixtureBlob('gen-1x1.png'));
    releaseTempFile(released);
    expect((await outcome(released)).errMsg).to.equal('getImageInfo:fail file not found');
  });

  it('fails with file not found when a picked file can no longer be read', async () => {
    class UnreadableBlob extends Blob {
      override slice(): Blob {
        const part = new Blob();
        part.arrayBuffer = () => Promise.reject(new DOMException('The file was removed', 'NotReadableError'));
        return part;
      }
    }
    const path = createTempPath(new UnreadableBlob([new Uint8Array(100)]));
    expect((await outcome(path)).errMsg).to.equal('getImageInfo:fail file not found');
  });

  it('checks its parameters with the WeChat messages', async () => {
    expect((await outcome(undefined)).errMsg).to.equal(
      'getImageInfo:fail parameter error: parameter.src should be String instead of Undefined;',
    );
    expect((await outcome(42)).errMsg).to.equal('getImageInfo:fail parameter error: parameter.src should be String instead of Number;');
  });

  it('calls success then complete exactly once, and returns nothing with callbacks', async () => {
    const path = createTempPath(await fixtureBlob('sample.gif'));
    const calls: string[] = [];
    const done = new Promise<void>((resolve) => {
      const returned = wx.getImageInfo({
        src: path,
        success: (r: Info) => calls.push(`success ${r.width}x${r.height}`),
        fail: () => calls.push('fail'),
        complete: (r: Info | FailResult) => {
          calls.push(`complete ${r.errMsg}`);
          resolve();
        },
      });
      expect(returned).to.equal(undefined);
    });
    await done;
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).to.deep.equal(['success 123x456', 'complete getImageInfo:ok']);
  });

  it('never creates a temp path for a failure', async () => {
    const before = tempFileCount();
    await outcome('data:image/jpeg;base64,' + btoa('not a jpeg at all'));
    expect(tempFileCount()).to.equal(before);
  });

  it('never runs the script of an SVG', async () => {
    const info = (await outcome(`${FIXTURES}gen-script.svg`)) as Info;
    expect(info).to.include({ width: 200, height: 100, type: 'svg' });
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __svgScriptRan?: boolean }).__svgScriptRan).to.equal(undefined);
  });

  it('answers the 400-megapixel PNG from its header, without decoding it', async () => {
    const decode = HTMLImageElement.prototype.decode;
    const bitmap = window.createImageBitmap;
    let decodes = 0;
    HTMLImageElement.prototype.decode = function (this: HTMLImageElement) {
      decodes++;
      return decode.call(this);
    };
    window.createImageBitmap = ((...args: Parameters<typeof createImageBitmap>) => {
      decodes++;
      return bitmap(...args);
    }) as typeof createImageBitmap;
    try {
      const info = (await outcome(`${FIXTURES}gen-bomb-20000x20000.png`)) as Info;
      expect([info.width, info.height, info.type]).to.deep.equal([20000, 20000, 'png']);
      expect(decodes).to.equal(0);
    } finally {
      HTMLImageElement.prototype.decode = decode;
      window.createImageBitmap = bitmap;
    }
  });
});
