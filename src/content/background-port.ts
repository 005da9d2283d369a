/**
 * Typed sending from content scripts to the background, through the platform seam.
 */
import type { z } from 'zod';
import type { ContentToBackground, ContentToBackgroundMethod } from '../core/messages.ts';
import { browser } from '../platform/browser.ts';

/** Sends one protocol message to the background; failures (e.g. an extension reload) are ignored. */
export async function sendToBackground<M extends ContentToBackgroundMethod>(
  method: M,
  payload: z.infer<(typeof ContentToBackground)[M]>,
): Promise<void> {
  try {
    await browser.runtime.sendMessage({ method, payload });
  } catch {
    // The page keeps working without a badge; nothing to tell the reader.
  }
}
