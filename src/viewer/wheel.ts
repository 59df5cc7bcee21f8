/** What a wheel event asks of a zoomable image: a sideways pan (px) or a zoom factor. */
export type WheelIntent = { pan: number } | { factor: number };

/**
 * Reads a wheel event: a sideways scroll while zoomed pans; anything else zooms, ctrl+wheel (how
 * trackpads report a pinch: small deltas) with a stronger factor.
 */
export function wheelIntent(event: Pick<WheelEvent, 'deltaMode' | 'deltaX' | 'deltaY' | 'ctrlKey'>, zoomed: boolean): WheelIntent {
  const unit = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? 16 : event.deltaMode === WheelEvent.DOM_DELTA_PAGE ? 400 : 1;
  const dx = event.deltaX * unit;
  const dy = event.deltaY * unit;
  if (!event.ctrlKey && zoomed && Math.abs(dx) > Math.abs(dy)) return { pan: dx };
  return { factor: Math.exp(-dy * (event.ctrlKey ? 0.01 : 0.002)) };
}
