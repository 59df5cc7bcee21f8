import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { ENGINE } from '../engine.js';

interface SectionReport {
  id: string;
  clicked: number;
  fileChoosers: number;
  rendered: boolean;
}

interface GalleryReport {
  csp: string | null;
  defined: string[];
  phoneOverflow: number;
  violations: string[];
  offOrigin: string[];
  errors: string[];
  sections: SectionReport[];
}

// The built gallery (npm test builds it first, see package.json "pretest"), in its own tab,
// clicked through with real mouse input by scripts/gallery-check-plugin.mjs.
// Chromium only: the click-through drives a second tab and answers real file choosers through the
// DevTools protocol, which Firefox (WebDriver BiDi) and WebKit (WebDriver classic) do not offer.
// The gallery's accessibility test opens it in a frame in every engine.
(ENGINE === 'chromium' ? describe : () => undefined)('the built gallery, under a strict Content-Security-Policy (Chromium only: the click-through needs the DevTools protocol)', function () {
  this.timeout(240_000);
  let report: GalleryReport;

  before(async () => {
    const { csp, ids, defined, phoneOverflow } = (await executeServerCommand('gallery-open')) as {
      csp: string | null;
      ids: string[];
      defined: string[];
      phoneOverflow: number;
    };
    const sections: SectionReport[] = [];
    for (const id of ids) sections.push((await executeServerCommand('gallery-section', { id })) as SectionReport);
    const rest = (await executeServerCommand('gallery-close')) as Omit<GalleryReport, 'csp' | 'defined' | 'phoneOverflow' | 'sections'>;
    report = { csp, defined, phoneOverflow, sections, ...rest };
  });

  it('is served with the strict policy', () => {
    expect(report.csp).to.contain("default-src 'self'");
    expect(report.csp).to.contain("img-src 'self' blob: data:");
    expect(report.csp).to.contain("worker-src 'self' blob:");
  });

  it('defines the six tags (a bundler keeps the define modules: package.json sideEffects)', () => {
    expect(report.defined).to.deep.equal(['wx-image-chooser', 'wx-image-preview', 'wx-image-info', 'wx-image-cropper', 'wx-media-chooser', 'wx-image-uploader']);
  });

  it('fits a phone width (390 px) without scrolling sideways', () => {
    expect(report.phoneOverflow).to.equal(0);
  });

  it('has a section for each API and each element', () => {
    const ids = report.sections.map((s) => s.id);
    // One section per API, each with its element where it has one.
    for (const id of ['get-image-info', 'compress-image', 'crop-image', 'image-chooser', 'preview-image', 'save-image']) {
      expect(ids.some((section) => section.includes(id)), `${id} in ${ids.join(', ')}`).to.equal(true);
    }
  });

  it('renders every section, and every section has controls that were clicked', () => {
    for (const section of report.sections) {
      expect(section.rendered, section.id).to.equal(true);
      expect(section.clicked, section.id).to.be.greaterThan(0);
    }
  });

  it('lets a person pick a file in the chooser section', () => {
    const chooser = report.sections.find((s) => s.id.includes('chooser'));
    expect(chooser?.fileChoosers).to.be.greaterThan(0);
  });

  it('breaks no CSP rule, asks no other origin, throws nothing', () => {
    expect(report.violations).to.deep.equal([]);
    expect(report.offOrigin).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
  });
});
