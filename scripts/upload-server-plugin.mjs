// A real HTTP server for the uploadFile / downloadFile / uploader tests: it parses each
// multipart upload and records what arrived (fields, file name, type, size, SHA-256), serves the
// test fixtures for downloads, and misbehaves on request: an HTTP status, a connection cut
// halfway, a stall (for timeouts), a paced link (for progress and abort).
//
// Query parameters of a request (upload `POST /upload`, download `GET /files/<path under test/>`):
//   id=<key>        records uploads under this key (`upload-server` { action: 'received', id })
//   status=<code>   answers with this status (the record is still kept: the bytes did arrive)
//   cut=1           destroys the connection once half of the body (upload) or file (download) went through
//   stall=1         never answers (an upload is read whole first; a download sends its headers only)
//   rate=<bytes/s>  paces the body: reads an upload, or writes a download, at this rate
//                   (`upload-server` { action: 'unpace', id } reads the rest of an upload at once)
//   delay=<ms>      waits this long before answering
// A script of answers set for an id (`upload-server` { action: 'script', id, answers: ['500', 'ok'] })
// is used before the query: one answer per request, `ok`, a status, `cut` or `stall`.
//
// It runs on a free port of its own (cross-origin for the test page, so CORS and the upload
// domain list are exercised) and under `/upload-server/` of the test runner's own server (same
// origin). Command `upload-server` { action: 'info' } → { port, refusedPort } (a port nothing
// listens on: an offline server).
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const MIME = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif', bmp: 'image/bmp', svg: 'image/svg+xml', mp4: 'video/mp4', webm: 'video/webm' };
const SAME_ORIGIN_PREFIX = '/upload-server';

/** `name="…"` parameters of a Content-Disposition header. */
function dispositionParams(value) {
  const params = {};
  for (const match of value.matchAll(/;\s*([a-z*]+)="((?:[^"\\]|\\.)*)"/gi)) params[match[1].toLowerCase()] = match[2];
  return params;
}

/** The parts of a multipart/form-data body: `{ name, fileName?, type?, body }`. */
export function parseMultipart(body, contentType) {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts = [];
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const afterDelimiter = start + delimiter.length;
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === '--') break;
    const headerEnd = body.indexOf('\r\n\r\n', afterDelimiter);
    const next = body.indexOf(delimiter, headerEnd);
    if (headerEnd < 0 || next < 0) break;
    const headers = body.subarray(afterDelimiter + 2, headerEnd).toString('utf8').split('\r\n');
    const disposition = headers.find((h) => /^content-disposition:/i.test(h)) ?? '';
    const type = headers.find((h) => /^content-type:/i.test(h))?.replace(/^content-type:\s*/i, '');
    const params = dispositionParams(disposition);
    // The part's body ends with the CRLF before the next delimiter.
    parts.push({ name: params.name, fileName: params.filename, type, body: body.subarray(headerEnd + 4, next - 2) });
    start = next;
  }
  return parts;
}

function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}

