import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Files dropped onto the host or pasted while focus is in it go to `take` (unless `refuses()`). */
export class FileDrop implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly refuses: () => boolean,
    private readonly take: (files: File[]) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('dragover', this.onOver);
    this.host.addEventListener('drop', this.onDrop);
    this.host.addEventListener('paste', this.onPaste);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('dragover', this.onOver);
    this.host.removeEventListener('drop', this.onDrop);
    this.host.removeEventListener('paste', this.onPaste);
  }

  private readonly onOver = (event: DragEvent) => {
    if (this.refuses() || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };

  private readonly onDrop = (event: DragEvent) => this.files(event, event.dataTransfer?.files);

  private readonly onPaste = (event: ClipboardEvent) => this.files(event, event.clipboardData?.files);

  private files(event: Event, list: FileList | undefined): void {
    const files = [...(list ?? [])];
    if (this.refuses() || !files.length) return;
    event.preventDefault();
    this.take(files);
  }
}
