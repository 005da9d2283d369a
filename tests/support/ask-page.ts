/**
 * The script an end-to-end test evaluates in an extension context (the service worker, an
 * extension page) to ask a tab's content script a protocol question the way the popup and the
 * background do (src/platform/content-port.ts): `scripting.executeScript` of the same injected
 * function, of every frame for a quote check and of the page itself otherwise. It evaluates to the
 * first answer, or null when no frame answered.
 */
import { askInFrame, PAGE_ANSWER_KEY } from '../../src/platform/page-answer.ts';

/** `tabId` is a JavaScript expression for the tab's id in that context. */
export function askPageScript(tabId: string, method: string, payload: unknown = {}): string {
  const frames = method === 'checkSelection' ? 'allFrames: true' : 'frameIds: [0]';
  const args = JSON.stringify([PAGE_ANSWER_KEY, { method, payload }]);
  return `(async () => {
    const results = await chrome.scripting.executeScript({
      target: { tabId: ${tabId}, ${frames} },
      func: ${askInFrame.toString()},
      args: ${args},
    });
    return results.map((injection) => injection.result).find((answer) => answer !== undefined && answer !== null) ?? null;
  })()`;
}
