import { describe, expect, it, vi } from 'vitest';
import { builtinCorpus } from '../core/corpus/builtin-corpus.ts';
import type { PageScannedMessage } from '../core/scan-messages.ts';
import { scanText } from '../core/scan-text.ts';
import { unpackRanges } from '../core/view/packed-ranges.ts';
import { unpackClaims } from '../core/claims/packed-claims.ts';
import { PARTS_MISSING } from '../core/scan-limits.ts';

// The platform seam replaced by a recorder of the message listener.
const listeners: ((message: unknown, sender: object) => unknown)[] = [];
const tabClosedListeners = new Set<(tab: number) => void>();
vi.mock('../platform/browser.ts', () => ({
  browser: {
    runtime: {
      id: 'counterpoint',
      onMessage: { addListener: (listener: (message: unknown, sender: object) => unknown) => listeners.push(listener) },
    },
    tabs: {
      onRemoved: {
        addListener: (listener: (tab: number) => void) => tabClosedListeners.add(listener),
        removeListener: (listener: (tab: number) => void) => tabClosedListeners.delete(listener),
        hasListener: (listener: (tab: number) => void) => tabClosedListeners.has(listener),
      },
    },
  },
}));
vi.mock('../platform/pack-index.ts', () => ({ onPackIndexChange: () => () => undefined }));
// No quote here needs its language told.
vi.mock('../platform/detect-language.ts', () => ({ quoteLanguages: () => ({}) }));
// The reader chose Kazakh (on the options page).
vi.mock('../platform/ui-language.ts', () => ({ readerLanguage: async () => 'kk' }));

// The real warm-ups, counted.
vi.mock('../core/scan-warm-up.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../core/scan-warm-up.ts')>();
  return { warmUpClaims: vi.fn(real.warmUpClaims), warmUpQuotes: vi.fn(real.warmUpQuotes) };
});
const { warmUpClaims, warmUpQuotes } = await import('../core/scan-warm-up.ts');

const { listenForScanRequests, prepareBuiltinScan, scanForPage } = await import('./scan-service.ts');

const TEXT = [
  'Kazakhstan said Facebook had given it direct and exclusive access to its Content Reporting System.',
  'The ministry called it a joint statement, the first in Central Asia.',
].join('\n');

