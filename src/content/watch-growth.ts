/**
 * Notices when a page about the story keeps adding text (live blogs, "read
 * more", infinite scroll), so that the scanner can read it again. Our own
 * changes are made while the watch is paused, so they never count.
 */

// Enough new text to be worth a new scan, and a quiet spell before it, so a page
// that streams in many small pieces is read once it settles, not after each one.
const MIN_NEW_CHARS = 200;
const QUIET_MS = 1500;
// A page that never stops growing is read again at most this many times.
const MAX_RESCANS = 10;

/** A running watch over a subtree. */
export interface GrowthWatch {
  /** Stops counting while we change the page ourselves. */
  pause(): void;
  resume(): void;
  destroy(): void;
}

/** Calls `onGrowth` when at least MIN_NEW_CHARS of text were added under `root` and things went quiet. */
export function watchGrowth(root: Element, onGrowth: () => void): GrowthWatch {
  let added = 0;
  let rescans = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) added += node.textContent?.length ?? 0;
    if (added < MIN_NEW_CHARS || rescans >= MAX_RESCANS) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      added = 0;
      rescans += 1;
      onGrowth();
    }, QUIET_MS);
  });
  const pause = () => {
    observer.takeRecords();
    observer.disconnect();
  };
  const resume = () => observer.observe(root, { childList: true, subtree: true });
  resume();
  return {
    pause,
    resume,
    destroy() {
      pause();
      clearTimeout(timer);
    },
  };
}
