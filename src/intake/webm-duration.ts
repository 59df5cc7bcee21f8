// The duration of a WebM that has no Duration element (what MediaRecorder writes), read from its
// bytes: the timestamp of its last frame. Engines find it by seeking to the end, but WebKitGTK
// sometimes settles on the timestamp of a frame it happened to have parsed (0.408 s for a 0.57 s
// recording, 2 of 60 files read four at a time) and keeps it through the seek; the bytes do not
// change their mind. Chromium reports the same last-frame timestamp this reads.
import { MAX_META_WALK_STEPS, ReadBudget } from '../image/budgets.js';

/** The head holds the EBML header, the Segment's start and its Info. */
const HEAD_BYTES = 64 * 1024;
/** The last cluster starts within this much of the end (a recorder writes a cluster every few seconds). */
const TAIL_BYTES = 1 << 20;
/** Cluster IDs tried from the end: the ID's four bytes can also occur inside frame data. */
const MAX_CLUSTER_CANDIDATES = 64;
const LIMITS = { steps: MAX_META_WALK_STEPS, reads: 2, bytes: HEAD_BYTES + TAIL_BYTES };

const EBML = 0x1a45dfa3;
const SEGMENT = 0x18538067;
const INFO = 0x1549a966;
const TIMECODE_SCALE = 0x2ad7b1;
const DURATION = 0x4489;
const CLUSTER = 0x1f43b675;
const CLUSTER_TIMECODE = 0xe7;
const SIMPLE_BLOCK = 0xa3;
const BLOCK_GROUP = 0xa0;
const BLOCK = 0xa1;
/** Elements a cluster may hold before its Timecode (a CRC-32 comes first when present). */
const CRC32 = 0xbf;
const VOID = 0xec;
/** A last frame past a day is damage or a crafted timestamp, not a recording: the engine's answer stands. */
const MAX_SECONDS = 24 * 60 * 60;
/** Matroska's default: timestamps in milliseconds. */
const DEFAULT_TIMECODE_SCALE_NS = 1_000_000;

interface Vint {
  value: number;
  length: number;
  /** All value bits set: an element of unknown size (a live recording's Segment and Clusters). */
  unknown: boolean;
}

/** An EBML variable-length integer at `at`; `keepMarker` for element IDs. Null past the end or when malformed. */
function vint(bytes: Uint8Array, at: number, keepMarker = false): Vint | null {
  if (at >= bytes.length) return null;
  const first = bytes[at];
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
  if (length > 8 || at + length > bytes.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    value = value * 256 + bytes[at + i];
    allOnes &&= bytes[at + i] === 0xff;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

interface Element {
  id: number;
  /** Where the element's body starts. */
  body: number;
  /** Where it ends (clamped to the bytes there are); unknown sizes run to the end. */
  end: number;
}

function element(bytes: Uint8Array, at: number): Element | null {
  const id = vint(bytes, at, true);
  if (!id) return null;
  const size = vint(bytes, at + id.length);
  if (!size) return null;
  const body = at + id.length + size.length;
  return { id: id.value, body, end: size.unknown ? bytes.length : Math.min(bytes.length, body + size.value) };
}

function unsigned(bytes: Uint8Array, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 256 + bytes[i];
  return value;
}

/** The children of the element spanning `from`..`to`, each charged to the budget. */
function* children(bytes: Uint8Array, from: number, to: number, budget: ReadBudget): Generator<Element> {
  for (let at = from; at < to; ) {
    budget.step();
    const child = element(bytes, at);
    if (!child) return;
    yield child;
    if (child.end <= at) return;
    at = child.end;
  }
}

/** A block's timestamp relative to its cluster (a signed 16-bit number after the track number). */
function blockTime(bytes: Uint8Array, block: Element): number | null {
  const track = vint(bytes, block.body);
  if (!track || block.body + track.length + 2 > block.end) return null;
  const at = block.body + track.length;
  return ((bytes[at] << 8) | bytes[at + 1]) << 16 >> 16;
}

/** The latest block timestamp of the cluster whose ID is at `at`, in timecode ticks; null if that is no cluster. */
function clusterEnd(bytes: Uint8Array, at: number, budget: ReadBudget): number | null {
  const cluster = element(bytes, at);
  if (!cluster || cluster.id !== CLUSTER) return null;
  let clusterTime: number | null = null;
  let latest: number | null = null;
  for (const child of children(bytes, cluster.body, cluster.end, budget)) {
    if (child.id === CLUSTER_TIMECODE) clusterTime = unsigned(bytes, child.body, child.end);
    else if (child.id === CRC32 || child.id === VOID) continue;
    // A cluster's Timecode comes before its blocks; anything else first means this was frame data.
    else if (clusterTime === null) return null;
    const blocks = child.id === SIMPLE_BLOCK ? [child] : child.id === BLOCK_GROUP ? [...children(bytes, child.body, child.end, budget)].filter((c) => c.id === BLOCK) : [];
    for (const block of blocks) {
      const time = blockTime(bytes, block);
      if (time !== null) latest = Math.max(latest ?? -Infinity, clusterTime + time);
    }
  }
  return latest;
}

/** The Segment's timecode scale in ns, or null when the file states its Duration (the engine's is then right) or is no WebM. */
function timecodeScaleWithoutDuration(head: Uint8Array, budget: ReadBudget): number | null {
  const header = element(head, 0);
  if (!header || header.id !== EBML) return null;
  const segment = element(head, header.end);
  if (!segment || segment.id !== SEGMENT) return null;
  for (const child of children(head, segment.body, segment.end, budget)) {
    if (child.id === CLUSTER) break;
    if (child.id !== INFO) continue;
    let scale = DEFAULT_TIMECODE_SCALE_NS;
    for (const field of children(head, child.body, child.end, budget)) {
      if (field.id === DURATION) return null;
      if (field.id === TIMECODE_SCALE) scale = unsigned(head, field.body, field.end) || DEFAULT_TIMECODE_SCALE_NS;
    }
    return scale;
  }
  return null;
}

/**
 * Seconds to the last frame of a WebM without a Duration element, from its bytes (a 64 KB head and
 * at most a 1 MB tail); null for any other file, a WebM that states its duration, bytes that do
 * not parse within the budget, or a last frame past a day.
 */
export async function webmLastFrameSeconds(blob: Blob): Promise<number | null> {
  const budget = new ReadBudget(LIMITS);
  try {
    const headSize = Math.min(blob.size, HEAD_BYTES);
    budget.fetch(headSize);
    const head = new Uint8Array(await blob.slice(0, headSize).arrayBuffer());
    const scale = timecodeScaleWithoutDuration(head, budget);
    if (scale === null) return null;
    const tailStart = Math.max(0, blob.size - TAIL_BYTES);
    budget.fetch(blob.size - tailStart);
    const tail = new Uint8Array(await blob.slice(tailStart).arrayBuffer());
    let candidates = 0;
    for (let at = tail.length - 4; at >= 0 && candidates < MAX_CLUSTER_CANDIDATES; at--) {
      if (tail[at] !== 0x1f || tail[at + 1] !== 0x43 || tail[at + 2] !== 0xb6 || tail[at + 3] !== 0x75) continue;
      candidates++;
      const ticks = clusterEnd(tail, at, budget);
      if (ticks === null || ticks < 0) continue;
      const seconds = (ticks * scale) / 1e9;
      return seconds <= MAX_SECONDS ? seconds : null;
    }
    return null;
  } catch {
    // Past the budget (BudgetExceeded) or unreadable: the engine's own answer stands.
    return null;
  }
}
