import { expect } from '@open-wc/testing';
import {
  configure,
  createTempPath,
  getTempFile,
  releaseAllTempFiles,
  releaseTempFile,
  saveImageToPhotosAlbum,
  wx,
  type ApiResult,
  type SaveImageToPhotosAlbumOptions,
} from '../../src/index.js';
import { DOWNLOAD_URL_LIFETIME_MS } from '../../src/apis/save-image-to-photos-album.js';
import { installClock } from '../clock.js';
import { settingsKey } from '../../src/auth/settings-store.js';
import { clickAt, consentDialog, forgetDecisions, memoryStorage, part, watchForTag } from '../auth/helpers.js';

const FIXTURES = '/test/fixtures/images/';
const SCOPE = 'scope.writePhotosAlbum';

async function fixtureBytes(file: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await (await fetch(FIXTURES + file)).arrayBuffer());
}

/** Records the decision "granted" in a fresh storage, so a save goes straight to its work. */
function grant(): void {
  configure({ storage: memoryStorage({ [settingsKey()]: JSON.stringify({ [SCOPE]: true }) }) });
}

/**
 * Catches the `<a download>` clicks the kit makes (capture phase, so before the browser acts)
 * and stops the real download, keeping the anchors to inspect.
 */
function interceptDownloads() {
  const anchors: HTMLAnchorElement[] = [];
  const onClick = (event: MouseEvent) => {
    const target = event.target;
    if (target instanceof HTMLAnchorElement && target.hasAttribute('download')) {
      event.preventDefault();
      anchors.push(target);
    }
  };
  document.addEventListener('click', onClick, true);
  return { anchors, stop: () => document.removeEventListener('click', onClick, true) };
}

/** Replaces the page's Web Share functions for one test (own properties shadow the prototype's). */
function fakeShare(canShare: ((data?: ShareData) => boolean) | undefined, share?: (data?: ShareData) => Promise<void>) {
  Object.defineProperty(navigator, 'canShare', { value: canShare, configurable: true, writable: true });
  Object.defineProperty(navigator, 'share', { value: share, configurable: true, writable: true });
  return () => {
    delete (navigator as unknown as Record<string, unknown>).canShare;
    delete (navigator as unknown as Record<string, unknown>).share;
  };
}

