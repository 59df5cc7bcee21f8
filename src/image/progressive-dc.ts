/**
 * A 1/8-size picture of a progressive JPEG from its first scan alone (the DC coefficients: each
 * 8×8 block's average), decoded here in script. The browser's decoders cannot do this quickly:
 * for a progressive JPEG they keep every coefficient of the whole photo, so even a 1/8 scaled
 * decode of a 4800×3600 one took 400–470 ms (measured on a 2-core machine), against 90–170 ms
 * for this — run in slices of about 10 ms, so the page never has a long task.
 */

import { MAX_DC_DECODE_PIXELS, MAX_HEADER_STEPS, yieldToPage } from './budgets.js';

/** Stored size and the 1/8 picture, RGBA, `ceil(width / 8)` × `ceil(height / 8)`. */
export interface DcPicture {
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
}

interface Component {
  id: number;
  h: number;
  v: number;
  quant: number;
}

/** Huffman codes of one table, as canonical-code bounds per length (JPEG Annex F.2.2.3). */
interface HuffmanTable {
  maxCode: Int32Array;
  valPtr: Int32Array;
  minCode: Int32Array;
  values: Uint8Array;
}

function huffmanTable(counts: Uint8Array, values: Uint8Array): HuffmanTable {
  const maxCode = new Int32Array(18).fill(-1);
  const valPtr = new Int32Array(17);
  const minCode = new Int32Array(17);
  let code = 0;
  let k = 0;
  for (let length = 1; length <= 16; length++) {
    const count = counts[length - 1];
    if (count) {
      valPtr[length] = k;
      minCode[length] = code;
      code += count;
      k += count;
      maxCode[length] = code - 1;
    }
    code <<= 1;
  }
  return { maxCode, valPtr, minCode, values };
}

/** The SOFn marker of a JPEG (0xC0…0xCF but DHT, JPG, DAC), or 0 when `head` ends before it. */
export function frameMarker(head: Uint8Array): number {
  let pos = 2;
  for (let steps = 0; pos + 4 <= head.length && steps < MAX_HEADER_STEPS; steps++) {
    if (head[pos] !== 0xff) return 0;
    const marker = head[pos + 1];
    if (marker === 0xff) {
      pos++;
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return marker;
    if (marker === 0xda || marker === 0xd9) return 0;
    pos += 2 + ((head[pos + 2] << 8) | head[pos + 3]);
  }
  return 0;
}

/**
 * The 1/8 picture of a progressive (SOF2) 8-bit JPEG whose first scan carries the DC of every
 * component; undefined for anything else (baseline, 12-bit, CMYK, a first scan of one component,
 * damaged data), where the caller falls back to the browser's decoder. Stored orientation.
 */
export async function decodeProgressiveDc(bytes: Uint8Array, signal?: AbortSignal): Promise<DcPicture | undefined> {
  try {
    return await decode(bytes, signal);
  } catch {
    return undefined;
  }
}

/** Main-thread work between yields, ms: well under the 50 ms of a long task. */
const SLICE_MS = 10;

async function decode(bytes: Uint8Array, signal?: AbortSignal): Promise<DcPicture | undefined> {
  const quant: number[] = [];
  const dcTables: HuffmanTable[] = [];
  let components: Component[] | undefined;
  let width = 0;
  let height = 0;
  let restartInterval = 0;
  let adobeRgb = false;
  let pos = 2;
  const u16 = (at: number) => (bytes[at] << 8) | bytes[at + 1];
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  // The segments before the first scan: as many as a header reader may look at (a flood of
  // empty segments or fill bytes stops here, not after millions of them).
  for (let steps = 0; pos + 4 <= bytes.length; steps++) {
    if (steps >= MAX_HEADER_STEPS) return undefined;
    if (bytes[pos] !== 0xff) return undefined;
    const marker = bytes[pos + 1];
    if (marker === 0xff) {
      pos++;
      continue;
    }
    const length = u16(pos + 2);
    const start = pos + 4;
    const end = pos + 2 + length;
    if (end > bytes.length) return undefined;
    if (marker === 0xdb) {
      for (let at = start; at < end; ) {
        const wide = bytes[at] >> 4;
        quant[bytes[at] & 15] = wide ? u16(at + 1) : bytes[at + 1];
        at += 1 + 64 * (wide ? 2 : 1);
      }
    } else if (marker === 0xc4) {
      for (let at = start; at < end; ) {
        const kind = bytes[at] >> 4;
        const slot = bytes[at] & 15;
        const counts = bytes.subarray(at + 1, at + 17);
        const total = counts.reduce((sum, n) => sum + n, 0);
        if (kind === 0) dcTables[slot] = huffmanTable(counts, bytes.subarray(at + 17, at + 17 + total));
        at += 17 + total;
      }
    } else if (marker === 0xdd) {
      restartInterval = u16(start);
    } else if (marker === 0xee && length >= 14 && String.fromCharCode(...bytes.subarray(start, start + 5)) === 'Adobe') {
      adobeRgb = bytes[start + 11] === 0;
    } else if (marker === 0xc2) {
      if (bytes[start] !== 8) return undefined;
      height = u16(start + 1);
      width = u16(start + 3);
      if (width * height > MAX_DC_DECODE_PIXELS) return undefined;
      const count = bytes[start + 5];
      components = [];
      for (let i = 0; i < count; i++) {
        const at = start + 6 + i * 3;
        components.push({ id: bytes[at], h: bytes[at + 1] >> 4, v: bytes[at + 1] & 15, quant: bytes[at + 2] });
      }
    } else if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc8 && marker !== 0xcc) {
      return undefined; // baseline, lossless, arithmetic: not ours
    } else if (marker === 0xda) {
      if (!components || !width || !height) return undefined;
      const count = bytes[start];
      const ss = bytes[start + 1 + count * 2];
      const se = bytes[start + 2 + count * 2];
      const approximation = bytes[start + 3 + count * 2];
      // The first DC scan of all components (interleaved), or of the one component.
      if (ss !== 0 || se !== 0 || approximation >> 4 !== 0 || count !== components.length) return undefined;
      if (count !== 1 && count !== 3) return undefined;
      const scan: { component: Component; table: HuffmanTable }[] = [];
      for (let i = 0; i < count; i++) {
        const component = components.find((c) => c.id === bytes[start + 1 + i * 2]);
        const table = dcTables[bytes[start + 2 + i * 2] >> 4];
        if (!component || !table || quant[component.quant] === undefined) return undefined;
        scan.push({ component, table });
      }
      if (count === 1) scan[0].component = { ...scan[0].component, h: 1, v: 1 };
      return dcPicture(bytes, end, width, height, scan, quant, approximation & 15, restartInterval, adobeRgb, signal);
    }
    pos = end;
  }
  return undefined;
}