function cors(req, res) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? '*');
  res.setHeader('Access-Control-Expose-Headers', 'X-Upload-Id, X-Upload-Server, Content-Length');
  res.setHeader('Access-Control-Max-Age', '0');
  // A fresh connection per request: browsers resend a request whose reused connection was reset
  // (as after `cut`), which would make one upload arrive twice.
  res.setHeader('Connection', 'close');
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function createUploadServer({ root }) {
  /** id → records of complete uploads; id → every request seen (also cut or aborted ones). */
  const received = new Map();
  const requests = new Map();
  const scripts = new Map();
  const sockets = new Set();

  function behaviourOf(url) {
    const id = url.searchParams.get('id') ?? '';
    const scripted = scripts.get(id)?.shift();
    const answer = scripted ?? (url.searchParams.get('cut') ? 'cut' : url.searchParams.get('stall') ? 'stall' : url.searchParams.get('status') ?? 'ok');
    return {
      id,
      answer,
      rate: Number(url.searchParams.get('rate')) || 0,
      delay: Number(url.searchParams.get('delay')) || 0,
    };
  }

  /** Reads the request body, paced at `rate` bytes/s when given; cuts it halfway when told. */
  function readBody(req, { rate, answer }, seen) {
    const expected = Number(req.headers['content-length']) || 0;
    return new Promise((resolveBody, rejectBody) => {
      const chunks = [];
      let bytes = 0;
      const started = Date.now();
      req.on('data', (chunk) => {
        chunks.push(chunk);
        bytes += chunk.length;
        seen.bytes = bytes;
        if (answer === 'cut' && bytes >= expected / 2) {
          seen.state = 'cut';
          req.socket.destroy();
          rejectBody(new Error('cut'));
          return;
        }
        if (rate && !seen.unpaced) {
          // Pause until the bytes so far fit the rate: the browser's send buffer fills and its
          // upload progress follows the paced reading.
          const due = started + (bytes / rate) * 1000 - Date.now();
          if (due > 0) {
            req.pause();
            seen.resume = setTimeout(() => req.resume(), due);
          }
        }
      });
      req.on('end', () => resolveBody(Buffer.concat(chunks)));
      req.on('aborted', () => rejectBody(new Error('aborted')));
      req.on('error', rejectBody);
    });
  }

  async function handleUpload(req, res, url) {
    const behaviour = behaviourOf(url);
    const seen = { state: 'receiving', bytes: 0, req };
    if (!requests.has(behaviour.id)) requests.set(behaviour.id, []);
    requests.get(behaviour.id).push(seen);
    req.socket.on('close', () => {
      if (seen.state === 'receiving') seen.state = 'aborted';
    });
    let body;
    try {
      body = await readBody(req, behaviour, seen);
    } catch {
      if (seen.state === 'receiving') seen.state = 'aborted';
      return;
    }
    const parts = parseMultipart(body, req.headers['content-type']);
    const record = {
      fields: Object.fromEntries(parts.filter((p) => p.fileName === undefined).map((p) => [p.name, p.body.toString('utf8')])),
      files: parts
        .filter((p) => p.fileName !== undefined)
        .map((p) => ({ field: p.name, fileName: p.fileName, type: p.type, size: p.body.length, sha256: sha256(p.body) })),
      headers: req.headers,
      answer: behaviour.answer,
    };
    if (!received.has(behaviour.id)) received.set(behaviour.id, []);
    received.get(behaviour.id).push(record);
    seen.state = 'received';
    if (behaviour.answer === 'stall') return;
    if (behaviour.delay) await sleep(behaviour.delay);
    const status = behaviour.answer === 'ok' ? 200 : Number(behaviour.answer) || 200;
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'X-Upload-Id': behaviour.id, 'X-Upload-Server': 'test' });
    res.end(JSON.stringify({ status, ...record, headers: undefined }));
    seen.state = 'answered';
  }

  async function handleDownload(req, res, url, path) {
    const behaviour = behaviourOf(url);
    if (!requests.has(behaviour.id)) requests.set(behaviour.id, []);
    requests.get(behaviour.id).push({ state: 'download', bytes: 0, req });
    const file = resolve(root, decodeURIComponent(path));
    let bytes;
    try {
      if (!file.startsWith(root + sep)) throw new Error('outside');
      bytes = await readFile(file);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    if (behaviour.delay) await sleep(behaviour.delay);
    const status = /^\d{3}$/.test(behaviour.answer) ? Number(behaviour.answer) : 200;
    res.writeHead(status, { 'Content-Type': MIME[extname(file).slice(1).toLowerCase()] ?? 'application/octet-stream', 'Content-Length': bytes.length, 'X-Upload-Server': 'test' });
    if (behaviour.answer === 'stall') return res.flushHeaders();
    const half = Math.floor(bytes.length / 2);
    const chunk = behaviour.rate ? Math.max(1024, Math.floor(behaviour.rate / 20)) : bytes.length;
    for (let at = 0; at < bytes.length; at += chunk) {
      if (behaviour.answer === 'cut' && at + chunk > half) {
        res.write(bytes.subarray(at, half));
        await sleep(50);
        req.socket.destroy();
        return;
      }
      if (!res.write(bytes.subarray(at, at + chunk))) await new Promise((r) => res.once('drain', r));
      if (behaviour.rate) await sleep(50);
      if (res.destroyed) return;
    }
    res.end();
  }

  /** Handles `/upload` and `/files/<path>` (below `prefix` when mounted in another server). */
  function handle(req, res, prefix = '') {
    const url = new URL(req.url, 'http://server');
    const path = url.pathname.slice(prefix.length);
    cors(req, res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (req.method === 'POST' && path === '/upload') return void handleUpload(req, res, url);
    if (req.method === 'GET' && path.startsWith('/files/')) return void handleDownload(req, res, url, path.slice('/files/'.length));
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('unknown route');
  }

  const server = createServer((req, res) => handle(req, res));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  /** A port that refuses connections: one the OS gave and took back. */
  async function closedPort() {
    const probe = createServer();
    await new Promise((r) => probe.listen(0, r));
    const { port } = probe.address();
    await new Promise((r) => probe.close(r));
    return port;
  }

  return {
    handle,
    async start(port = 0) {
      await new Promise((r) => server.listen(port, r));
      return server.address().port;
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise((r) => server.close(r));
    },
    async command(payload) {
      switch (payload.action) {
        case 'info':
          return { port: server.address().port, refusedPort: await closedPort(), sameOriginPrefix: SAME_ORIGIN_PREFIX };
        case 'received':
          return received.get(payload.id) ?? [];
        case 'requests':
          return (requests.get(payload.id) ?? []).map(({ state, bytes, req }) => ({ state, bytes, headers: req.headers }));
        case 'unpace':
          // A paused request learns that its client went away only when it reads again: read
          // the rest of what is buffered now.
          for (const seen of requests.get(payload.id) ?? []) {
            seen.unpaced = true;
            clearTimeout(seen.resume);
            seen.req?.resume();
          }
          return true;
        case 'script':
          scripts.set(payload.id, [...payload.answers]);
          return true;
        default:
          throw new Error(`upload-server: unknown action ${payload.action}`);
      }
    },
  };
}

/** For web-test-runner: the server on a free port, its same-origin mount, and the `upload-server` command. */
export function uploadServerForTestRunner(root) {
  const uploads = createUploadServer({ root });
  return {
    middleware: async (ctx, next) => {
      if (!ctx.path.startsWith(`${SAME_ORIGIN_PREFIX}/`)) return next();
      ctx.respond = false;
      // Settled once the answer is out, so the runner sees its real status.
      await new Promise((done) => {
        ctx.res.once('close', done);
        uploads.handle(ctx.req, ctx.res, SAME_ORIGIN_PREFIX);
      });
    },
    plugin: {
      name: 'upload-server',
      async serverStart() {
        await uploads.start();
      },
      async serverStop() {
        await uploads.stop();
      },
      executeCommand({ command, payload }) {
        if (command === 'upload-server') return uploads.command(payload);
        return undefined;
      },
    },
  };
}
