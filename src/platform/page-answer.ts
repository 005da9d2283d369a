/**
 * How the popup and the background reach the content script in a tab. Not by
 * runtime messaging: a page only hears a message with a `runtime.onMessage`
 * listener, and adding one cost each page load ~1 ms of main thread the first
 * time its renderer ran our script, on every page of the web, for questions
 * asked on few of them. Instead the content script leaves its answering
 * function on its isolated world's global (one property, no browser API
 * touched), and the asker runs a small function in that world with
 * `scripting.executeScript`, which calls it. The page's own scripts live in
 * another world and cannot see or call it; only this extension can inject into
 * its own isolated world.
 */

/** The property of the isolated world's global that holds the content script's answering function. */
export const PAGE_ANSWER_KEY = 'counterpointAnswer';

/** The content script's file (stage 1) in the built extension: a frame gets it only when asked (selection-frames.ts). */
export const STAGE1_FILE = 'stage1.js';

/**
 * Answers one message of the protocol (core/messages.ts), or returns undefined when this frame has
 * nothing to say (a quote check in a frame without a selection): another frame may answer it.
 */
export type PageAnswer = (message: unknown) => Promise<unknown> | undefined;

/** Makes `answer` this frame's answer to the popup's and the background's questions. */
export function answerInThisFrame(answer: PageAnswer): void {
  (globalThis as Record<string, unknown>)[PAGE_ANSWER_KEY] = answer;
}

/**
 * What the asker runs in each frame it targets. The browser serialises it, so it may use nothing
 * but its arguments: `key` is PAGE_ANSWER_KEY. Without a content script there (a page opened before
 * Counterpoint was installed or updated) or once the extension that injected it is gone (its
 * `chrome.runtime.id` is then undefined), it answers nothing.
 */
export function askInFrame(key: string, message: unknown): unknown {
  const answer = (globalThis as Record<string, unknown>)[key];
  const alive = typeof chrome === 'object' && chrome.runtime?.id !== undefined;
  return typeof answer === 'function' && alive ? answer(message) : undefined;
}

/** What a frame says of itself before a quote check asks it (background/selection-frames.ts). */
export interface FrameState {
  selected: boolean;
  /** The content script is there and belongs to this extension as it now runs (not an outdated one). */
  answers: boolean;
}

/** Run in each frame before a quote check, so it uses nothing but its argument: `key` is PAGE_ANSWER_KEY. */
export function frameState(key: string): FrameState {
  const answer = (globalThis as Record<string, unknown>)[key];
  return {
    selected: (document.getSelection()?.toString().trim() ?? '') !== '',
    answers: typeof answer === 'function' && typeof chrome === 'object' && chrome.runtime?.id !== undefined,
  };
}
