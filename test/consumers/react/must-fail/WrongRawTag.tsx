// Each line marked "must fail" is a mistake the kit's types must catch on React 19's raw tags.
import 'wx-image-kit';

export function WrongRawTag() {
  return (
    <>
      <wx-image-chooser onsuccess={(e: CustomEvent<{ path: string }>) => console.log(e.detail.path)} /> {/* must fail */}
      <wx-image-chooser onfail={(e) => console.log(e.detail.tempFilePaths)} /> {/* must fail */}
      <wx-image-preview urls="a.jpg" /> {/* must fail */}
      <wx-image-kit-unknown /> {/* must fail */}
    </>
  );
}
