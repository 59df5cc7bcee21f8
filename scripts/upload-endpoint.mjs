// The gallery's upload endpoint (`npm start`): POST /upload takes a multipart upload, reading it
// through one throttled link so that the uploader's progress can be seen, keeps the file in memory (the
// last few only) and answers `{ "url": "/uploads/<id>/<name>", "name", "size", "type" }`; GET
// /uploads/<id>/<name> gives the file back. `?status=500` answers 500 after reading the body
// (to try Retry). Nothing is written to disk. Multipart is parsed by the test server's parser.
import { parseMultipart } from './upload-server-plugin.mjs';

/** Bytes per second read from an upload: about 4 Mbit/s, slow enough to watch a photo go. */
const PACE_BYTES_PER_SECOND = 500_000;
/** How many uploads are kept for GET. */
const KEPT = 40;

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
      const file = parseMultipart(body, request.headers['content-type']).find((part) => part.fileName !== undefined);
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ size: file?.body.length ?? 0 }));
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
          return response.end(file.body);
        }
        if (request.method !== 'POST' || url.pathname !== '/upload') return next();
        try {
          const body = await readThrough(request, link);
          const status = Number(url.searchParams.get('status')) || 201;
          if (status >= 300) {
            response.writeHead(status, { 'Content-Type': 'text/plain' });
            return response.end(`The gallery's endpoint answered ${status}, as asked.`);
          }
          const file = parseMultipart(body, request.headers['content-type']).find((part) => part.fileName !== undefined);
          if (!file) {
            response.writeHead(400, { 'Content-Type': 'text/plain' });
            return response.end('No file in the upload.');
          }
          const path = `/uploads/${nextId++}/${encodeURIComponent(file.fileName || 'file')}`;
          kept.set(path, file);
          if (kept.size > KEPT) kept.delete(kept.keys().next().value);
          response.writeHead(201, { 'Content-Type': 'application/json' });
          response.end(JSON.stringify({ url: path, name: file.fileName, size: file.body.length, type: file.type }));
        } catch {
          response.destroy();
        }
      });
    },
  };
}
