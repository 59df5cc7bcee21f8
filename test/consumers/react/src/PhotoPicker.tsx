import { useState } from 'react';
import { ImageChooser, ImageInfo, ImagePreview } from 'wx-image-kit/react';

export function PhotoPicker() {
  const [paths, setPaths] = useState<string[]>([]);
  const [viewing, setViewing] = useState(false);
  return (
    <>
      <ImageChooser count={3} sizeType="original" sourceType="album" onSuccess={(e) => setPaths(e.detail.tempFilePaths)} />
      {paths.map((path) => (
        <ImageInfo key={path} src={path} />
      ))}
      <button type="button" disabled={!paths.length} onClick={() => setViewing(true)}>
        View
      </button>
      <ImagePreview urls={paths} open={viewing} onClose={() => setViewing(false)} />
    </>
  );
}
