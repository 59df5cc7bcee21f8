// A web-test-runner plugin whose server commands open the BUILT gallery
// (build/gallery, made by `npm run build:gallery`) in a new tab of the test browser, served under
// a strict Content-Security-Policy, clicks through every section with real mouse input (answering
// file choosers with a fixture and closing dialogs with Esc), and reports CSP violations, requests
// to other origins and uncaught errors.
import { resolve } from 'node:path';

export const GALLERY_CSP =
  "default-src 'self'; img-src 'self' blob: data:; media-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'";

/** Koa middleware: the built gallery is served with the strict CSP. */
export function galleryCspMiddleware(ctx, next) {
  return next().then(() => {
    if (ctx.path.startsWith('/build/gallery/')) ctx.set('Content-Security-Policy', GALLERY_CSP);
  });
}

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** How many modal dialogs are open anywhere in the page (shadow roots included). */
function openDialogs(page) {
  return page.evaluate(() => {
    const roots = [document];
    let open = 0;
    while (roots.length) {
      const root = roots.pop();
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) roots.push(el.shadowRoot);
        if (el instanceof HTMLDialogElement && el.open) open++;
      }
    }
    return open;
  });
}

/**
 * Resolves once the page has painted twice since now and has had `ms` more to act on the click:
 * what a click starts synchronously or after a few promises (a picker, a dialog) has happened by
 * then.
 */
function settled(page, ms) {
  return page
    .evaluate((ms) => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, ms)))), ms)
    .catch(() => undefined);
}

/** Presses Esc until no modal dialog is open, waiting up to 1 s for each to close (its exit transition). */
async function closeDialogs(page) {
  for (let i = 0; i < 4; i++) {
    const open = await openDialogs(page);
    if (!open) return;
    await page.keyboard.press('Escape');
    for (let waited = 0; waited < 1000 && (await openDialogs(page)) >= open; waited += 50) await pause(50);
  }
}

/**
 * Server commands (each must answer within the test runner's 20 s message limit):
 * - `gallery-open` opens the built gallery in a new tab and returns the section ids and the CSP;
 * - `gallery-section` `{ id }` clicks through one section and returns what it did;
 * - `gallery-close` closes the tab and returns the CSP violations, other-origin requests and errors.
 */
export function galleryCheckPlugin({ fixture }) {
  const tabs = new Map();
  const commands = {
    async 'gallery-open'(session) {
      const testPage = session.browser.getPage(session.id);
      const origin = new URL(testPage.url()).origin;
      const page = await testPage.browser().newPage();
      const tab = { page, offOrigin: [], errors: [] };
      tabs.set(session.id, tab);
      page.on('request', (request) => {
        const url = request.url();
        if (/^https?:/.test(url) && new URL(url).origin !== origin) tab.offOrigin.push(url);
      });
      page.on('pageerror', (error) => tab.errors.push(String(error)));
      await page.evaluateOnNewDocument(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__cspViolations.push(
            `${e.violatedDirective} ${e.blockedURI} <${e.target?.nodeName?.toLowerCase() ?? "?"}> "${e.sample}" ${e.sourceFile}:${e.lineNumber}`,
          ),
        );
      });
      // Downloads from the save section land nowhere.
      // (Chromium's DevTools protocol; Firefox, driven over WebDriver BiDi, has none.)
      const cdp = await page.createCDPSession().catch(() => undefined);
      await cdp?.send('Browser.setDownloadBehavior', { behavior: 'deny' }).catch(() => undefined);
      const response = await page.goto(`${origin}/build/gallery/index.html`, { waitUntil: 'load' });
      await page.waitForSelector('section.demo');
      // A phone's width: nothing may push the page sideways (code blocks scroll inside themselves).
      await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
      const phoneOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await page.setViewport({ width: 1200, height: 900 });
      return {
        phoneOverflow,
        csp: response.headers()['content-security-policy'] ?? null,
        ids: await page.$$eval('section.demo', (sections) => sections.map((s) => s.id)),
        defined: await page.evaluate(() =>
          ['wx-image-chooser', 'wx-image-preview', 'wx-image-info', 'wx-image-cropper', 'wx-media-chooser', 'wx-image-uploader'].filter((tag) => customElements.get(tag)),
        ),
      };
    },
    async 'gallery-section'(session, { id }) {
      const { page } = tabs.get(session.id);
      const section = { id, clicked: 0, fileChoosers: 0, rendered: false };
      section.rendered = (await page.$eval(`#${id} .live`, (live) => live.children.length)) > 0;
      const started = Date.now();
      for (const button of await page.$$(`#${id} .live >>> button`)) {
        // Stay inside the message limit; a section with many buttons is sampled from the top.
        if (Date.now() - started > 12_000) break;
        const usable = await button.evaluate((b) => !b.disabled && b.getClientRects().length > 0 && !b.closest('dialog'));
        if (!usable) continue;
        await button.scrollIntoView();
        // A picker opens inside the click's own task or a few promises later (the chooser first asks
        // whether there is a camera): wait for it until the page has settled, not for a fixed time.
        const chooser = page.waitForFileChooser({ timeout: 5000 }).catch(() => null);
        await button.click();
        section.clicked++;
        const fileChooser = await Promise.race([chooser, settled(page, 100).then(() => null)]);
        if (fileChooser) {
          section.fileChoosers++;
          await fileChooser.accept([fixture]);
          // The picked file is read, checked and compressed before the section shows it.
          await pause(800);
        }
        await closeDialogs(page);
      }
      return section;
    },
    async 'gallery-close'(session) {
      const tab = tabs.get(session.id);
      tabs.delete(session.id);
      const violations = await tab.page.evaluate(() => window.__cspViolations);
      await tab.page.close();
      return { violations, offOrigin: tab.offOrigin, errors: tab.errors };
    },
  };
  return {
    name: 'gallery-check',
    async executeCommand({ command, payload, session }) {
      return commands[command]?.(session, payload ?? {});
    },
  };
}

export const galleryFixture = resolve(import.meta.dirname, '../test/fixtures/images/Landscape_6.jpg');
