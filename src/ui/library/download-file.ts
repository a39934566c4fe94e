/** A file an export produced, ready to be downloaded. */
export interface ExportFile {
  blob: Blob;
  /** Suggested file name. */
  name: string;
}

/**
 * Downloads a Blob through an object URL and an `<a download>` click: it needs no `downloads`
 * permission and works the same in Chrome and Firefox extension pages. The anchor is attached
 * while clicking because Firefox ignores clicks on detached anchors. The URL is revoked a
 * minute later, not at once: Firefox reads it after the click returns.
 */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(file.blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
