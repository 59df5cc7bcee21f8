/** What the viewer's keys do, as the keyboard table sees the viewer. */
export interface KeyboardActions {
  go(step: -1 | 1): void;
  goTo(index: number): void;
  readonly count: number;
  zoomIn(): void;
  zoomOut(): void;
  resetZoom(): void;
  openMenu(): void;
}

type KeyAction = (actions: KeyboardActions, event: KeyboardEvent) => boolean | void;

/** The viewer's keys (the buttons do the same): a key not listed here is left to the browser. */
const KEYS: Readonly<Record<string, KeyAction>> = {
  ArrowLeft: (a) => a.go(-1),
  ArrowRight: (a) => a.go(1),
  Home: (a) => a.goTo(0),
  End: (a) => a.goTo(a.count - 1),
  '+': (a) => a.zoomIn(),
  '=': (a) => a.zoomIn(),
  '-': (a) => a.zoomOut(),
  _: (a) => a.zoomOut(),
  '0': (a) => a.resetZoom(),
  ContextMenu: (a) => a.openMenu(),
  // Shift+F10 is the context menu key of keyboards without one; F10 alone is the browser's.
  F10: (a, event) => (event.shiftKey ? a.openMenu() : false),
};

/** Runs the action of `event`'s key; the browser's default goes unless a modifier key is held. */
export function handleViewerKey(event: KeyboardEvent, actions: KeyboardActions): void {
  const action = Object.hasOwn(KEYS, event.key) ? KEYS[event.key] : undefined;
  if (!action || action(actions, event) === false) return;
  if (!event.ctrlKey && !event.metaKey && !event.altKey) event.preventDefault();
}
