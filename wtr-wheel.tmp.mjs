import config from './web-test-runner.config.mjs';
export default { ...config, groups: [], testFramework: { config: { timeout: 20000, retries: 0 } } };
