// A web-test-runner plugin with one server command, `gallery-check`: opens the BUILT gallery
// (build/gallery, made by `npm run build:gallery`) in a new tab of the test browser, served under
// a strict Content-Security-Policy, clicks through every section with real mouse input (answering
// file choosers with a fixture and closing dialogs with Esc), and reports CSP violations, requests
// to other origins and uncaught errors.
import { resolve } from 'node:path';

export const GALLERY_CSP =
  "default-src 'self'; img-src 'self' blob: data:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'";

/** Koa middleware: the built gallery is served with the strict CSP. */
export function galleryCspMiddleware(ctx, next) {
  return next().then(() => {
    if (ctx.path.startsWith('/build/gallery/')) ctx.set('Content-Security-Policy', GALLERY_CSP);
  });
}

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** Presses Esc until no modal dialog is open anywhere in the page (shadow roots included). */
async function closeDialogs(page) {
  for (let i = 0; i < 4; i++) {
    const open = await page.evaluate(() => {
      const roots = [document];
      const found = [];
      while (roots.length) {
        const root = roots.pop();
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) roots.push(el.shadowRoot);
          if (el instanceof HTMLDialogElement && el.open) found.push(el);
        }
      }
      return found.length;
    });
    if (!open) return;
    await page.keyboard.press('Escape');
    await pause(150);
  }
}

export function galleryCheckPlugin({ fixture }) {
  return {
    name: 'gallery-check',
    async executeCommand({ command, session }) {
      if (command !== 'gallery-check') return undefined;
      const testPage = session.browser.getPage(session.id);
      const origin = new URL(testPage.url()).origin;
      const page = await testPage.browser().newPage();
      const report = { csp: null, violations: [], offOrigin: [], errors: [], sections: [] };
      page.on('request', (request) => {
        const url = request.url();
        if (/^https?:/.test(url) && new URL(url).origin !== origin) report.offOrigin.push(url);
      });
      page.on('pageerror', (error) => report.errors.push(String(error)));
      await page.evaluateOnNewDocument(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
        );
      });
      // Downloads from the save section land nowhere.
      const cdp = await page.createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'deny' }).catch(() => undefined);
      try {
        const response = await page.goto(`${origin}/build/gallery/index.html`, { waitUntil: 'load' });
        report.csp = response.headers()['content-security-policy'] ?? null;
        await page.waitForSelector('section.demo');
        const ids = await page.$$eval('section.demo', (sections) => sections.map((s) => s.id));
        for (const id of ids) {
          const section = { id, clicked: 0, fileChoosers: 0, rendered: false };
          const buttons = await page.$$(`#${id} .live >>> button`);
          section.rendered = (await page.$eval(`#${id} .live`, (live) => live.children.length)) > 0;
          for (const button of buttons) {
            const usable = await button.evaluate((b) => !b.disabled && b.getClientRects().length > 0 && !b.closest('dialog'));
            if (!usable) continue;
            await button.scrollIntoView();
            const chooser = page.waitForFileChooser({ timeout: 700 }).catch(() => null);
            await button.click();
            section.clicked++;
            const fileChooser = await chooser;
            if (fileChooser) {
              section.fileChoosers++;
              await fileChooser.accept([fixture]);
              await pause(800);
            }
            await pause(250);
            await closeDialogs(page);
          }
          report.sections.push(section);
        }
        report.violations = await page.evaluate(() => window.__cspViolations);
      } catch (error) {
        report.errors.push(`gallery-check: ${error}`);
      } finally {
        await page.close();
      }
      return report;
    },
  };
}

export const galleryFixture = resolve(import.meta.dirname, '../test/fixtures/images/Landscape_6.jpg');