async function dcPicture(
  bytes: Uint8Array,
  scanStart: number,
  width: number,
  height: number,
  scan: { component: Component; table: HuffmanTable }[],
  quant: number[],
  shift: number,
  restartInterval: number,
  adobeRgb: boolean,
  signal?: AbortSignal,
): Promise<DcPicture | undefined> {
  // The first slice starts in a task of its own, after the caller's.
  await yieldToPage();
  signal?.throwIfAborted();
  let sliceStart = performance.now();
  const maybeYield = async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await yieldToPage();
    // Stopped (the viewer closed or moved on): no more slices.
    signal?.throwIfAborted();
    sliceStart = performance.now();
  };
  const hMax = Math.max(...scan.map((s) => s.component.h));
  const vMax = Math.max(...scan.map((s) => s.component.v));
  const mcusX = Math.ceil(width / (8 * hMax));
  const mcusY = Math.ceil(height / (8 * vMax));
  const planes = scan.map((s) => new Int16Array(mcusX * s.component.h * mcusY * s.component.v));
  const predictions = new Int32Array(scan.length);

  // The entropy-coded bits, up to 32 ahead: 0xFF00 is a stuffed 0xFF; a marker (RSTn) stops the
  // feed (zeros follow) until a restart moves past it.
  let pos = scanStart;
  let bits = 0;
  let count = 0;
  let atMarker = false;
  const fill = (): void => {
    while (count <= 24) {
      let byte = 0;
      if (!atMarker) {
        if (pos >= bytes.length) throw new RangeError('scan cut short');
        byte = bytes[pos];
        if (byte === 0xff) {
          if (bytes[pos + 1] === 0) pos += 2;
          else {
            atMarker = true;
            byte = 0;
          }
        } else pos++;
      }
      bits = ((bits << 8) | byte) >>> 0;
      count += 8;
    }
  };
  const take = (n: number): number => {
    if (count < n) fill();
    count -= n;
    return (bits >>> count) & ((1 << n) - 1);
  };
  const LOOKAHEAD = 9;
  const lookups = scan.map(({ table }) => {
    // For every 9-bit prefix: (code length << 8) | symbol, or 0 when the code is longer.
    const lookup = new Uint16Array(1 << LOOKAHEAD);
    for (let length = 1; length <= LOOKAHEAD; length++) {
      for (let code = table.minCode[length]; code <= table.maxCode[length]; code++) {
        const symbol = table.values[table.valPtr[length] + code - table.minCode[length]];
        const first = code << (LOOKAHEAD - length);
        lookup.fill((length << 8) | symbol, first, first + (1 << (LOOKAHEAD - length)));
      }
    }
    return lookup;
  });
  const decodeSymbol = (table: HuffmanTable, lookup: Uint16Array): number => {
    if (count < 16) fill();
    const hit = lookup[(bits >>> (count - LOOKAHEAD)) & ((1 << LOOKAHEAD) - 1)];
    if (hit) {
      count -= hit >> 8;
      return hit & 0xff;
    }
    let code = take(1);
    for (let length = 1; length <= 16; length++) {
      if (code <= table.maxCode[length]) return table.values[table.valPtr[length] + code - table.minCode[length]];
      code = (code << 1) | take(1);
    }
    throw new RangeError('bad Huffman code');
  };
  const receiveExtend = (size: number): number => {
    const value = take(size);
    return value < 1 << (size - 1) ? value - (1 << size) + 1 : value;
  };

  const total = mcusX * mcusY;
  for (let mcu = 0; mcu < total; mcu++) {
    if (restartInterval && mcu > 0 && mcu % restartInterval === 0) {
      count = 0;
      bits = 0;
      atMarker = false;
      while (pos + 1 < bytes.length && !(bytes[pos] === 0xff && bytes[pos + 1] >= 0xd0 && bytes[pos + 1] <= 0xd7)) pos++;
      pos += 2;
      predictions.fill(0);
    }
    const mx = mcu % mcusX;
    const my = (mcu / mcusX) | 0;
    if (mx === 0) await maybeYield();
    for (let c = 0; c < scan.length; c++) {
      const { component, table } = scan[c];
      const lookup = lookups[c];
      const plane = planes[c];
      const stride = mcusX * component.h;
      for (let by = 0; by < component.v; by++) {
        for (let bx = 0; bx < component.h; bx++) {
          const size = decodeSymbol(table, lookup);
          predictions[c] += size ? receiveExtend(size) : 0;
          plane[(my * component.v + by) * stride + mx * component.h + bx] = predictions[c] << shift;
        }
      }
    }
  }

  // A DC coefficient times its quantizer is 8× the block's mean (level-shifted by 128).
  const outWidth = Math.ceil(width / 8);
  const outHeight = Math.ceil(height / 8);
  const rgba = new Uint8ClampedArray(outWidth * outHeight * 4);
  const scales = scan.map((s) => quant[s.component.quant] / 8);
  const xs = scan.map((s) => Int32Array.from({ length: outWidth }, (_, x) => ((x * s.component.h) / hMax) | 0));
  for (let y = 0; y < outHeight; y++) {
    if (y % 16 === 0) await maybeYield();
    const rows = scan.map((s) => (((y * s.component.v) / vMax) | 0) * mcusX * s.component.h);
    for (let x = 0; x < outWidth; x++) {
      const at = (y * outWidth + x) * 4;
      const y0 = planes[0][rows[0] + xs[0][x]] * scales[0] + 128;
      if (scan.length === 1) {
        rgba[at] = rgba[at + 1] = rgba[at + 2] = y0;
      } else {
        const c1 = planes[1][rows[1] + xs[1][x]] * scales[1] + (adobeRgb ? 128 : 0);
        const c2 = planes[2][rows[2] + xs[2][x]] * scales[2] + (adobeRgb ? 128 : 0);
        if (adobeRgb) {
          rgba[at] = y0;
          rgba[at + 1] = c1;
          rgba[at + 2] = c2;
        } else {
          rgba[at] = y0 + 1.402 * c2;
          rgba[at + 1] = y0 - 0.344136 * c1 - 0.714136 * c2;
          rgba[at + 2] = y0 + 1.772 * c1;
        }
      }
      rgba[at + 3] = 255;
    }
  }
  return { width, height, rgba };
}
