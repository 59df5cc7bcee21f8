// Which engine runs the tests, for the few tests that exist only where a feature does.
export type Engine = 'chromium' | 'firefox' | 'webkit';

function detect(): Engine {
  const agent = navigator.userAgent;
  if (agent.includes('Firefox/')) return 'firefox';
  if (agent.includes('Chrome/')) return 'chromium';
  return 'webkit';
}

export const ENGINE: Engine = detect();

/**
 * A test that only means something in some engines; its title must say why. Elsewhere it is not
 * registered at all (it is not a skip: the feature under test is not there).
 */
export function itIn(engines: Engine[], title: string, test: Mocha.Func | Mocha.AsyncFunc): void {
  if (engines.includes(ENGINE)) it(title, test);
}
