/** How far (px) a press must travel before it is a drag rather than a tap. */
const DRAG_THRESHOLD = 8;

export interface DragReorderHost {
  /** The thumbnails, in grid order. */
  tiles(): HTMLElement[];
  /** Shows where the dragged photo would land (`over` undefined: the drag ended). */
  showDrag(from: number | undefined, over: number | undefined): void;
  /** The photo at `from` is dropped at `to`. */
  move(from: number, to: number): void;
}

/**
 * Reorder by dragging a thumbnail with a pointer (mouse, pen or finger): a press that travels
 * more than a few pixels drags the photo, and where it is let go, among the grid's tiles, is
 * where it lands. A press that does not travel stays a tap (the preview).
 */
export class DragReorder {
  private press?: { id: number; from: number; x: number; y: number; dragging: boolean; over: number };
  /** Set by a drag, so the click that ends it does not also open the preview. */
  private swallowClick = false;

  constructor(private readonly host: DragReorderHost) {}

  readonly down = (event: PointerEvent, index: number): void => {
    if (!event.isPrimary || event.button !== 0) return;
    this.press = { id: event.pointerId, from: index, x: event.clientX, y: event.clientY, dragging: false, over: index };
    this.swallowClick = false;
  };

  readonly move = (event: PointerEvent): void => {
    const press = this.press;
    if (!press || event.pointerId !== press.id) return;
    if (!press.dragging) {
      if (Math.hypot(event.clientX - press.x, event.clientY - press.y) < DRAG_THRESHOLD) return;
      press.dragging = true;
      (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    }
    event.preventDefault();
    press.over = this.tileAt(event.clientX, event.clientY) ?? press.over;
    this.host.showDrag(press.from, press.over);
  };

  readonly up = (event: PointerEvent): void => {
    const press = this.press;
    if (!press || event.pointerId !== press.id) return;
    this.press = undefined;
    if (!press.dragging) return;
    this.swallowClick = true;
    this.host.showDrag(undefined, undefined);
    if (press.over !== press.from) this.host.move(press.from, press.over);
  };

  readonly cancel = (): void => {
    if (this.press?.dragging) this.host.showDrag(undefined, undefined);
    this.press = undefined;
  };

  /** Whether this click ends a drag (and is not a tap). Asking clears it. */
  clickEndsDrag(): boolean {
    const swallow = this.swallowClick;
    this.swallowClick = false;
    return swallow;
  }

  /** The index of the tile under (x, y), else of the nearest one. */
  private tileAt(x: number, y: number): number | undefined {
    let best: { index: number; distance: number } | undefined;
    this.host.tiles().forEach((tile, index) => {
      const r = tile.getBoundingClientRect();
      const distance = Math.hypot(x - (r.left + r.width / 2), y - (r.top + r.height / 2));
      if (!best || distance < best.distance) best = { index, distance };
    });
    return best?.index;
  }
}
