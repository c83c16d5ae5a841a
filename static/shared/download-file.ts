/** A file a resolver rendered (`exportFileSchema` in the contract). */
export interface ExportFile {
  fileName: string;
  mediaType: string;
  content: string;
}

/** Hands a rendered file to the browser as a download, as a link with `download` would. */
export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the file over; the URL is not needed after this turn.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
