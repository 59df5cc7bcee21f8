/**
 * Whether the page has transient user activation now (a click or key press moments ago), which a
 * file picker needs to open. Browsers without `navigator.userActivation` cannot say; they are
 * taken at their word that the call came from a gesture, as before the API existed.
 */
export function hasUserActivation(): boolean {
  const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
  return activation ? activation.isActive : true;
}
