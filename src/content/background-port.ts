/**
 * Typed sending from content scripts to the background. Bare `chrome.runtime`
 * (promise-based in Chrome's and Firefox's MV3): the polyfill's chunk would be
 * one more file every story page fetches and evaluates.
 */
import type { z } from 'zod';
import type { ContentToBackground, ContentToBackgroundMethod } from '../core/messages.ts';

/** Sends one protocol message to the background; failures (e.g. an extension reload) are ignored. */
export async function sendToBackground<M extends ContentToBackgroundMethod>(
  method: M,
  payload: z.infer<(typeof ContentToBackground)[M]>,
): Promise<void> {
  try {
    await chrome.runtime.sendMessage({ method, payload });
  } catch {
    // The page keeps working without a badge; nothing to tell the reader.
  }
}
