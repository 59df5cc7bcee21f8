// A web-test-runner command `engine-version`: the version of the browser running the session, as
// its driver reports it (so the README's Browsers table can be checked against the engines run).
export function engineVersionPlugin() {
  return {
    name: 'engine-version',
    async executeCommand({ command, session }) {
      if (command !== 'engine-version') return undefined;
      const browser = session.browser;
      // "HeadlessChrome/156.0.8078.108", "firefox/153.8.0"
      if (browser.type === 'puppeteer') return (await browser.getPage(session.id).browser().version()).split('/').pop();
      // WebKitWebDriver: the WebKitGTK version, "2.50.6"
      if (browser.type === 'webdriver') return browser.driver.capabilities.browserVersion;
      return undefined;
    },
  };
}
