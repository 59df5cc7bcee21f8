// The output of `npm run test:consumers`: one line per check, a count of the failed ones.
const started = Date.now();
let failures = 0;

export function log(message) {
  console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`);
}
export function fail(message) {
  failures++;
  console.log(`  ✗ ${message}`);
}
export function pass(message) {
  console.log(`  ✓ ${message}`);
}
export function check(ok, message, detail = '') {
  if (ok) pass(message);
  else fail(detail ? `${message}: ${detail}` : message);
  return ok;
}
export const failureCount = () => failures;
