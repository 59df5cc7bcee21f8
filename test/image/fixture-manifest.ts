/** One fixture's ground truth, as `test/fixtures/images/manifest.json` gives it. */
export interface ManifestEntry {
  file: string;
  width: number | null;
  height: number | null;
  orientation: string;
  exifOrientation: number | null;
  type: string | null;
  valid: boolean;
  bytes: number;
  notes: string;
}

export const FIXTURES = '/test/fixtures/images/';

export async function loadManifest(): Promise<ManifestEntry[]> {
  return (await fetch(`${FIXTURES}manifest.json`)).json();
}

export async function fixtureBlob(file: string): Promise<Blob> {
  const response = await fetch(FIXTURES + file);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response.blob();
}

/** getImageInfo's `type` for a manifest type: formats outside its list are `unknown`. */
export function expectedType(type: string | null): string | null {
  return type === 'jxl' || type === 'psd' ? 'unknown' : type;
}

/** A Blob that records how many bytes were read through slices of it. */
export class CountingBlob extends Blob {
  bytesRead = 0;
  override slice(start?: number, end?: number, contentType?: string): Blob {
    const part = super.slice(start, end, contentType);
    this.bytesRead += part.size;
    return part;
  }
}
