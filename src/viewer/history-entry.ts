/** The key under which an entry pushed here marks `history.state`. */
const STATE_KEY = '__wxImageKitEntry';

/** Settles when a `history.back()` started here has landed (or after a while, if it never does). */
let pendingBack: Promise<void> = Promise.resolve();

function tokenOf(state: unknown): unknown {
  return state && typeof state === 'object' ? (state as Record<string, unknown>)[STATE_KEY] : undefined;
}

/**
 * A Back over the page's own entry lands with a popstate; the limit is only for one that never
 * does. Not a second: a busy machine took 0.8 s to land one (two busy loops beside the browsers),
 * and an entry pushed before the Back lands is the one it pops.
 */
function waitForPopState(timeout = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      window.removeEventListener('popstate', done);
      resolve();
    };
    const timer = setTimeout(done, timeout);
    window.addEventListener('popstate', done);
  });
}

let counter = 0;

/** The Navigation API's current entry, where the browser has it: identifies entries exactly. */
function currentEntryKey(): string | undefined {
  const navigation = (globalThis as { navigation?: { currentEntry?: { key?: string } | null } }).navigation;
  return navigation?.currentEntry?.key ?? undefined;
}

/**
 * One history entry for an overlay, so the Back button closes it as people expect on phones.
 * `push()` adds the entry when the overlay opens; a `popstate` that leaves it calls `onPop`;
 * `release()` (the overlay closed some other way) goes back only when the current entry is still
 * the one pushed here — never popping an entry the page pushed since.
 */
export class HistoryEntry {
  private token?: string;
  private entryKey?: string;
  /**
   * `history.state` as read right after the push: browsers hand out the same object until the
   * page moves to another entry, and an entry a router pushes on top (even with a copy of our
   * state) has a new one. history.length cannot tell: it stops growing at 50 entries.
   */
  private stateObject: unknown;
  private onPop?: () => void;

  /** Whether this entry is pushed and not yet popped or released. */
  get active(): boolean {
    return this.token !== undefined;
  }

  /** Pushes the entry (once); `onPop` runs when the person navigates back past it. */
  async push(onPop: () => void): Promise<void> {
    this.onPop = onPop;
    if (this.token) return;
    // A back() still in flight would otherwise land on the entry pushed now.
    await pendingBack;
    if (this.token) return;
    const token = `${Date.now().toString(36)}-${++counter}`;
    const state: unknown = history.state;
    // Keep the page's own state on the new entry: routers read it while the overlay is open.
    const next = state && typeof state === 'object' ? { ...(state as object), [STATE_KEY]: token } : { [STATE_KEY]: token };
    history.pushState(next, '');
    this.token = token;
    this.entryKey = currentEntryKey();
    this.stateObject = history.state;
    window.addEventListener('popstate', this.onPopState);
  }

  /** A lit ReactiveController by shape: an overlay taken off the page leaves no entry behind. */
  hostDisconnected(): void {
    this.release();
  }

  /** Forgets the entry after the overlay closed by other means; goes back only over our own entry. */
  release(): void {
    if (!this.token) return;
    const ours = this.isCurrent();
    this.forget();
    if (ours) {
      pendingBack = waitForPopState();
      history.back();
    }
  }

  /**
   * Whether the page is on the entry pushed here. The state token alone is not proof: some routers
   * copy `history.state` into the entries they push, so the entry key (or, without the Navigation
   * API, the very state object read after the push) must match too.
   */
  private isCurrent(): boolean {
    if (tokenOf(history.state) !== this.token) return false;
    const key = currentEntryKey();
    if (key !== undefined && this.entryKey !== undefined) return key === this.entryKey;
    return history.state === this.stateObject;
  }

  private forget(): void {
    this.token = undefined;
    window.removeEventListener('popstate', this.onPopState);
  }

  private readonly onPopState = (): void => {
    // Still on (or forward again to) our entry: nothing left it. (Back on it by Forward, release()
    // without the Navigation API no longer knows it for ours and leaves it: one Back too many
    // rather than a Back over the page's own entry.)
    if (!this.token || tokenOf(history.state) === this.token) return;
    const onPop = this.onPop;
    this.forget();
    onPop?.();
  };
}
