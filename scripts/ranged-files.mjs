// Serves this repo's test fixtures under a prefix the way a real file server does: `Range:
// bytes=a-b` answered with 206 + Content-Range, ETag and If-Range honoured; optionally paced to
// a link speed. It counts the body bytes it actually wrote per file, so a test or a bench can
// check how much of a file a read made the server send (`bytesSent`), never by timing.
// `?norange` makes it ignore Range (a server that always sends 200), `?nolength` drops
// Content-Length (a chunked reply of unknown size), `?run=<id>` counts apart (engines that run
// side by side each pass their own id).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

const SINGLE_RANGE = /^bytes=(\d*)-(\d*)$/;

/**
 * @param {{ root: string, prefix: string, bytesPerSecond?: number, extra?: Map<string, Buffer> }} options
 *   files under `root` answered at `prefix` + their relative path; `bytesPerSecond` paces bodies;
 *   `extra` adds files made in memory (name → bytes).
 */
export function createRangedFiles({ root, prefix, bytesPerSecond, extra = new Map() }) {
  /** @type {Map<string, number>} path → body bytes written since the last reset */
  const sent = new Map();
  /** @type {Map<string, number>} path → requests since the last reset */
  const requests = new Map();
  /** @type {Map<string, number>} in-memory file → times it was replaced (its ETag changes) */
  const versions = new Map();

  /** Node (req, res) handler; calls `next()` for other paths. */
  async function handle(req, res, next) {
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(prefix)) return next();
    const name = decodeURIComponent(url.pathname.slice(prefix.length));
    const file = resolve(root, name);
    const made = extra.get(name);
    if (!made && !file.startsWith(resolve(root) + sep)) return reply(res, 403);
    let info;
    try {
      info = made ? { size: made.length, mtimeMs: versions.get(name) ?? 0 } : await stat(file);
    } catch {
      return reply(res, 404);
    }
    const key = `${name}#${url.searchParams.get('run') ?? ''}`;
    requests.set(key, (requests.get(key) ?? 0) + 1);
    const size = info.size;
    const etag = `"${size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const headers = {
      'Content-Type': contentType(name),
      'Accept-Ranges': 'bytes',
      ETag: etag,
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': '*',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    };
    let start = 0;
    let end = size - 1;
    let status = 200;
    const range = url.searchParams.has('norange') ? undefined : SINGLE_RANGE.exec(req.headers.range ?? '');
    const ifRange = req.headers['if-range'];
    if (range && (!ifRange || ifRange === etag) && (range[1] || range[2])) {
      if (range[1]) {
        start = Number(range[1]);
        end = range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      } else {
        start = Math.max(0, size - Number(range[2]));
      }
      if (start >= size || start > end) {
        return reply(res, 416, { 'Content-Range': `bytes */${size}` });
      }
      status = 206;
      headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
    }
    if (!url.searchParams.has('nolength')) headers['Content-Length'] = String(end - start + 1);
    res.writeHead(status, headers);
    if (req.method === 'HEAD') return res.end();
    const stream = made ? chunks(made.subarray(start, end + 1)) : createReadStream(file, { start, end, highWaterMark: 16 * 1024 });
    const count = (n) => sent.set(key, (sent.get(key) ?? 0) + n);
    res.on('close', () => stream.destroy?.());
    if (!bytesPerSecond && !made) {
      stream.on('data', (chunk) => count(chunk.length));
      stream.pipe(res);
      return;
    }
    // Paced: each 16 KB chunk waits its share of a second, as on a slow link.
    const began = Date.now();
    let written = 0;
    for await (const chunk of stream) {
      if (res.destroyed) break;
      const due = began + (bytesPerSecond ? (written / bytesPerSecond) * 1000 : 0);
      const wait = due - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (res.destroyed) break;
      written += chunk.length;
      count(chunk.length);
      if (!res.write(chunk)) await drained(res);
    }
    res.end();
  }

  return {
    handle,
    /** Body bytes written and requests answered for one file (and `run` id) since the last reset. */
    stats: (name, run = '') => ({ bytesSent: sent.get(`${name}#${run}`) ?? 0, requests: requests.get(`${name}#${run}`) ?? 0 }),
    /** Adds or replaces an in-memory file; a replaced file gets a new ETag. */
    put: (name, bytes) => {
      extra.set(name, bytes);
      versions.set(name, (versions.get(name) ?? 0) + 1);
    },
    reset: () => {
      sent.clear();
      requests.clear();
    },
  };
}

/** Resolves when `res` can take more, or is closed; leaves no listener behind. */
function drained(res) {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** A Buffer as 16 KB chunks, like a file stream. */
function* chunks(bytes) {
  for (let at = 0; at < bytes.length; at += 16 * 1024) yield bytes.subarray(at, at + 16 * 1024);
}

function reply(res, status, headers = {}) {
  res.writeHead(status, headers);
  res.end();
}

function contentType(name) {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return (
    { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', heic: 'image/heic', avif: 'image/avif', svg: 'image/svg+xml' }[ext] ??
    'application/octet-stream'
  );
}

/**
 * For web-test-runner: fixtures at `/ranged/<name>` through a koa middleware, and the commands
 * `ranged-files-stats` ({ name, run } → { bytesSent, requests }, counted for `?run=<run>`) and
 * `ranged-files-put` ({ name, base64 }: a file held in memory, a new ETag each time).
 */
export function rangedFixturesForTestRunner(root) {
  const files = createRangedFiles({ root, prefix: '/ranged/' });
  return {
    middleware: (ctx, next) => {
      if (!ctx.path.startsWith('/ranged/')) return next();
      ctx.respond = false;
      return files.handle(ctx.req, ctx.res, () => {});
    },
    plugin: {
      name: 'ranged-files',
      executeCommand({ command, payload }) {
        if (command === 'ranged-files-stats') return files.stats(payload.name, payload.run);
        if (command === 'ranged-files-put') return files.put(payload.name, Buffer.from(payload.base64, 'base64')), true;
        return undefined;
      },
    },
  };
}
