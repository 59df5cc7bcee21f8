import { css } from 'lit';

// A video slide (video-slide.ts): the element takes the picture's own shape, fitted into the
// slide (its ratio is set from the metadata; 16:9 until then), so its native controls sit under
// the picture and the space around it stays the viewer's to swipe or tap. It takes pointers
// (images do not: the stage does).
export const videoSlideStyles = css`
  .slide.video {
    container-type: size;
  }
  .slide video {
    display: block;
    width: min(100cqw, calc(100cqh * var(--wx-video-ratio, 1.7778)));
    height: auto;
    aspect-ratio: var(--wx-video-ratio, 1.7778);
    max-height: 100%;
    background: #000;
    pointer-events: auto;
    cursor: auto;
  }
`;
