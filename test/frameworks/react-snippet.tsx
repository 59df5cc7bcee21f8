// The README's React 19 snippet. It is type-checked (npm run typecheck), not run: React ships as
// CommonJS, which the test server does not load. Keep it in step with README.md.
import { useEffect, useRef, useState } from 'react';
import 'wx-image-kit';
import type { ChooseImageResult, WxImageChooser, WxImageInfo } from 'wx-image-kit';

// React 19 passes props to custom elements as properties and `on<event>` props as listeners
// for exactly that event name, so `onsuccess` listens to `success`.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'wx-image-chooser': DetailedHTMLProps<HTMLAttributes<WxImageChooser>, WxImageChooser> & {
        count?: number;
        'size-type'?: string;
        'source-type'?: string;
        onsuccess?: (event: CustomEvent<ChooseImageResult>) => void;
      };
      'wx-image-info': DetailedHTMLProps<HTMLAttributes<WxImageInfo>, WxImageInfo> & { src?: string };
    }
  }
}

/** Events through an `on…` prop. */
export function AvatarPicker() {
  const [path, setPath] = useState('');
  return (
    <>
      <wx-image-chooser count={1} size-type="compressed" onsuccess={(e) => setPath(e.detail.tempFilePaths[0])} />
      {path && <wx-image-info src={path} />}
    </>
  );
}

/** Events through a ref: the element's typed addEventListener. */
export function PhotoCount() {
  const chooser = useRef<WxImageChooser>(null);
  const [count, setCount] = useState(0);
  useEffect(() => {
    const element = chooser.current;
    if (!element) return;
    const onSuccess = (e: CustomEvent<ChooseImageResult>) => setCount(e.detail.tempFiles.length);
    element.addEventListener('success', onSuccess);
    return () => element.removeEventListener('success', onSuccess);
  }, []);
  return (
    <p>
      <wx-image-chooser ref={chooser} count={9} /> {count} chosen
    </p>
  );
}
