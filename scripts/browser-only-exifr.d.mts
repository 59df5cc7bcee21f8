import type { Plugin } from 'vite';

/** exifr's Node checks answered for browsers at build time (no Buffer, process or global in dist/). */
export function browserOnlyExifr(): Plugin;
