import type { Plugin } from 'vite';

export function uploadEndpoint(): Plugin;
export interface Link {
  delay(bytes: number): number;
}
export function createLink(bytesPerSecond: number): Link;
export function uploadSink(options: { path: string; bytesPerSecond: number }): (request: unknown, response: unknown, next: () => void) => void;
