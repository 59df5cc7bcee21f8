// The gallery's upload endpoint (`npm start`): POST /upload takes a multipart upload, reading it
// through one throttled link so that the uploader's progress can be seen, keeps the file in memory (the
// last few only) and answers `{ "url": "/uploads/<id>/<name>", "name", "size", "type" }`; GET
// /uploads/<id>/<name> gives the file back. `?status=500` answers 500 after reading the body
// (to try Retry). Nothing is written to disk.

/** Bytes per second read from an upload: about 4 Mbit/s, slow enough to watch a photo go. */
const PACE_BYTES_PER_SECOND = 500_000;
/** How many uploads are kept for GET. */
const KEPT = 40;

/** The parts of a multipart/form-data body: `{ name, filename, type, data }`. */
export function parseMultipart(body, contentType) {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts = [];
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const headerStart = start + delimiter.length + 2; // CRLF after the delimiter
    const next = body.indexOf(delimiter, headerStart);
    if (next < 0) break;
    const headerEnd = body.indexOf('\r\n\r\n', headerStart);
    if (headerEnd < 0 || headerEnd > next) break;
    const headers = body.subarray(headerStart, headerEnd).toString('utf8');
    const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
    parts.push({
      name: /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? '',
      filename: /\bfilename="([^"]*)"/i.exec(disposition)?.[1],
      type: /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1] ?? '',
      data: body.subarray(headerEnd + 4, next - 2), // CRLF before the next delimiter
    });
    start = next;
  }
  return parts;
}

/**
 * One link of `bytesPerSecond` that every upload shares (three uploads at once each get a third
 * of it, as on a real connection): `delay(bytes)` books the bytes and says how long to wait
 * until they have gone through.
 */
export function createLink(bytesPerSecond) {
  let freeAt = 0;
  return {
    delay(bytes) {
      const now = Date.now();
      freeAt = Math.max(freeAt, now) + (bytes / bytesPerSecond) * 1000;
      return freeAt - now;
    },
  };
}

/** Reads a request body through `link`, pausing the stream until each chunk has "gone through". */
export function readThrough(request, link) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => {
      chunks.push(chunk);
      const due = link.delay(chunk.length);
      if (due > 0) {
        request.pause();
        setTimeout(() => request.resume(), due);
      }
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/**
 * Connect middleware: POST `path` reads the body through a link of `bytesPerSecond` and answers
 * `{ "size": <bytes of the file part> }` (the bench's upload endpoint).
 */
export function uploadSink({ path, bytesPerSecond }) {
  const link = createLink(bytesPerSecond);
  return async (request, response, next) => {
    if (request.method !== 'POST' || new URL(request.url ?? '/', 'http://localhost').pathname !== path) return next();
    try {
      const body = await readThrough(request, link);
      const file = parseMultipart(body, request.headers['content-type']).find((part) => part.filename !== undefined);
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ size: file?.data.length ?? 0 }));
    } catch {
      response.destroy();
    }
  };
}

/** The Vite plugin that serves POST /upload and GET /uploads/… on the dev server. */
export function uploadEndpoint() {
  const link = createLink(PACE_BYTES_PER_SECOND);
  const kept = new Map();
  let nextId = 1;
  return {
    name: 'wx-gallery-upload-endpoint',
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        if (request.method === 'GET' && url.pathname.startsWith('/uploads/')) {
          const file = kept.get(url.pathname);
          if (!file) return next();
          response.writeHead(200, { 'Content-Type': file.type || 'application/octet-stream', 'Cache-Control': 'no-store' });
          return response.end(file.data);
        }
        if (request.method !== 'POST' || url.pathname !== '/upload') return next();
        try {
          const body = await readThrough(request, link);
          const status = Number(url.searchParams.get('status')) || 201;
          if (status >= 300) {
            response.writeHead(status, { 'Content-Type': 'text/plain' });
            return response.end(`The gallery's endpoint answered ${status}, as asked.`);
          }
          const file = parseMultipart(body, request.headers['content-type']).find((part) => part.filename !== undefined);
          if (!file) {
            response.writeHead(400, { 'Content-Type': 'text/plain' });
            return response.end('No file in the upload.');
          }
          const path = `/uploads/${nextId++}/${encodeURIComponent(file.filename || 'file')}`;
          kept.set(path, file);
          if (kept.size > KEPT) kept.delete(kept.keys().next().value);
          response.writeHead(201, { 'Content-Type': 'application/json' });
          response.end(JSON.stringify({ url: path, name: file.filename, size: file.data.length, type: file.type }));
        } catch {
          response.destroy();
        }
      });
    },
  };
}
