import { expect } from '@open-wc/testing';
import { decodeProgressiveDc, frameMarker } from '../../src/image/progressive-dc.js';

const bytesOf = async (file: string) => new Uint8Array(await (await fetch(`/test/fixtures/images/${file}`)).arrayBuffer());

/** The browser's own decode of `file`, averaged down to `width`×`height` RGBA. */
async function browserPicture(file: string, width: number, height: number): Promise<Uint8ClampedArray> {
  const bitmap = await createImageBitmap(new Blob([await bytesOf(file)]), { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
  const context = new OffscreenCanvas(width, height).getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context.getImageData(0, 0, width, height).data;
}

function meanDifference(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) if (i % 4 !== 3) sum += Math.abs(a[i] - b[i]);
  return sum / ((a.length / 4) * 3);
}

describe('decodeProgressiveDc', () => {
  for (const [file, width, height] of [
    ['very-large.jpg', 4800, 3600],
    ['gen-progressive-640x480.jpg', 640, 480],
  ] as const) {
    it(`gives ${file} at 1/8 size from its first scan, like the browser's decode scaled down`, async () => {
      const bytes = await bytesOf(file);
      expect(frameMarker(bytes)).to.equal(0xc2);
      const picture = (await decodeProgressiveDc(bytes))!;
      expect(picture, 'decoded').to.not.equal(undefined);
      expect([picture.width, picture.height]).to.deep.equal([width, height]);
      const [w, h] = [Math.ceil(width / 8), Math.ceil(height / 8)];
      expect(picture.rgba.length).to.equal(w * h * 4);
      // Block means against a scaled full decode: close, not equal (edges blur, DC loses a bit).
      expect(meanDifference(picture.rgba, await browserPicture(file, w, h))).to.be.lessThan(8);
    });
  }

  it('declines a baseline JPEG, another format and damaged bytes', async () => {
    const baseline = await bytesOf('Landscape_0.jpg');
    expect(frameMarker(baseline)).to.equal(0xc0);
    expect(await decodeProgressiveDc(baseline)).to.equal(undefined);
    expect(await decodeProgressiveDc(await bytesOf('sample.bmp'))).to.equal(undefined);
    const cut = (await bytesOf('very-large.jpg')).subarray(0, 5000);
    expect(await decodeProgressiveDc(cut)).to.equal(undefined);
    // Stopped midway (the viewer closed): nothing, soon.
    const stop = new AbortController();
    const stopped = decodeProgressiveDc(await bytesOf('very-large.jpg'), stop.signal);
    stop.abort();
    expect(await stopped).to.equal(undefined);
  });
});
