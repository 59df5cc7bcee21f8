import type { AuthSetting, Scope } from '../auth/scopes.js';
import type { Region } from '../viewer/crop-frame.js';
import type { PreviewReferrerPolicy } from '../viewer/preview-sources.js';

/**
 * The UI the core asks for, as small interfaces. The core (src/ but index.ts, wx.ts and ui/)
 * knows only these; `src/ui/overlays.ts` wires each one to a lazy loader of the overlay's
 * `components/<overlay>/open.ts`, which implements it. Nothing here imports lit or an element.
 */

/** A bottom sheet of choices (chooseImage's sources, showActionSheet). */
export interface ActionSheetRequest {
  /** A line above the actions; also the sheet's accessible name. */
  heading?: string;
  /** The sheet's accessible name when there is no heading. */
  label?: string;
  /** The actions' labels, top to bottom. */
  items: string[];
  /** Text colour of the actions (showActionSheet's itemColor). */
  itemColor?: string;
  /** The label of a checkbox shown above the actions (chooseImage's "Original"); none when absent. */
  toggle?: string;
}

export interface ActionSheetAnswer {
  /** The chosen action's index in `items`. */
  index: number;
  /** Whether the `toggle` checkbox was ticked (false when there was none). */
  toggled: boolean;
}

/** Resolves with the choice, or null when the person cancels. */
export type ActionSheetPort = (request: ActionSheetRequest) => Promise<ActionSheetAnswer | null>;

/** Asks whether the page may use `scope`; null when the prompt closed unanswered. */
export type ConsentPort = (scope: Scope) => Promise<'allow' | 'deny' | null>;

/** Shows the scopes asked about so far as switches; resolves with the setting it ends with. */
export type SettingsPort = (authSetting: AuthSetting) => Promise<AuthSetting>;

/** A live camera the camera overlay shows; the core owns the streams. */
export interface CameraSession {
  stream: MediaStream;
  /** Whether there is another camera to switch to. */
  canSwitch: boolean;
  /** Opens the next camera; null when no camera can be opened any more (the overlay then closes). */
  switchCamera(): Promise<MediaStream | null>;
  signal?: AbortSignal;
  /** What the sheet offers: a still (the shutter, the default) and/or a video (a record button). */
  photo?: boolean;
  video?: boolean;
  /** Recording stops by itself after this many seconds (chooseMedia's maxDuration). */
  maxDuration?: number;
}

/**
 * Shows the camera; resolves with the still (a JPEG Blob) or the recorded video (a video/* Blob),
 * null when closed without one.
 */
export type CameraPort = (session: CameraSession) => Promise<Blob | null>;

/** What a slide of the viewer shows: an image (previewImage, and previewMedia's default) or a video. */
export type SlideKind = 'image' | 'video';

/** What the viewer gets once previewImage's or previewMedia's options are checked. */
export interface PreviewRequest {
  urls: string[];
  index: number;
  showmenu: boolean;
  referrerPolicy: PreviewReferrerPolicy;
  /** One entry per url; '' where the caller gave none. */
  alts: string[];
  /** previewMedia: what each url is; absent, every slide is an image. */
  kinds?: SlideKind[];
  /** previewMedia: each video's poster ('' for none, and for images). */
  posters?: string[];
}

/** Anything that can show a preview: `<wx-image-preview>`. Resolves once the first image is on screen. */
export interface PreviewViewer {
  present(request: PreviewRequest): Promise<void>;
}

/** The page's one shared viewer, created on first use. */
export type ViewerPort = () => Promise<PreviewViewer>;

/** A short message at the bottom of the page, like the Mini App's toast. */
export type NoticePort = (text: string) => void;

/** What the cropper shows: an upright picture of `width`×`height` px under a frame of `aspect`. */
export interface CropperRequest {
  /** A URL the page can show the picture from (an `<img>` applies the EXIF orientation itself). */
  url: string;
  /** The upright picture's size, px. */
  width: number;
  height: number;
  /** The frame's aspect ratio (e.g. 16 × 9). */
  aspect: { width: number; height: number };
  /**
   * A screen-sized upright rendition of a large photo, shown until the `<img>` has decoded (the
   * cropper draws it onto its own canvas; the caller keeps and closes it).
   */
  preview?: ImageBitmap;
  /** Called once the `<img>` has decoded (true) or failed to (false: the cropper can show nothing). */
  onLoaded?: (loaded: boolean) => void;
  /** Closes the cropper unanswered. */
  signal?: AbortSignal;
}

/** Shows the cropper; resolves with the framed part of the picture (its px), null when cancelled. */
export type CropperPort = (request: CropperRequest) => Promise<Region | null>;

/** Every port, as `src/ui/overlays.ts` wires them. */
export interface Ports {
  actionSheet: ActionSheetPort;
  consent: ConsentPort;
  settings: SettingsPort;
  camera: CameraPort;
  viewer: ViewerPort;
  notice: NoticePort;
  cropper: CropperPort;
}
