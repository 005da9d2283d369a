/**
 * Saves a text as a file the way a web page does: a blob URL and an
 * `<a download>` click, which needs no `downloads` permission.
 */

/** Offers `text` for download as `name` (UTF-8, as a JSON file). */
export function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