async function bytesOf(url: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

function requested(url: string): boolean {
  const absolute = new URL(url, document.baseURI).href;
  return performance.getEntriesByType('resource').some((entry) => entry.name === absolute || entry.name.startsWith(url));
}

describe('wx.saveImageToPhotosAlbum', () => {
  let downloads: ReturnType<typeof interceptDownloads>;
  let restoreShare: () => void;

  beforeEach(() => {
    forgetDecisions();
    downloads = interceptDownloads();
    // Where the browser cannot share files (desktops), saving is a download.
    restoreShare = fakeShare(undefined, undefined);
  });
  /** blob: URLs a test made, revoked after it. */
  const pageUrls: string[] = [];
  afterEach(() => {
    downloads.stop();
    restoreShare();
    forgetDecisions();
    releaseAllTempFiles();
    pageUrls.splice(0).forEach((url) => URL.revokeObjectURL(url));
  });

  it('is what wx.saveImageToPhotosAlbum does: the same checks, errMsg and download', async () => {
    grant();
    expect(await wx.saveImageToPhotosAlbum({ filePath: 'javascript:alert(1)' }).catch((e: ApiResult) => e)).to.deep.equal({
      errMsg: 'saveImageToPhotosAlbum:fail invalid file path',
    });
    expect(await wx.saveImageToPhotosAlbum({ filePath: `${FIXTURES}sample.png` })).to.deep.equal({ errMsg: 'saveImageToPhotosAlbum:ok' });
    expect(downloads.anchors.map((anchor) => anchor.download)).to.deep.equal(['sample.png']);
    expect(await bytesOf(downloads.anchors[0].href)).to.deep.equal(await fixtureBytes('sample.png'));
  });

  describe('the download', () => {
    beforeEach(grant);

    it('downloads a same-origin image under its own name, with its exact bytes', async () => {
      const result = await saveImageToPhotosAlbum({ filePath: `${FIXTURES}sample.png` });
      expect(result).to.deep.equal({ errMsg: 'saveImageToPhotosAlbum:ok' });
      expect(downloads.anchors).to.have.length(1);
      const [anchor] = downloads.anchors;
      expect(anchor.download).to.equal('sample.png');
      expect(anchor.href.startsWith('blob:')).to.equal(true);
      expect(anchor.isConnected).to.equal(false);
      expect(await bytesOf(anchor.href)).to.deep.equal(await fixtureBytes('sample.png'));
    });

    it('names the file after the type its bytes show, not its name', async () => {
      await saveImageToPhotosAlbum({ filePath: `${FIXTURES}gen-png-content-named-50x40.jpg` });
      const [anchor] = downloads.anchors;
      expect(anchor.download).to.equal('gen-png-content-named-50x40.png');
      const blob = await (await fetch(anchor.href)).blob();
      expect(blob.type).to.equal('image/png');
      expect(new Uint8Array(await blob.arrayBuffer())).to.deep.equal(await fixtureBytes('gen-png-content-named-50x40.jpg'));
    });

    it('accepts a relative path', async () => {
      const relative = `.${FIXTURES}sample.gif`;
      expect(await saveImageToPhotosAlbum({ filePath: relative })).to.deep.equal({ errMsg: 'saveImageToPhotosAlbum:ok' });
      expect(downloads.anchors[0].download).to.equal('sample.gif');
    });

    it('downloads a temp path as image-<time>.<ext>', async () => {
      const bytes = await fixtureBytes('progressive.jpg');
      const path = createTempPath(new Blob([bytes]));
      await saveImageToPhotosAlbum({ filePath: path });
      const [anchor] = downloads.anchors;
      expect(anchor.download).to.match(/^image-\d{13}\.jpg$/);
      expect(anchor.href).not.to.equal(path);
      expect(await bytesOf(anchor.href)).to.deep.equal(bytes);
      // The caller's temp path is theirs to release; saving leaves it live.
      expect(getTempFile(path)).to.be.instanceOf(Blob);
    });

    it('keeps the base name of a chosen file and gives it the sniffed extension', async () => {
      const path = createTempPath(new File([await fixtureBytes('lossy.webp')], 'holiday.jpeg'));
      await saveImageToPhotosAlbum({ filePath: path });
      expect(downloads.anchors[0].download).to.equal('holiday.webp');
    });

    it('accepts another blob: URL of the page', async () => {
      const bytes = await fixtureBytes('sample.heic');
      const url = URL.createObjectURL(new Blob([bytes]));
      pageUrls.push(url);
      await saveImageToPhotosAlbum({ filePath: url });
      expect(downloads.anchors[0].download).to.match(/^image-\d+\.heic$/);
      expect(await bytesOf(downloads.anchors[0].href)).to.deep.equal(bytes);
    });

    it('releases the download URL DOWNLOAD_URL_LIFETIME_MS after the click, not before', async () => {
      const clock = installClock();
      try {
        await saveImageToPhotosAlbum({ filePath: `${FIXTURES}sample.bmp` });
        const { href } = downloads.anchors[0];
        const readable = () => fetch(href).then(() => 'readable', () => 'revoked');
        clock.tick(DOWNLOAD_URL_LIFETIME_MS - 1);
        expect(await readable(), '1 ms before').to.equal('readable');
        clock.tick(1);
        expect(await readable()).to.equal('revoked');
      } finally {
        clock.restore();
      }
    });

    it('reports through success and complete in the callback style', async () => {
      const seen = await new Promise<string[]>((resolve) => {
        const log: string[] = [];
        saveImageToPhotosAlbum({
          filePath: `${FIXTURES}sample.png`,
          success: (r: ApiResult) => log.push(`success ${r.errMsg}`),
          fail: (r: ApiResult) => log.push(`fail ${r.errMsg}`),
          complete: (r: ApiResult) => {
            log.push(`complete ${r.errMsg}`);
            resolve(log);
          },
        });
      });
      expect(seen).to.deep.equal(['success saveImageToPhotosAlbum:ok', 'complete saveImageToPhotosAlbum:ok']);
    });
  });

  describe('the share sheet, where files can be shared', () => {
    beforeEach(grant);

    it('hands the image file to navigator.share and does not download', async () => {
      const shared: ShareData[] = [];
      restoreShare();
      restoreShare = fakeShare(
        (data) => Boolean(data?.files?.length),
        async (data) => void shared.push(data!),
      );
      expect(await saveImageToPhotosAlbum({ filePath: `${FIXTURES}sample.png` })).to.deep.equal({
        errMsg: 'saveImageToPhotosAlbum:ok',
      });
      expect(downloads.anchors).to.have.length(0);
      expect(shared).to.have.length(1);
      const [file] = shared[0].files!;
      expect(file.name).to.equal('sample.png');
      expect(file.type).to.equal('image/png');
      expect(new Uint8Array(await file.arrayBuffer())).to.deep.equal(await fixtureBytes('sample.png'));
    });

    it('fails with "cancel" when the share sheet is dismissed', async () => {
      restoreShare();
      restoreShare = fakeShare(
        () => true,
        () => Promise.reject(new DOMException('Share canceled', 'AbortError')),
      );
      const failure = await saveImageToPhotosAlbum({ filePath: `${FIXTURES}sample.png` }).catch((f) => f);
      expect(failure).to.deep.equal({ errMsg: 'saveImageToPhotosAlbum:fail cancel' });
      expect(downloads.anchors).to.have.length(0);
    });

    it('falls back to a download when sharing needs a user activation the call no longer has', async () => {
      restoreShare();
      restoreShare = fakeShare(
        () => true,
        () => Promise.reject(new DOMException('Must be handling a user gesture', 'NotAllowedError')),
      );
      expect(await saveImageToPhotosAlbum({ filePath: `${FIXTURES}sample.png` })).to.deep.equal({
        errMsg: 'saveImageToPhotosAlbum:ok',
      });
      expect(downloads.anchors.map((a) => a.download)).to.deep.equal(['sample.png']);
    });

    it('downloads when canShare throws', async () => {
      restoreShare();
      restoreShare = fakeShare(
        () => {
          throw new TypeError('files not supported');
        },
        async () => undefined,
      );
      expect(await saveImageToPhotosAlbum({ filePath: `${FIXTURES}sample.png` })).to.deep.equal({
        errMsg: 'saveImageToPhotosAlbum:ok',
      });
      expect(downloads.anchors).to.have.length(1);
    });

    it('fails truthfully when the share sheet reports another error', async () => {
      restoreShare();
      restoreShare = fakeShare(
        () => true,
        () => Promise.reject(new DOMException('An earlier share has not yet completed', 'InvalidStateError')),
      );
      const failure = await saveImageToPhotosAlbum({ filePath: `${FIXTURES}sample.png` }).catch((f) => f);
      expect(failure).to.deep.equal({
        errMsg: 'saveImageToPhotosAlbum:fail share failed: An earlier share has not yet completed',
      });
      expect(downloads.anchors).to.have.length(0);
    });

    it('downloads when canShare says no', async () => {
      let shareCalled = false;
      restoreShare();
      restoreShare = fakeShare(
        () => false,
        async () => void (shareCalled = true),
      );
      await saveImageToPhotosAlbum({ filePath: `${FIXTURES}sample.png` });
      expect(shareCalled).to.equal(false);
      expect(downloads.anchors).to.have.length(1);
    });
  });

  describe('paths it refuses', () => {
    const refused: Array<[string, string]> = [
      ['an online URL, even of an allowed download domain', 'https://example.com/photo.jpg?refused-online'],
      ['a URL of another origin on this host', `${location.protocol}//${location.hostname}:1/photo.png?refused-port`],
      ['a data: URL of a real PNG', 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='],
      ['a cloud file ID', 'cloud://env-1/photo.jpg'],
      ['a blob: URL of another origin', 'blob:https://example.com/7c2d0b1e-4bd5-4a5e-8a61-1b2f1c1d2e3f'],
      ['a javascript: URL', 'javascript:alert(1)'],
      ['a file: URL', 'file:///etc/hosts'],
      ['an empty string', ''],
      ['blanks', '   '],
    ];
    for (const [label, filePath] of refused) {
      it(`refuses ${label} with "invalid file path", before consent and before any request`, async () => {
        configure({ downloadDomains: ['example.com'] });
        const outcome = await watchForTag('wx-consent-dialog', () =>
          saveImageToPhotosAlbum({ filePath }).catch((failure) => failure),
        );
        expect(outcome.value).to.deep.equal({ errMsg: 'saveImageToPhotosAlbum:fail invalid file path' });
        expect(outcome.appeared).to.equal(false);
        if (/^https?:/.test(filePath)) expect(requested(filePath)).to.equal(false);
        expect(downloads.anchors).to.have.length(0);
      });
    }

    it('checks its parameters like the Mini App', async () => {
      expect(await saveImageToPhotosAlbum({} as unknown as SaveImageToPhotosAlbumOptions).catch((f) => f)).to.deep.equal({
        errMsg: 'saveImageToPhotosAlbum:fail parameter error: parameter.filePath should be String instead of Undefined;',
      });
      expect(await saveImageToPhotosAlbum({ filePath: 42 } as unknown as SaveImageToPhotosAlbumOptions).catch((f) => f)).to.deep.equal({
        errMsg: 'saveImageToPhotosAlbum:fail parameter error: parameter.filePath should be String instead of Number;',
      });
    });
  });

  describe('files it cannot save', () => {
    beforeEach(grant);

    it('fails with "file not found" for a missing same-origin file', async () => {
      const failure = await saveImageToPhotosAlbum({ filePath: `${FIXTURES}no-such-image.png` }).catch((f) => f);
      expect(failure).to.deep.equal({ errMsg: 'saveImageToPhotosAlbum:fail file not found' });
      expect(downloads.anchors).to.have.length(0);
    });

    it('fails with "file not found" for a released temp path', async () => {
      const path = createTempPath(new Blob([await fixtureBytes('sample.png')]));
      releaseTempFile(path);
      const failure = await saveImageToPhotosAlbum({ filePath: path }).catch((f) => f);
      expect(failure).to.deep.equal({ errMsg: 'saveImageToPhotosAlbum:fail file not found' });
    });

    describe('only what a photo album takes (safe saves)', () => {
      const ihdr = (width: number, height: number) => {
        const bytes = new Uint8Array(33);
        bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
        new DataView(bytes.buffer).setUint32(16, width);
        new DataView(bytes.buffer).setUint32(20, height);
        return bytes;
      };
      const cases: Array<[string, BlobPart]> = [
        ['an SVG (markup that may carry script), which is refused rather than saved', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'],
        ['a PNG whose header says 0×0', ihdr(0, 0)],
        ['a PNG whose header says 4294967295 wide', ihdr(0xffffffff, 1)],
        ['a JPEG signature followed by nothing readable', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0])],
        ['a TIFF (not a format albums show)', new Uint8Array([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, 0, 0])],
      ];
      for (const [label, content] of cases) {
        it(`fails with "invalid file type" for ${label}, and downloads nothing`, async () => {
          const path = createTempPath(new Blob([content]));
          const failure = await saveImageToPhotosAlbum({ filePath: path }).catch((f) => f);
          expect(failure).to.deep.equal({ errMsg: 'saveImageToPhotosAlbum:fail invalid file type' });
          expect(downloads.anchors).to.have.length(0);
        });
      }

      it('saves the gen-script.svg fixture nowhere', async () => {
        const failure = await saveImageToPhotosAlbum({ filePath: `${FIXTURES}gen-script.svg` }).catch((f) => f);
        expect(failure).to.deep.equal({ errMsg: 'saveImageToPhotosAlbum:fail invalid file type' });
        expect(downloads.anchors).to.have.length(0);
      });
    });

    for (const file of ['gen-html-named.png', 'gen-text-named.jpg', 'gen-empty.jpg']) {
      it(`fails with "invalid file type" for ${file}, which is not an image by its bytes`, async () => {
        const failure = await saveImageToPhotosAlbum({ filePath: FIXTURES + file }).catch((f) => f);
        expect(failure).to.deep.equal({ errMsg: 'saveImageToPhotosAlbum:fail invalid file type' });
        expect(downloads.anchors).to.have.length(0);
      });
    }
  });

  describe('authorization', () => {
    it('asks the first time through an accessible consent dialog; Allow saves and is remembered', async () => {
      const call = saveImageToPhotosAlbum({ filePath: `${FIXTURES}sample.png` });
      const dialog = await consentDialog();
      expect(part(dialog, 'description').textContent!.trim()).to.equal('Save images to your device');
      await expect(dialog).to.be.accessible();
      expect(downloads.anchors).to.have.length(0);
      await clickAt(part(dialog, 'allow'));
      expect(await call).to.deep.equal({ errMsg: 'saveImageToPhotosAlbum:ok' });
      expect(downloads.anchors.map((a) => a.download)).to.deep.equal(['sample.png']);

      const again = await watchForTag('wx-consent-dialog', () => saveImageToPhotosAlbum({ filePath: `${FIXTURES}sample.gif` }));
      expect(again.value).to.deep.equal({ errMsg: 'saveImageToPhotosAlbum:ok' });
      expect(again.appeared).to.equal(false);
      expect(downloads.anchors.map((a) => a.download)).to.deep.equal(['sample.png', 'sample.gif']);
    });

    it('Deny fails with "auth deny" and loads nothing', async () => {
      const filePath = `${FIXTURES}sample.png?denied-${Date.now()}`;
      const call = saveImageToPhotosAlbum({ filePath }).catch((f) => f);
      await clickAt(part(await consentDialog(), 'deny'));
      expect(await call).to.deep.equal({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' });
      expect(requested(filePath)).to.equal(false);
      expect(downloads.anchors).to.have.length(0);
    });

    it('saves made while the dialog is open share it', async () => {
      const first = saveImageToPhotosAlbum({ filePath: `${FIXTURES}sample.png` });
      const second = saveImageToPhotosAlbum({ filePath: `${FIXTURES}sample.gif` });
      const dialog = await consentDialog();
      expect(document.querySelectorAll('wx-consent-dialog').length).to.equal(1);
      await clickAt(part(dialog, 'allow'));
      expect(await Promise.all([first, second])).to.deep.equal([
        { errMsg: 'saveImageToPhotosAlbum:ok' },
        { errMsg: 'saveImageToPhotosAlbum:ok' },
      ]);
      expect(downloads.anchors.map((a) => a.download).sort()).to.deep.equal(['sample.gif', 'sample.png']);
    });
  });
});
