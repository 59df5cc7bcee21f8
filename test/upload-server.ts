// The real upload/download server of the test run (scripts/upload-server-plugin.mjs): its URLs,
// what it received, and answers scripted per id.
import { executeServerCommand } from '@web/test-runner-commands';

export interface ReceivedFile {
  field: string;
  fileName: string;
  type: string;
  size: number;
  sha256: string;
}

export interface ReceivedUpload {
  fields: Record<string, string>;
  files: ReceivedFile[];
  headers: Record<string, string>;
  answer: string;
}

export interface ServerRequest {
  /** An upload's: receiving, received (body whole), answered, cut (by the server), aborted (by the client); or a download. */
  state: 'receiving' | 'received' | 'answered' | 'cut' | 'aborted' | 'download';
  bytes: number;
  headers: Record<string, string>;
}

interface Info {
  port: number;
  refusedPort: number;
  sameOriginPrefix: string;
}

let info: Promise<Info> | undefined;

/** The server's origins: its own port (cross-origin for the page), a refused port, and its mount on the page's origin. */
export async function uploadServer(): Promise<{ origin: string; host: string; refusedOrigin: string; sameOrigin: string }> {
  info ??= executeServerCommand('upload-server', { action: 'info' }) as Promise<Info>;
  const { port, refusedPort, sameOriginPrefix } = await info;
  const host = `${location.hostname}:${port}`;
  return {
    origin: `${location.protocol}//${host}`,
    host,
    refusedOrigin: `${location.protocol}//${location.hostname}:${refusedPort}`,
    sameOrigin: `${location.origin}${sameOriginPrefix}`,
  };
}

/** The complete uploads the server recorded under `id`. */
export async function received(id: string): Promise<ReceivedUpload[]> {
  return (await executeServerCommand('upload-server', { action: 'received', id })) as ReceivedUpload[];
}

/** Every request the server saw under `id`: uploads complete or not, and downloads. */
export async function requestsSeen(id: string): Promise<ServerRequest[]> {
  return (await executeServerCommand('upload-server', { action: 'requests', id })) as ServerRequest[];
}

/** The answers to the next requests under `id`, one each: `ok`, a status (`500`), `cut` or `stall`. */
export async function scriptAnswers(id: string, answers: string[]): Promise<void> {
  await executeServerCommand('upload-server', { action: 'script', id, answers });
}

/** A fresh id, so each test reads only its own uploads. */
export function uploadId(name: string): string {
  return `${name}-${Math.random().toString(36).slice(2, 10)}`;
}

/** SHA-256 of bytes, in hex, as the server reports it. */
export async function sha256(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Lets the server read the rest of `id`'s paced uploads at once (a paused reader notices a closed connection only when it reads). */
export async function unpace(id: string): Promise<void> {
  await executeServerCommand('upload-server', { action: 'unpace', id });
}
