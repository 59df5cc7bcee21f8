import type { Plugin } from 'vite';

export interface MultipartPart {
  name: string;
  filename?: string;
  type: string;
  data: Uint8Array;
}

export function parseMultipart(body: Uint8Array, contentType: string | undefined): MultipartPart[];
export function uploadEndpoint(): Plugin;
