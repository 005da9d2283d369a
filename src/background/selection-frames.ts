/**
 * The frames of a tab that a quote check asks, made ready to answer. The
 * content script runs by itself only in a tab's top document; a frame (an
 * iframe's document: an embed, an advertisement) gets it only when the reader
 * asks to check text selected in it, so that a page's frames cost nothing
 * until then. There it only answers the check (content/frame-answer.ts).
 */
import { browser } from '../platform/browser.ts';
import { frameState, PAGE_ANSWER_KEY, STAGE1_FILE, type FrameState } from '../platform/page-answer.ts';

/** The frames of the tab (only `frameId`, if given) holding selected text, each with the content script in place. */
export async function framesWithSelection(tabId: number, frameId?: number): Promise<number[]> {
  const states = await browser.scripting.executeScript({
    target: frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] },
    func: frameState,
    args: [PAGE_ANSWER_KEY],
  });
  const selected = states.filter((state) => (state.result as FrameState | null | undefined)?.selected);
  // Not the top document: it has had stage 1 since it loaded, or (opened before Counterpoint was
  // installed or updated) a stage 1 injected now would start reading the page, unasked.
  const unready = selected
    .filter((state) => state.frameId !== 0 && !(state.result as FrameState).answers)
    .map((state) => state.frameId);
  if (unready.length > 0)
    await browser.scripting.executeScript({ target: { tabId, frameIds: unready }, files: [STAGE1_FILE] });
  return selected.map((state) => state.frameId);
}
