import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }>;
}
type AxeWindow = Window & { axe: { run(context: Document, options: object): Promise<AxeResult> } };

/**
 * The built gallery (npm test builds it first: package.json "pretest"), in a frame of the given
 * width — the frame is its viewport, so this works in every engine, with or without a launcher
 * that can resize the window — with axe-core added from this server (the gallery's CSP allows
 * 'self' scripts).
 */
async function galleryAt(width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = `gallery at ${width} px`;
  frame.style.cssText = `width:${width}px;height:900px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/build/gallery/index.html';
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.querySelectorAll('section.demo').length > 0, 'the gallery did not render');
  // The info card reads its image asynchronously; check the page once it shows.
  await waitUntil(() => doc.querySelector('wx-image-info')?.shadowRoot?.querySelector('figure, [role=alert]'), 'the info card');
  const script = doc.createElement('script');
  const axeLoaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', reject, { once: true });
  });
  script.src = '/node_modules/axe-core/axe.min.js';
  doc.head.append(script);
  await axeLoaded;
  return frame;
}

async function axeViolations(frame: HTMLIFrameElement): Promise<string[]> {
  const win = frame.contentWindow as AxeWindow;
  const { violations } = await win.axe.run(frame.contentDocument!, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    resultTypes: ['violations'],
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

describe('the built gallery, for everyone', function () {
  this.timeout(60_000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  for (const width of [390, 1280]) {
    it(`has nothing axe flags, of any impact, at ${width} px (WCAG 2.1 AA and best practice)`, async () => {
      const frame = await galleryAt(width);
      frames.push(frame);
      expect(await axeViolations(frame)).to.deep.equal([]);
    });

    it(`at ${width} px, code panels wrap instead of scrolling sideways, and the page does not scroll sideways`, async () => {
      const frame = await galleryAt(width);
      frames.push(frame);
      const doc = frame.contentDocument!;
      const panels = [...doc.querySelectorAll<HTMLElement>('pre')];
      expect(panels.length).to.be.greaterThan(0);
      for (const pre of panels) {
        const scrolls = pre.scrollWidth > pre.clientWidth + 1 || pre.scrollHeight > pre.clientHeight + 1;
        // A panel that must scroll is reachable by keyboard and named.
        if (scrolls) {
          expect(pre.tabIndex, `${pre.closest('section')?.id} scrolls, so it takes focus`).to.equal(0);
          expect(pre.getAttribute('aria-label'), 'and has a name').to.be.a('string');
        }
        expect(pre.scrollWidth, `${pre.closest('section')?.id}: no sideways scroll`).to.be.at.most(pre.clientWidth + 1);
      }
      // One pixel of slack: Firefox rounds a fractional layout width up in scrollWidth.
      expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth + 1);
    });
  }

  it('uses the kit chooser everywhere a file is picked: no native file input on the page', async () => {
    const frame = await galleryAt(1280);
    frames.push(frame);
    const doc = frame.contentDocument!;
    expect(doc.querySelectorAll('input[type=file]').length).to.equal(0);
    expect(doc.querySelectorAll('wx-image-chooser').length).to.be.at.least(3);
  });

  it('shows no literal Markdown backticks in its text', async () => {
    const frame = await galleryAt(1280);
    frames.push(frame);
    const doc = frame.contentDocument!;
    const prose = [...doc.querySelectorAll('section.demo > p, .top p')].map((p) => p.textContent ?? '');
    expect(prose.filter((text) => text.includes('`'))).to.deep.equal([]);
  });
});
