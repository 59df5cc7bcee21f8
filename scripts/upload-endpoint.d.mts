import type { Plugin } from 'vite';

export interface MultipartPart {
  name: string;
  filename?: string;
  type: string;
  data: Uint8Array;
}

export function parseMultipart(body: Uint8Array, contentType: string | undefined): MultipartPart[];
export function uploadEndpoint(): Plugin;
export interface Link {
  delay(bytes: number): number;
}
export function createLink(bytesPerSecond: number): Link;
export function uploadSink(options: { path: string; bytesPerSecond: number }): (request: unknown, response: unknown, next: () => void) => void;
