import { ApiError } from '../contract/errors.js';
import { getConfig } from '../config.js';
import type { TaskControl } from '../contract/task.js';
import { fileOfBytes } from './file-of-bytes.js';
import { safeBaseName, urlBaseName } from './file-name.js';
import { asTextRecord, parseResponseHeaders, serverUrl, settableHeaders } from './http.js';
import { loadSource, type LoadableSource } from './resolve.js';
import { resolveSource, type SourceRules } from './source.js';

/**
 * The network side of `uploadFile`: one multipart POST through XMLHttpRequest, the one browser
 * API that reports upload progress (fetch reports none).
 */
export interface MultipartUpload {
  url: string;
  file: File;
  /** The form field the file goes in. */
  name: string;
  header: Record<string, string>;
  formData: Record<string, string>;
  /** ms; 0 for none. */
  timeout: number;
  signal: AbortSignal;
  onProgress: (progress: UploadProgress) => void;
  onHeaders: (header: Record<string, string>) => void;
}

export interface UploadProgress {
  /** Percent sent, 0..100. */
  progress: number;
  totalBytesSent: number;
  totalBytesExpectedToSend: number;
}

export interface UploadResponse {
  data: string;
  statusCode: number;
}

/** Sends the file and the fields; any HTTP status is an answer, a failure to get one is `network error`, `timeout` or `abort`. */
export function sendMultipart(upload: MultipartUpload): Promise<UploadResponse> {
  const body = new FormData();
  for (const [key, value] of Object.entries(upload.formData)) body.append(key, value);
  body.append(upload.name, upload.file, upload.file.name);
  return new Promise<UploadResponse>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let headersSeen = false;
    let lastSent = -1;
    const progress = (loaded: number, total: number) => {
      if (loaded <= lastSent) return;
      lastSent = loaded;
      upload.onProgress({ progress: total ? Math.round((loaded / total) * 100) : 100, totalBytesSent: loaded, totalBytesExpectedToSend: total });
    };
    const onAbort = () => xhr.abort();
    const done = () => upload.signal.removeEventListener('abort', onAbort);
    upload.signal.addEventListener('abort', onAbort, { once: true });
    xhr.open('POST', upload.url);
    xhr.timeout = upload.timeout;
    // Content-Type carries the multipart boundary the browser writes.
    for (const [key, value] of settableHeaders(upload.header, /^content-type$/i)) xhr.setRequestHeader(key, value);
    xhr.upload.onprogress = (event) => progress(event.loaded, event.lengthComputable ? event.total : 0);
    // Every byte is sent once the upload's load fires: progress ends at 100 even when the last
    // progress event came before the end.
    xhr.upload.onload = (event) => progress(event.total || event.loaded, event.total || event.loaded);
    xhr.onreadystatechange = () => {
      if (xhr.readyState >= XMLHttpRequest.HEADERS_RECEIVED && !headersSeen && xhr.status) {
        headersSeen = true;
        upload.onHeaders(parseResponseHeaders(xhr.getAllResponseHeaders()));
      }
    };
    xhr.onload = () => {
      done();
      resolve({ data: xhr.responseText, statusCode: xhr.status });
    };
    xhr.onerror = () => {
      done();
      reject(new ApiError('network error'));
    };
    xhr.ontimeout = () => {
      done();
      reject(new ApiError('timeout'));
    };
    xhr.onabort = () => {
      done();
      reject(new ApiError('abort'));
    };
    if (upload.signal.aborted) {
      done();
      reject(new ApiError('abort'));
      return;
    }
    xhr.send(body);
  });
}

/** What can be uploaded: files the page holds or reads from its own origin; never another site's URL. */
const UPLOAD_SOURCES: SourceRules = { kinds: ['temp', 'blob', 'same-origin'], refused: 'invalid file path' };

/**
 * The name the server sees, before the extension its bytes give: a picked file's own name, a
 * same-origin path's, else the temp path's id (as WeChat sends `tmp_….jpg`).
 */
function uploadBaseName(blob: Blob, source: LoadableSource): string {
  if (blob instanceof File && safeBaseName(blob.name)) return safeBaseName(blob.name);
  if (source.kind === 'same-origin' && urlBaseName(source.url)) return urlBaseName(source.url);
  const id = source.url.replace(/#.*$/, '').split('/').pop() ?? '';
  return `tmp_${id.replace(/[^a-z0-9]/gi, '') || Date.now()}`;
}

/** `uploadFile`'s checked options. */
export interface UploadRequest {
  url: string;
  filePath: string;
  name: string;
  header?: Record<string, unknown>;
  formData?: Record<string, unknown>;
  timeout: number;
}

/**
 * `uploadFile`'s work, loaded with its first call: the URL (`invalid url`, `url not in domain
 * list`), the kind of path (`invalid file path`), the file (`file not found` once released), then
 * the request (`network error`, `timeout`, `abort`).
 */
export async function uploadPath(request: UploadRequest, control: TaskControl<UploadProgress>): Promise<UploadResponse> {
  const url = serverUrl(request.url, getConfig().uploadDomains);
  if (!request.filePath.trim()) throw new ApiError(UPLOAD_SOURCES.refused);
  const source = await resolveSource(request.filePath, UPLOAD_SOURCES);
  const blob = await loadSource(source, { signal: control.signal });
  return sendMultipart({
    url,
    file: await fileOfBytes(blob, uploadBaseName(blob, source)),
    name: request.name,
    header: asTextRecord(request.header),
    formData: asTextRecord(request.formData),
    timeout: request.timeout,
    signal: control.signal,
    onProgress: control.progress,
    onHeaders: control.headers,
  });
}
