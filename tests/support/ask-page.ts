/**
 * The script an end-to-end test evaluates in an extension context (the service worker, an
 * extension page) to ask a tab's content script a protocol question the way the popup and the
 * background do, with the same injected functions (src/platform/page-answer.ts): a quote check as
 * background/selection-frames.ts and quote-command.ts do it (each frame says whether it holds a
 * selection, a frame that does is given the content script, then asked), anything else of the top
 * document (platform/content-port.ts). It evaluates to the first answer, or null when none came.
 */
import { askInFrame, frameState, PAGE_ANSWER_KEY, STAGE1_FILE } from '../../src/platform/page-answer.ts';

/** `tabId` is a JavaScript expression for the tab's id in that context. */
export function askPageScript(tabId: string, method: string, payload: unknown = {}): string {
  const key = JSON.stringify(PAGE_ANSWER_KEY);
  const frames =
    method === 'checkSelection'
      ? `const states = await chrome.scripting.executeScript({
          target: { tabId: ${tabId}, allFrames: true },
          func: ${frameState.toString()},
          args: [${key}],
        });
        const selected = states.filter((state) => state.result?.selected);
        const unready = selected.filter((state) => state.frameId !== 0 && !state.result.answers);
        if (unready.length > 0)
          await chrome.scripting.executeScript({
            target: { tabId: ${tabId}, frameIds: unready.map((state) => state.frameId) },
            files: [${JSON.stringify(STAGE1_FILE)}],
          });
        const frameIds = selected.map((state) => state.frameId);
        if (frameIds.length === 0) return null;`
      : 'const frameIds = [0];';
  return `(async () => {
    ${frames}
    const results = await chrome.scripting.executeScript({
      target: { tabId: ${tabId}, frameIds },
      func: ${askInFrame.toString()},
      args: [${key}, ${JSON.stringify({ method, payload })}],
    });
    return results.map((injection) => injection.result).find((answer) => answer !== undefined && answer !== null) ?? null;
  })()`;
}
