/**
 * Hands a file to the person: a Blob behind an object URL, clicked through a temporary
 * `<a download>`. The URL is revoked a moment later (revoking at once can cancel the download).
 */

/** Starts a download of `blob` named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file-name-safe form of a title: "Cybercrime — step 2" → "cybercrime-step-2". */
export function fileSafe(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'explorer'
  );
}
