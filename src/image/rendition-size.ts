/**
 * Below this a photo decodes about as fast in full as scaled; no second decode is worth it. Apart
 * from the decoders so the viewer can tell whether to load them at all.
 */
export const RENDITION_MIN_BYTES = 150_000;
