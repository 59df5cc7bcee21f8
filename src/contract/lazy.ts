/**
 * The kit's lazy parts (chunks loaded with `import()`: header readers, the EXIF reader, the
 * downloaders, the compressor, the camera, the overlays…) load through `loadPart` and nowhere
 * else. A part that does not load (network, CSP, a bundler that renamed or misplaced the chunk)
 * never becomes a quiet answer without it: the call fails with `<api>:fail could not load <part>`
 * (the contract writes that errMsg from this error's message).
 */
export class LazyPartError extends Error {
  constructor(
    /** What the part is, in the words of the errMsg: "the EXIF reader". */
    readonly part: string,
    cause: unknown,
  ) {
    super(`could not load ${part}${cause instanceof Error && cause.message ? ` (${cause.message})` : ''}`, { cause });
    this.name = 'LazyPartError';
  }
}

/**
 * Loads a lazy part: `load` is the part's `() => import('…')`. A failed load is tried once more
 * (a dropped connection; a browser that remembers the failure fails again at once), then throws
 * LazyPartError naming `part`.
 */
export async function loadPart<T>(part: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch {
    try {
      return await load();
    } catch (error) {
      throw new LazyPartError(part, error);
    }
  }
}

/**
 * For a catch that turns a bad file into a soft answer (keep the original, orientation `up`):
 * `.catch(unlessPartMissing(() => fallback))`. A part that did not load is no bad file; it is
 * thrown on.
 */
export function unlessPartMissing<T>(fallback: (error: unknown) => T): (error: unknown) => T {
  return (error) => {
    if (error instanceof LazyPartError) throw error;
    return fallback(error);
  };
}
