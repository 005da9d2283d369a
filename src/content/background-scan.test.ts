import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HighlightRange } from '../core/view/highlight-range.ts';
import { packClaims } from '../core/claims/packed-claims.ts';
import { PART_CHARS, PARTS_MISSING } from '../core/scan-limits.ts';
import { packRanges } from '../core/view/packed-ranges.ts';
import { scanInBackground } from './background-scan.ts';

const REQUEST = { packId: null, text: 'joint statement', pageLang: 'en' };
const RANGE: HighlightRange = {
  start: 0,
  end: 15,
  className: 'counterpoint-claim',
  attributes: { 'data-claim': 'joint-statement' },
  label: 'joint statement — claim, disputed',
};
const MATCH = { claimId: 'joint-statement', start: 0, end: 15, patternId: 'joint-statement-en', confidence: 1 };
const SCAN = { claims: [MATCH], quotes: [] };
const FOUND = { scan: { ...SCAN, claims: packClaims(SCAN.claims) }, summary: { claims: [], quotes: [] } };

type Sent = { method: string; payload: { text: string; index?: number; scanId?: string } };

// Parts are kept; each scan request gets the next of `answers` (the last one from then on).
function backgroundAnswers(...answers: unknown[]) {
  const sendMessage = vi.fn(async (message: Sent) =>
    message.method === 'scanPart' ? true : answers.length > 1 ? answers.shift() : answers[0],
  );
  vi.stubGlobal('chrome', { runtime: { sendMessage } });
  return sendMessage;
}

const LONG = { ...REQUEST, text: 'joint statement '.repeat(Math.ceil((2.5 * PART_CHARS) / 16)) };

afterEach(() => vi.unstubAllGlobals());

describe('scanInBackground', () => {
  it('sends the request to the scan service and unpacks the ranges and claims of its answer', async () => {
    const sendMessage = backgroundAnswers({ ...FOUND, ranges: packRanges([RANGE, { ...RANGE, start: 20, end: 35 }]) });
    const answer = await scanInBackground(REQUEST);
    expect(sendMessage).toHaveBeenCalledWith({ method: 'scanPage', payload: REQUEST });
    expect(answer?.ranges).toEqual([RANGE, { ...RANGE, start: 20, end: 35 }]);
    expect(answer?.scan).toEqual(SCAN);
  });

  it('sends a long text in parts, a pause before each, and asks for the scan once all are kept', async () => {
    const sendMessage = backgroundAnswers({ ...FOUND, ranges: packRanges([RANGE]) });
    const pause = vi.fn();
    expect((await scanInBackground(LONG, pause))?.scan).toEqual(SCAN);
    const sent = sendMessage.mock.calls.map(([message]) => message);
    expect(sent.map((message) => message.method)).toEqual(['scanPart', 'scanPart', 'scanPage']);
    expect(sent.every((message) => message.payload.text.length <= PART_CHARS)).toBe(true);
    expect(sent.map((message) => message.payload.text).join('')).toBe(LONG.text);
    const { scanId } = sent[0]!.payload;
    expect(sent.map((message) => message.payload.index)).toEqual([0, 1, undefined]);
    expect(sent[2]!.payload).toEqual({
      ...LONG,
      text: LONG.text.slice(2 * PART_CHARS),
      partsBefore: { scanId, count: 2 },
    });
    expect(pause).toHaveBeenCalledTimes(4); // Before each message, and before the answer is unpacked.
  });

  it('sends the parts again, once, when the background lost them', async () => {
    const sendMessage = backgroundAnswers(PARTS_MISSING, { ...FOUND, ranges: packRanges([RANGE]) });
    expect((await scanInBackground(LONG))?.scan).toEqual(SCAN);
    expect(sendMessage.mock.calls.filter(([message]) => message.method === 'scanPart')).toHaveLength(4);
    backgroundAnswers(PARTS_MISSING);
    await expect(scanInBackground(LONG)).rejects.toThrow(/did not scan the page/);
  });

  it('stops sending parts when the scan is stopped between them', async () => {
    const sendMessage = backgroundAnswers({ ...FOUND, ranges: packRanges([RANGE]) });
    const stop = new AbortController();
    const pause = vi.fn(() => (pause.mock.calls.length === 2 ? stop.abort() : undefined));
    expect(await scanInBackground(LONG, pause, stop.signal)).toBeNull();
    expect(sendMessage.mock.calls.map(([message]) => message.method)).toEqual(['scanPart']);
  });

  it('leaves no failure unhandled when stopped after a part the background never took', async () => {
    // The extension reloaded meanwhile: the part's message fails after the scan stopped. (Not a
    // vi.fn: a mock handles the promises it returns, and would hide an unhandled one.)
    let sent = 0;
    const sendMessage = () => {
      sent += 1;
      return Promise.reject(new Error('Extension context invalidated.'));
    };
    vi.stubGlobal('chrome', { runtime: { sendMessage } });
    const stop = new AbortController();
    const pause = vi.fn(() => (pause.mock.calls.length === 2 ? stop.abort() : undefined));
    expect(await scanInBackground(LONG, pause, stop.signal)).toBeNull();
    await new Promise((settled) => setTimeout(settled, 0)); // An unhandled rejection fails the run here.
    expect(sent).toBe(1);
  });

  it('rejects an answer without the outline of a scan, packed ranges included', async () => {
    backgroundAnswers(undefined);
    await expect(scanInBackground(REQUEST)).rejects.toThrow(/did not scan the page/);
    backgroundAnswers({ ...FOUND, ranges: [RANGE] }); // Unpacked: not what the service sends.
    await expect(scanInBackground(REQUEST)).rejects.toThrow(/did not scan the page/);
    backgroundAnswers({ ...FOUND, scan: SCAN, ranges: packRanges([RANGE]) }); // Claims unpacked.
    await expect(scanInBackground(REQUEST)).rejects.toThrow(/did not scan the page/);
  });
});
