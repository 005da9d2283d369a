/**
 * Our own changes to the page, made with the page watch (page-watch.ts)
 * looking away, so that they are never taken for the page's: marks, styles,
 * restored text. While a long marking pauses, the watch looks again: what the
 * page changes then is the page's.
 */
import type { ExtractedText } from './extract-text.ts';
import { highlightRangesInSteps, type HighlightRange, type Highlights } from './highlight.ts';
import type { PageWatch } from './page-watch.ts';

/** Runs `change` with the watch looking away. */
export function changeAside<T>(watch: PageWatch | null, change: () => T): T {
  watch?.pause();
  try {
    return change();
  } finally {
    watch?.resume();
  }
}

/** `pause`, with the watch looking while the page has its turn and away again when our work resumes. */
export function watchedPause(watch: PageWatch | null, pause: () => Promise<void> | void): () => Promise<void> | void {
  return () => {
    watch?.resume();
    const waiting = pause();
    return waiting ? waiting.finally(() => watch?.pause()) : watch?.pause();
  };
}

/** Marks `ranges` in steps (highlight.ts) with the watch looking away while we work; null if aborted. */
export async function markAside(
  watch: PageWatch | null,
  extracted: ExtractedText,
  ranges: readonly HighlightRange[],
  pause: () => Promise<void> | void,
  signal: AbortSignal,
): Promise<Highlights | null> {
  watch?.pause();
  try {
    return await highlightRangesInSteps(document.body, extracted, ranges, watchedPause(watch, pause), signal);
  } finally {
    watch?.resume();
  }
}
