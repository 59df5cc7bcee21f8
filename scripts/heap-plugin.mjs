// A web-test-runner command `heap-used`: the page's JS heap in bytes after a full garbage
// collection, from the DevTools protocol (HeapProfiler.collectGarbage, then Runtime.getHeapUsage:
// exact bytes, where performance.memory rounds and caches its numbers). Chromium only: it is the one
// engine that tells a page's heap size; elsewhere the command answers null.
export function heapPlugin() {
  return {
    name: 'heap-used',
    async executeCommand({ command, session }) {
      if (command !== 'heap-used') return undefined;
      const browser = session.browser;
      if (browser.type !== 'puppeteer') return null;
      const page = browser.getPage(session.id);
      if (!(await page.browser().version()).includes('Chrome')) return null;
      const cdp = await page.createCDPSession();
      try {
        // Twice: objects freed by the first collection can release others (weak maps, finalizers).
        for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return usedSize;
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
  };
}
