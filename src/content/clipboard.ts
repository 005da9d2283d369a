/**
 * Copies text from a popover button. The async clipboard API works in a
 * content script on a focused page after a click (no permission needed); it
 * is missing on insecure (plain http) pages and a page's Permissions-Policy
 * can deny it, so then a selected textarea inside our own shadow root and
 * `execCommand('copy')`, which a click also allows, do the job.
 */

/** Copies `text`; rejects when the browser refused both ways. */
export async function copyText(text: string, from: HTMLElement): Promise<void> {
  try {
    if (!navigator.clipboard) throw new Error('no async clipboard on this page');
    await navigator.clipboard.writeText(text);
  } catch {
    if (!copyBySelection(text, from)) throw new Error('the browser refused to copy');
  }
}

function copyBySelection(text: string, from: HTMLElement): boolean {
  const doc = from.ownerDocument;
  const root = from.getRootNode();
  const area = doc.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  // Inside the shadow root, so the page's DOM never sees it.
  (root instanceof ShadowRoot ? root : (doc.body ?? doc.documentElement)).append(area);
  try {
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    from.focus({ preventScroll: true });
  }
}
