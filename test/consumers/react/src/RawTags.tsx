// React 19 writes the kit's raw tags: `on<event>` props get the event's typed `detail` through
// `wx-image-kit/react-jsx` (referenced in src/env.d.ts). Importing the package defines the tags.
import { useState } from 'react';
import 'wx-image-kit';

export function RawTags() {
  const [paths, setPaths] = useState<string[]>([]);
  return (
    <>
      <wx-image-chooser count={3} size-type="original" onsuccess={(e) => setPaths(e.detail.tempFilePaths)} />
      {paths.map((path) => (
        <wx-image-info key={path} src={path} onsuccess={(e) => console.log(e.detail.orientation)} />
      ))}
      <wx-image-preview urls={paths} onclose={() => setPaths([])} />
    </>
  );
}
