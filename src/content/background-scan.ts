/**
 * The page's side of the scan service (background/scan-service.ts): sends the
 * page's text, gets back what to draw. Bare `chrome.runtime`, without zod:
 * the answer comes from our own background, so only its outline is checked.
 */
import type { PageScanned, PageScannedMessage, ScanRequest, ScanRequestMethod } from '../core/scan-messages.ts';
import { unpackRanges } from '../core/view/packed-ranges.ts';

const METHOD: ScanRequestMethod = 'scanPage';

/** The scan of `request.text`, made by the background; rejects when there is no usable answer. */
export async function scanInBackground(request: ScanRequest): Promise<PageScanned> {
  const answer: unknown = await chrome.runtime.sendMessage({ method: METHOD, payload: request });
  if (!isPageScanned(answer)) throw new Error('Counterpoint: the background did not scan the page');
  return { ...answer, ranges: unpackRanges(answer.ranges) };
}

function isPageScanned(answer: unknown): answer is PageScannedMessage {
  const scanned = answer as Partial<PageScannedMessage> | null | undefined;
  return (
    Array.isArray(scanned?.scan?.claims) &&
    Array.isArray(scanned.scan.quotes) &&
    Array.isArray(scanned.ranges?.looks) &&
    Array.isArray(scanned.ranges.spans) &&
    Array.isArray(scanned.summary?.claims) &&
    Array.isArray(scanned.summary.quotes)
  );
}