describe('the scan service', () => {
  it('finds what a scan of the text finds, with a range and a row for the popup for each', async () => {
    const answer = await scanForPage({ packId: null, text: TEXT, pageLang: 'en' }, 'en');
    const expected = scanText(TEXT, builtinCorpus());
    expect(answer.scan).toEqual(expected);
    expect(answer.scan.claims.map((match) => match.claimId)).toEqual(
      expect.arrayContaining(['exclusive-access', 'joint-statement']),
    );
    expect(answer.ranges.map(({ start, end }) => TEXT.slice(start, end))).toEqual(
      expected.claims.map(({ start, end }) => TEXT.slice(start, end)),
    );
    expect(answer.summary.claims.map((row) => row.id)).toEqual([
      ...new Set(expected.claims.map((match) => match.claimId)),
    ]);
    // The answer crosses a message: it must survive being copied as JSON.
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
  });

  it("names the marks in the reader's language", async () => {
    const english = await scanForPage({ packId: null, text: TEXT, pageLang: 'en' }, 'en');
    const russian = await scanForPage({ packId: null, text: TEXT, pageLang: 'en' }, 'ru');
    expect(russian.ranges.map(({ start, end }) => [start, end])).toEqual(
      english.ranges.map(({ start, end }) => [start, end]),
    );
    expect(russian.ranges[0]!.label).not.toBe(english.ranges[0]!.label);
    expect(russian.ranges[0]!.label).toMatch(/[а-яё]/i);
  });

  it("answers our own tabs only, requests that match the protocol only, in the reader's language", async () => {
    listenForScanRequests();
    const listener = listeners.at(-1)!;
    const request = { method: 'scanPage', payload: { packId: null, text: TEXT, pageLang: '' } };
    const tab = { id: 'counterpoint', tab: { id: 3 } };
    expect(listener(request, { id: 'another-extension', tab: { id: 3 } })).toBeUndefined();
    expect(listener(request, { id: 'counterpoint' })).toBeUndefined(); // Not from a tab.
    expect(listener({ ...request, payload: { ...request.payload, text: 42 } }, tab)).toBeUndefined();
    expect(listener({ ...request, payload: { ...request.payload, lang: 'en' } }, tab)).toBeUndefined(); // Not in the protocol.
    expect(listener({ method: 'pageScanned', payload: { claimCount: 1 } }, tab)).toBeUndefined();
    const answer = (await listener(request, tab)) as PageScannedMessage;
    // The claim matches travel packed too.
    const matches = unpackClaims(answer.scan.claims);
    expect(matches.length).toBeGreaterThan(0);
    expect(matches).toEqual((await scanForPage(request.payload, 'kk')).scan.claims);
    // The ranges travel packed, named in the language the reader chose, not in English.
    const ranges = unpackRanges(answer.ranges);
    expect(ranges).toEqual((await scanForPage(request.payload, 'kk')).ranges);
    expect(ranges).not.toEqual((await scanForPage(request.payload, 'en')).ranges);
  });

  it('joins a long text sent in parts, and says so when it lacks one', async () => {
    listenForScanRequests();
    const listener = listeners.at(-1)!;
    const tab = { id: 'counterpoint', tab: { id: 3 }, frameId: 0 };
    const [first, rest] = [TEXT.slice(0, 40), TEXT.slice(40)];
    const part = (index: number, text: string) => ({ method: 'scanPart', payload: { scanId: 'a1', index, text } });
    const request = (count: number) => ({
      method: 'scanPage',
      payload: { packId: null, text: rest, pageLang: '', partsBefore: { scanId: 'a1', count } },
    });
    expect(await listener(part(0, first), tab)).toBe(true);
    const answer = (await listener(request(1), tab)) as PageScannedMessage;
    expect(answer).toEqual(
      await listener({ method: 'scanPage', payload: { packId: null, text: TEXT, pageLang: '' } }, tab),
    );
    // Taken: the same request again (or one whose parts another tab sent) lacks them.
    expect(await listener(request(1), tab)).toBe(PARTS_MISSING);
    await listener(part(0, first), { ...tab, tab: { id: 4 } });
    expect(await listener(request(1), tab)).toBe(PARTS_MISSING);
  });

  it("listens for closed tabs only while parts wait, and forgets a closed tab's parts", async () => {
    tabClosedListeners.clear();
    listenForScanRequests();
    // Not at start-up: the worker would be woken for every tab the reader closes.
    expect(tabClosedListeners.size).toBe(0);
    const listener = listeners.at(-1)!;
    const sender = (tab: number) => ({ id: 'counterpoint', tab: { id: tab }, frameId: 0 });
    const part = { method: 'scanPart', payload: { scanId: 'a1', index: 0, text: TEXT.slice(0, 40) } };
    const request = {
      method: 'scanPage',
      payload: { packId: null, text: TEXT.slice(40), pageLang: '', partsBefore: { scanId: 'a1', count: 1 } },
    };
    await listener(part, sender(3));
    await listener(part, sender(4));
    expect(tabClosedListeners.size).toBe(1);
    [...tabClosedListeners][0]!(3);
    expect(await listener(request, sender(3))).toBe(PARTS_MISSING);
    expect(tabClosedListeners.size).toBe(1); // Tab 4's part still waits.
    expect(await listener(request, sender(4))).not.toBe(PARTS_MISSING);
    expect(tabClosedListeners.size).toBe(0);
    // A part refused (sent twice) drops its scan's parts: nothing waits, nothing to listen for.
    await listener(part, sender(5));
    expect(await listener(part, sender(5))).toBe(false);
    expect(tabClosedListeners.size).toBe(0);
  });

  it('prepares a first scan once, in a task after the answer that asked for it', async () => {
    const calls = () => [vi.mocked(warmUpClaims).mock.calls.length, vi.mocked(warmUpQuotes).mock.calls.length];
    const before = calls();
    prepareBuiltinScan();
    prepareBuiltinScan();
    expect(calls()).toEqual(before);
    await new Promise((done) => setTimeout(done));
    expect(calls()).toEqual(before.map((count) => count + 1));
    prepareBuiltinScan();
    await new Promise((done) => setTimeout(done));
    expect(calls()).toEqual(before.map((count) => count + 1));
  });
});
