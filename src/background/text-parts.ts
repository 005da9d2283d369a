/**
 * The parts of a long page text, kept until the page's scan request joins
 * them. The browser serialises a message on the sender's main thread in one
 * go, so a page sends a long text in parts, with a chance to pause before
 * each (content/background-scan.ts). Each tab's frame has at most one text
 * under way: a part of a new scan drops an unfinished one, and so does the
 * tab's closing or a minute's wait (a page gone mid-send).
 */
import { MAX_PAGE_TEXT } from '../core/scan-limits.ts';

/** How long parts wait for their request. */
export const PARTS_KEPT_MS = 60_000;

interface Unfinished {
  scanId: string;
  /** By index; a hole is a part not come yet. */
  parts: (string | undefined)[];
  chars: number;
  since: number;
}

/** Parts by sender (tab and frame). */
export class TextParts {
  private readonly bySender = new Map<string, Unfinished>();

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Keeps part `index` of scan `scanId`, in whatever order the parts come; false (and the
   * scan's parts dropped) for a part sent twice or past the longest text taken.
   */
  add(sender: string, scanId: string, index: number, text: string): boolean {
    this.dropStale();
    let unfinished = this.bySender.get(sender);
    if (unfinished?.scanId !== scanId) {
      unfinished = { scanId, parts: [], chars: 0, since: this.now() };
      this.bySender.set(sender, unfinished);
    }
    if (unfinished.parts[index] !== undefined || unfinished.chars + text.length > MAX_PAGE_TEXT) {
      this.bySender.delete(sender);
      return false;
    }
    unfinished.parts[index] = text;
    unfinished.chars += text.length;
    return true;
  }

  /**
   * The whole text: the `count` parts of scan `scanId` and then `last`; null when any is
   * missing (e.g. the worker restarted between them) or the whole is too long.
   */
  take(sender: string, scanId: string, count: number, last: string): string | null {
    const unfinished = this.bySender.get(sender);
    if (unfinished?.scanId !== scanId) return null;
    this.bySender.delete(sender);
    const { parts, chars } = unfinished;
    // `every` would skip the holes.
    if (parts.length !== count || Array.from(parts).includes(undefined)) return null;
    if (chars + last.length > MAX_PAGE_TEXT) return null;
    return parts.join('') + last;
  }

  /** Whether no text is under way. */
  isEmpty(): boolean {
    return this.bySender.size === 0;
  }

  /** Forgets every text under way in `tab` (closed). */
  forgetTab(tab: number): void {
    for (const sender of this.bySender.keys()) if (sender.startsWith(`${tab}:`)) this.bySender.delete(sender);
  }

  private dropStale(): void {
    const oldest = this.now() - PARTS_KEPT_MS;
    for (const [sender, unfinished] of this.bySender) if (unfinished.since < oldest) this.bySender.delete(sender);
  }
}

/** The key of a message's sender: its tab and frame. */
export function senderKey(tab: number, frameId = 0): string {
  return `${tab}:${frameId}`;
}
