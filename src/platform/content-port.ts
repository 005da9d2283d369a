/**
 * Typed sending from the popup and the background to a tab's content script:
 * the payload type comes from the protocol, and the answer is validated
 * against the method's result schema before anyone reads it.
 */
import type { z } from 'zod';
import { ToContentResult, type ToContent, type ToContentMethod, type ToContentResults } from '../core/messages.ts';
import { browser } from './browser.ts';

/** Sends one protocol message to a tab (a frame of it, if given) and returns its validated answer. */
export async function sendToContent<M extends ToContentMethod>(
  tabId: number,
  method: M,
  payload: z.infer<(typeof ToContent)[M]>,
  frameId?: number,
): Promise<ToContentResults[M]> {
  const answer: unknown = await browser.tabs.sendMessage(
    tabId,
    { method, payload },
    frameId === undefined ? {} : { frameId },
  );
  const parsed = ToContentResult[method].safeParse(answer);
  if (!parsed.success) throw new Error(`The page's answer to ${method} is not what Counterpoint expects.`);
  return parsed.data as ToContentResults[M];
}
