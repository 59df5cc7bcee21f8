import type { Point, Size, Transform } from './zoom-pan.js';

/**
 * The geometry of a cropper, as pure functions: a fixed frame of the asked aspect in the middle of
 * the viewport, and the image under it, moved and zoomed but always covering the frame. A
 * transform is the viewer's `{ scale, x, y }`: `scale` is the zoom over the smallest one that
 * covers the frame (1), `x`/`y` the image centre's offset from the frame centre, px on screen.
 */

/** A rectangle of the upright image, in its own pixels. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a viewport and an image make of each other. */
export interface CropLayout {
  /** The frame's size on screen, px (centred in the viewport). */
  frame: Size;
  /** Screen px per image px at zoom 1: the least that covers the frame. */
  cover: number;
  /** The largest zoom. */
  maxZoom: number;
}

/** The space kept around the frame, px, so its edges and the image beyond show. */
export const FRAME_MARGIN = 24;

/** What one press of + or − multiplies the zoom by. */
export const ZOOM_STEP = 1.25;

/** How far one arrow press moves the image, px on screen (Shift: five times). */
export const MOVE_STEP = 10;

/**
 * The frame of `aspect` fitted in `viewport` (less the margin) and the zoom range: from covering
 * the frame up to showing the image at 4× its own pixels (at least 4× the cover zoom).
 */
export function cropLayout(image: Size, viewport: Size, aspect: Size): CropLayout {
  const room = { width: Math.max(1, viewport.width - 2 * FRAME_MARGIN), height: Math.max(1, viewport.height - 2 * FRAME_MARGIN) };
  const fit = Math.min(room.width / aspect.width, room.height / aspect.height);
  const frame = { width: aspect.width * fit, height: aspect.height * fit };
  const cover = Math.max(frame.width / image.width, frame.height / image.height);
  return { frame, cover, maxZoom: Math.max(4, 4 / cover) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** How far the image centre may move from the frame centre at `zoom` with the frame still covered. */
export function cropBounds(image: Size, layout: CropLayout, zoom: number): Point {
  const scale = layout.cover * zoom;
  return {
    x: Math.max(0, (image.width * scale - layout.frame.width) / 2),
    y: Math.max(0, (image.height * scale - layout.frame.height) / 2),
  };
}

/** The transform with the zoom in [1, maxZoom] and the image covering the frame. */
export function clampCrop(t: Transform, image: Size, layout: CropLayout): Transform {
  const scale = clamp(t.scale, 1, layout.maxZoom);
  const bounds = cropBounds(image, layout, scale);
  return { scale, x: clamp(t.x, -bounds.x, bounds.x), y: clamp(t.y, -bounds.y, bounds.y) };
}

/** The part of the image inside the frame, in image px. */
export function cropRegion(t: Transform, image: Size, layout: CropLayout): Region {
  const scale = layout.cover * t.scale;
  const width = Math.min(image.width, layout.frame.width / scale);
  const height = Math.min(image.height, layout.frame.height / scale);
  const x = clamp(image.width / 2 - t.x / scale - width / 2, 0, image.width - width);
  const y = clamp(image.height / 2 - t.y / scale - height / 2, 0, image.height - height);
  return { x, y, width, height };
}

/**
 * The output's whole-pixel size for `region`: its own width in image px (no resampling beyond
 * rounding), the height following `aspect`; both within the image.
 */
export function regionOutputSize(region: Region, aspect: Size, image: Size): Size {
  let width = clamp(Math.round(region.width), 1, image.width);
  let height = Math.round((width * aspect.height) / aspect.width);
  if (height > image.height) {
    height = image.height;
    width = clamp(Math.round((height * aspect.width) / aspect.height), 1, image.width);
  }
  return { width, height: Math.max(1, height) };
}
