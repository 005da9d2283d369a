// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { extractText } from './extract-text.ts';

// The background's side, as the page's send sees it: what it was given, and its answer.
const background = vi.hoisted(() => ({
  calls: [] as { text: string; pause: unknown; signal: unknown }[],
  answer: null as unknown,
}));
vi.mock('./background-scan.ts', () => ({
  scanInBackground: async ({ text }: { text: string }, pause: unknown, signal: unknown) => {
    background.calls.push({ text, pause, signal });
    return background.answer;
  },
}));

const { readAndScan } = await import('./scanned-page.ts');

const FOUND = { scan: { claims: [], quotes: [] }, summary: { claims: [], quotes: [] }, ranges: [] };

function pageOf(text: string): HTMLElement {
  const root = document.createElement('div');
  root.append(Object.assign(document.createElement('p'), { textContent: text }));
  return root;
}

describe('readAndScan', () => {
  it("sends the text read with the scan's pause and signal (a long one goes in parts between pauses)", async () => {
    background.calls.length = 0;
    background.answer = FOUND;
    const pause = vi.fn();
    const run = new AbortController();
    const root = pageOf('Facebook gave Kazakhstan access.');
    const read = await readAndScan(null, async () => extractText(root), pause, run.signal);
    expect(read?.text).toBe('Facebook gave Kazakhstan access.');
    expect(read?.scan).toEqual({ scan: FOUND.scan, summary: FOUND.summary });
    expect(background.calls).toEqual([{ text: 'Facebook gave Kazakhstan access.', pause, signal: run.signal }]);
  });

  it('answers nothing when the scan was stopped while the text was sent', async () => {
    background.answer = null; // What the send resolves when stopped between parts.
    const root = pageOf('x'.repeat(300_000));
    // Quietly: a stop is not a failure to warn of.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await readAndScan(null, async () => extractText(root), vi.fn(), new AbortController().signal)).toBeNull();
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    background.answer = FOUND;
    const run = new AbortController();
    const stopping = readAndScan(
      null,
      async () => extractText(root),
      () => run.abort(),
      run.signal,
    );
    expect(await stopping).toBeNull();
  });
});
