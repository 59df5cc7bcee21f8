// Each line marked "must fail" is a mistake the kit's types must catch.
import { ImageChooser, ImageInfo, ImagePreview } from 'wx-image-kit/react';

export function WrongHandler() {
  return (
    <>
      <ImageChooser onSuccess={(e: CustomEvent<{ path: string }>) => console.log(e.detail.path)} /> {/* must fail */}
      <ImageChooser onFail={(e) => console.log(e.detail.tempFilePaths)} /> {/* must fail */}
      <ImageInfo src={42} /> {/* must fail */}
      <ImagePreview urls="a.jpg" /> {/* must fail */}
    </>
  );
}
