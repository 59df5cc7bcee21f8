import { ApiError } from '../contract/errors.js';
import { parseResponseHeaders, settableHeaders } from './http-headers.js';

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
