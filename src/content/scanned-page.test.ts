// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { extractText } from './extract-text.ts';

// What happened, in order: the page's turns and the sends to the background.
const events = vi.hoisted(() => [] as string[]);
// What the page does in its turn.
const page = vi.hoisted(() => ({ turn: () => undefined as void }));
vi.mock('./yield-to-page.ts', () => ({
  yieldToPage: async () => {
    events.push('yield');
    page.turn();
  },
}));
vi.mock('./background-scan.ts', () => ({
  scanInBackground: async ({ text }: { text: string }) => {
    events.push(`send ${text.length}`);
    return { scan: { claims: [], quotes: [] }, summary: { claims: [], quotes: [] }, ranges: [] };
  },
}));

const { readAndScan } = await import('./scanned-page.ts');

async function sendOf(chars: number): Promise<string[]> {
  events.length = 0;
  const root = document.createElement('div');
  root.append(Object.assign(document.createElement('p'), { textContent: 'x'.repeat(chars) }));
  const read = await readAndScan(
    null,
    async () => extractText(root),
    () => undefined,
    new AbortController().signal,
  );
  expect(read?.text).toHaveLength(chars);
  return [...events];
}

describe('readAndScan', () => {
  it('gives a long text a task of its own to be sent in, and sends a short one at once', async () => {
    expect(await sendOf(300_000)).toEqual(['yield', 'send 300000']);
    expect(await sendOf(1_000)).toEqual(['send 1000']);
  });

  it('sends nothing when stopped while the page had its turn', async () => {
    const run = new AbortController();
    page.turn = () => run.abort();
    const root = document.createElement('div');
    root.append(Object.assign(document.createElement('p'), { textContent: 'x'.repeat(300_000) }));
    events.length = 0;
    expect(
      await readAndScan(
        null,
        async () => extractText(root),
        () => undefined,
        run.signal,
      ),
    ).toBeNull();
    expect(events).toEqual(['yield']);
    page.turn = () => undefined;
  });
});
