/**
 * Typed asking from the popup and the background to a tab's content script
 * (by `scripting.executeScript`, see page-answer.ts): the payload type comes
 * from the protocol, and the answer is validated against the method's result
 * schema before anyone reads it.
 */
import type { z } from 'zod';
import { ToContentResult, type ToContent, type ToContentMethod, type ToContentResults } from '../core/messages.ts';
import { browser } from './browser.ts';
import { askInFrame, PAGE_ANSWER_KEY } from './page-answer.ts';

/**
 * Asks one protocol question in a tab, of its top document unless `frameIds` names frames (the
 * first to answer wins). Returns the validated answer; throws when no content script answers or the
 * answer is malformed.
 */
export async function sendToContent<M extends ToContentMethod>(
  tabId: number,
  method: M,
  payload: z.infer<(typeof ToContent)[M]>,
  frameIds: number[] = [0],
): Promise<ToContentResults[M]> {
  const results = await browser.scripting.executeScript({
    target: { tabId, frameIds },
    func: askInFrame,
    args: [PAGE_ANSWER_KEY, { method, payload }],
  });
  const answered = results.find((injection) => injection.result !== undefined && injection.result !== null);
  if (!answered) throw new Error('No content script answered: the page has none, or an outdated one.');
  const parsed = ToContentResult[method].safeParse(answered.result);
  if (!parsed.success) throw new Error(`The page's answer to ${method} is not what Counterpoint expects.`);
  return parsed.data as ToContentResults[M];
}
