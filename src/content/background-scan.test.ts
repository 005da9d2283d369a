import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HighlightRange } from '../core/view/highlight-range.ts';
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
const FOUND = { scan: { claims: [], quotes: [] }, summary: { claims: [], quotes: [] } };

function backgroundAnswers(answer: unknown) {
  const sendMessage = vi.fn(async () => answer);
  vi.stubGlobal('chrome', { runtime: { sendMessage } });
  return sendMessage;
}

afterEach(() => vi.unstubAllGlobals());

describe('scanInBackground', () => {
  it('sends the request to the scan service and unpacks the ranges of its answer', async () => {
    const sendMessage = backgroundAnswers({ ...FOUND, ranges: packRanges([RANGE, { ...RANGE, start: 20, end: 35 }]) });
    const answer = await scanInBackground(REQUEST);
    expect(sendMessage).toHaveBeenCalledWith({ method: 'scanPage', payload: REQUEST });
    expect(answer.ranges).toEqual([RANGE, { ...RANGE, start: 20, end: 35 }]);
    expect(answer.scan).toEqual(FOUND.scan);
  });

  it('rejects an answer without the outline of a scan, packed ranges included', async () => {
    backgroundAnswers(undefined);
    await expect(scanInBackground(REQUEST)).rejects.toThrow(/did not scan the page/);
    backgroundAnswers({ ...FOUND, ranges: [RANGE] }); // Unpacked: not what the service sends.
    await expect(scanInBackground(REQUEST)).rejects.toThrow(/did not scan the page/);
  });
});
