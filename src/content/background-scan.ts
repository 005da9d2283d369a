/**
 * The page's side of the scan service (background/scan-service.ts): sends the
 * page's text, gets back what to draw. Bare `chrome.runtime`, without zod:
 * the answer comes from our own background, so only its outline is checked.
 */
import { unpackClaims } from '../core/claims/packed-claims.ts';
import { PART_CHARS, PARTS_MISSING } from '../core/scan-limits.ts';
import type { Pause } from '../core/scan-steps.ts';
import type { z } from 'zod';
import type {
  PageScanned,
  PageScannedMessage,
  ScanRequest,
  ScanRequestMethod,
  ScanRequests,
} from '../core/scan-messages.ts';
import { unpackRanges } from '../core/view/packed-ranges.ts';

/**
 * The scan of `request.text`, made by the background; rejects when there is no usable answer.
 * A long text goes in parts, `pause()` before each: null when `signal` aborts meanwhile.
 */
export async function scanInBackground(
  request: ScanRequest,
  pause: Pause = () => undefined,
  signal?: AbortSignal,
): Promise<PageScanned | null> {
  let answer = await send(request, pause, signal);
  // The worker restarted between the parts and the request: sent again, once.
  if (answer === PARTS_MISSING) answer = await send(request, pause, signal);
  // The task that brought the answer has just read it in: unpacking it is the next piece.
  await pause();
  if (signal?.aborted) return null;
  if (!isPageScanned(answer)) throw new Error('Counterpoint: the background did not scan the page');
  const { scan, ranges, summary } = answer;
  return { scan: { ...scan, claims: unpackClaims(scan.claims) }, ranges: unpackRanges(ranges), summary };
}

async function send(request: ScanRequest, pause: Pause, signal?: AbortSignal): Promise<unknown> {
  const { text } = request;
  const scanId = Math.random().toString(36).slice(2);
  const parts: Promise<unknown>[] = [];
  let at = 0;
  for (; text.length - at > PART_CHARS; at += PART_CHARS) {
    await pause();
    if (signal?.aborted) return abandon(parts);
    parts.push(ask('scanPart', { scanId, index: parts.length, text: text.slice(at, at + PART_CHARS) }));
  }
  await pause();
  if (signal?.aborted) return abandon(parts);
  // The request waits until the background has kept every part.
  if (!(await Promise.all(parts)).every((kept) => kept === true)) return PARTS_MISSING;
  const last = text.slice(at);
  return ask(
    'scanPage',
    parts.length ? { ...request, text: last, partsBefore: { scanId, count: parts.length } } : request,
  );
}

// Stopped between parts: their answers are left unread (the background drops the parts), and one
// that fails (the extension reloaded meanwhile) must not surface as an unhandled rejection.
function abandon(parts: Promise<unknown>[]): null {
  void Promise.allSettled(parts);
  return null;
}

type Payloads = { [M in ScanRequestMethod]: z.input<(typeof ScanRequests)[M]> };

function ask<M extends keyof Payloads>(method: M, payload: Payloads[M]): Promise<unknown> {
  return chrome.runtime.sendMessage({ method, payload });
}

function isPageScanned(answer: unknown): answer is PageScannedMessage {
  const scanned = answer as Partial<PageScannedMessage> | null | undefined;
  return (
    Array.isArray(scanned?.scan?.claims?.matches) &&
    Array.isArray(scanned.scan.claims.claimIds) &&
    Array.isArray(scanned.scan.claims.patternIds) &&
    Array.isArray(scanned.scan.quotes) &&
    Array.isArray(scanned.ranges?.looks) &&
    Array.isArray(scanned.ranges.spans) &&
    Array.isArray(scanned.summary?.claims) &&
    Array.isArray(scanned.summary.quotes)
  );
}
