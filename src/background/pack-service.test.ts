import { describe, expect, it, vi } from 'vitest';

// The platform seam replaced by a recorder of the message listener; the real built-in topic decides.
const listeners: ((message: unknown, sender: object) => unknown)[] = [];
vi.mock('../platform/browser.ts', () => ({
  browser: {
    runtime: {
      id: 'counterpoint',
      onMessage: { addListener: (listener: (message: unknown, sender: object) => unknown) => listeners.push(listener) },
    },
  },
}));
vi.mock('../platform/pack-index.ts', () => ({ onPackIndexChange: () => () => undefined }));
vi.mock('../platform/pack-db.ts', () => ({}));
const prepareBuiltinScan = vi.fn();
vi.mock('./scan-service.ts', () => ({ prepareBuiltinScan }));

const { listenForPackRequests } = await import('./pack-service.ts');

const sample = (title: string, body: string) => ({ title, url: '', description: '', headings: [], body });
const STORY = sample(
  'Facebook gives Kazakhstan direct access to its content reporting system',
  'The Ministry of Information and Social Development of Kazakhstan said Facebook (Meta) gave it exclusive access to the Content Reporting System.',
);
const ELSEWHERE = sample('Council meets on bus routes', 'The city council met on Tuesday to discuss the bus routes.');

describe('the pack service', () => {
  it('prepares the scan of the built-in story once a page is about it, and not for other pages', async () => {
    listenForPackRequests();
    const listener = listeners.at(-1)!;
    const detect = (payload: object) =>
      listener({ method: 'detectBuiltinTopic', payload }, { id: 'counterpoint' }) as Promise<{ about: boolean }>;
    expect((await detect(ELSEWHERE)).about).toBe(false);
    expect(prepareBuiltinScan).not.toHaveBeenCalled();
    expect((await detect(STORY)).about).toBe(true);
    expect(prepareBuiltinScan).toHaveBeenCalledTimes(1);
  });
});
