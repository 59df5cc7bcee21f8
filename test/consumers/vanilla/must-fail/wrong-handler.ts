// Each line marked "must fail" is a mistake the kit's types must catch.
const chooser = document.querySelector('wx-image-chooser')!;
chooser.addEventListener('success', (e: CustomEvent<{ path: string }>) => console.log(e.detail.path)); // must fail
chooser.addEventListener('success', (e) => console.log(e.detail.tempFilePath)); // must fail
document.querySelector('wx-image-info')!.src = 42; // must fail
