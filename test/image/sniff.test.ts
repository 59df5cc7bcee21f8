import { expect } from '@open-wc/testing';
import { sniffBlob, sniffFormat } from '../../src/image/sniff.js';

interface ManifestEntry {
  file: string;
  type: string | null;
}

describe('sniffing the format from the bytes', () => {
  it('matches the manifest type of every fixture, whatever its name', async () => {
    const manifest: ManifestEntry[] = await (await fetch('/test/fixtures/images/manifest.json')).json();
    for (const entry of manifest) {
      const blob = await (await fetch(`/test/fixtures/images/${entry.file}`)).blob();
      expect(await sniffBlob(blob), entry.file).to.equal(entry.type);
    }
  });

  it('finds SVG after a BOM, an XML declaration, comments and a doctype', () => {
    const svg = '\uFEFF<?xml version="1.0"?>\n<!-- c -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<svg xmlns="http://www.w3.org/2000/svg"/>';
    expect(sniffFormat(new TextEncoder().encode(svg))).to.equal('svg');
    expect(sniffFormat(new TextEncoder().encode('<html><svg></svg></html>'))).to.equal(null);
  });

  it('says null for nothing, text and too few bytes', () => {
    expect(sniffFormat(new Uint8Array())).to.equal(null);
    expect(sniffFormat(new Uint8Array([0xff]))).to.equal(null);
    expect(sniffFormat(new TextEncoder().encode('hello world'))).to.equal(null);
  });
});
