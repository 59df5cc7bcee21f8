import { expect } from '@open-wc/testing';
import { readVideoInfo } from '../../src/intake/video-info.js';
import { webmLastFrameSeconds } from '../../src/intake/webm-duration.js';
import { rng } from '../fuzz/generators.js';

const RECORDED = '/test/fixtures/video/recorded-64x48.webm';
const blobOf = (path: string) => fetch(path).then((r) => r.blob());
/** The recording's bytes, and where its one cluster starts (its ID, 1F 43 B6 75). */
async function recording(): Promise<{ whole: Uint8Array; cluster: number }> {
  const whole = new Uint8Array(await (await blobOf(RECORDED)).arrayBuffer());
  const cluster = whole.findIndex((_, i) => whole[i] === 0x1f && whole[i + 1] === 0x43 && whole[i + 2] === 0xb6 && whole[i + 3] === 0x75);
  return { whole, cluster };
}

describe('webmLastFrameSeconds: the duration of a WebM without a Duration element, from its bytes', () => {
  it("gives a MediaRecorder WebM its last frame's timestamp (15 frames, the last at 570 ms)", async () => {
    expect(await webmLastFrameSeconds(await blobOf(RECORDED))).to.equal(0.57);
  });

  it('reads a recording cut short: a frame cut inside its data still counts, one cut whole does not', async () => {
    const whole = await blobOf(RECORDED);
    // The last frame is an 85-byte BlockGroup at the end, its timestamp in its first bytes.
    expect(await webmLastFrameSeconds(whole.slice(0, whole.size - 40))).to.equal(0.57);
    expect(await webmLastFrameSeconds(whole.slice(0, whole.size - 85))).to.equal(0.529);
  });

  it('reads a cluster that starts with a CRC-32, as the format allows', async () => {
    const { whole, cluster: at } = await recording();
    // The cluster's size is unknown (8 bytes after its ID), so a CRC-32 element (BF 84 + 4 bytes) can go in front of its Timecode.
    const body = at + 4 + 8;
    const withCrc = new Uint8Array([...whole.slice(0, body), 0xbf, 0x84, 1, 2, 3, 4, ...whole.slice(body)]);
    expect(await webmLastFrameSeconds(new Blob([withCrc]))).to.equal(0.57);
  });

  it('leaves files that state their duration, and other formats, to the engine (null)', async () => {
    expect(await webmLastFrameSeconds(await blobOf('/test/fixtures/media/clip-320x240-2s.webm'))).to.equal(null);
    expect(await webmLastFrameSeconds(await blobOf('/test/fixtures/media/clip-320x240-2s.mp4'))).to.equal(null);
    expect(await webmLastFrameSeconds(new Blob([]))).to.equal(null);
  });

  it('takes a last frame past a day for damage: null, the engine answers', async () => {
    const { whole, cluster: at } = await recording();
    // The cluster's Timecode (E7, size 1, value 0) becomes 2 days in 4 bytes: E7 84 <172 800 000 ms>.
    const cluster = whole.indexOf(0xe7, at);
    const twoDays = 2 * 24 * 3600 * 1000;
    const crafted = new Uint8Array([...whole.slice(0, cluster), 0xe7, 0x84, twoDays >>> 24, (twoDays >>> 16) & 255, (twoDays >>> 8) & 255, twoDays & 255, ...whole.slice(cluster + 3)]);
    expect(await webmLastFrameSeconds(new Blob([crafted]))).to.equal(null);
  });

  it('answers null within its budget for a tail of nothing but cluster IDs', async () => {
    const { whole, cluster: clusterStart } = await recording();
    // Cluster IDs with unknown sizes and no Timecode, 100k of them: only a bounded number is tried.
    const flood = new Uint8Array(400_000 * 2);
    for (let i = 0; i < flood.length; i += 8) flood.set([0x1f, 0x43, 0xb6, 0x75, 0x01, 0xff, 0xff, 0xff], i);
    // The budget counted in what does not depend on the machine's speed: the reads of the file and
    // their bytes (its head and its last MiB at most), not milliseconds.
    const reads: number[] = [];
    class CountedBlob extends Blob {
      override slice(start?: number, end?: number, type?: string): Blob {
        const part = super.slice(start, end, type);
        reads.push(part.size);
        return part;
      }
    }
    const file = new CountedBlob([whole.slice(0, clusterStart), flood]);
    expect(await webmLastFrameSeconds(file)).to.equal(null);
    expect(reads.length, 'reads').to.be.at.most(2);
    expect(reads.reduce((a, b) => a + b, 0), 'bytes read').to.be.at.most(64 * 1024 + (1 << 20));
  });

  it('answers null or a time, never throws, for 300 seeded mutations of a recording (flipped bytes, cuts, spliced cluster IDs)', async () => {
    const { whole } = await recording();
    const next = rng(0x3eb);
    const int = (max: number) => Math.floor(next() * max);
    const answers = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const bytes = whole.slice(0, int(3) === 0 ? int(whole.length) : whole.length);
      for (let flips = int(8); flips > 0; flips--) bytes[int(bytes.length)] = int(256);
      if (int(4) === 0 && bytes.length > 5) bytes.set([0x1f, 0x43, 0xb6, 0x75, 0xff], int(bytes.length - 5));
      const seconds = await webmLastFrameSeconds(new Blob([bytes]));
      expect(seconds === null || (seconds >= 0 && seconds <= 24 * 3600), `case ${i}: ${seconds}`).to.equal(true);
      answers.add(String(seconds));
    }
    // Both kinds of answer came up: the mutations reached the parser and did not only break the head.
    expect(answers.has('null')).to.equal(true);
    expect(answers.size).to.be.greaterThan(1);
  });

  it('keeps readVideoInfo on the last frame when four recordings are read at once (WebKitGTK alone sometimes said an earlier frame)', async function () {
    this.timeout(30_000);
    const blob = await blobOf(RECORDED);
    for (let round = 0; round < 5; round++) {
      const infos = await Promise.all([0, 1, 2, 3].map(() => readVideoInfo(blob)));
      // Firefox reports the end of the last frame (570 ms + its 41 ms), a later end that stands.
      for (const info of infos) expect(info.duration).to.be.within(0.57, 0.62);
    }
  });
});
