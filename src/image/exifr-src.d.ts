// Types for the few modules of exifr's shipped source that the kit imports directly, so the
// bundle takes only the TIFF segment parser and not a whole exifr build.
declare module 'exifr/src/segment-parsers/tiff-exif.mjs' {
  export class TiffExif {
    constructor(chunk: unknown, options: unknown, file: unknown);
    parse(): Promise<Record<string, Record<number, unknown> | undefined>>;
  }
}
declare module 'exifr/src/options.mjs' {
  export class Options {
    constructor(options: Record<string, unknown>);
  }
}
declare module 'exifr/src/util/BufferView.mjs' {
  export class BufferView {
    constructor(input: Uint8Array);
  }
}
