// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { ScanRequest } from '../core/scan-messages.ts';

// The scanner with the browser's parts replaced, and marking that fails.
vi.mock('../platform/ui-language.ts', () => ({ readerLanguage: async () => 'en' }));
vi.mock('../platform/emphasis-settings.ts', () => ({
  getSiteEmphasis: async () => 'disputed',
  onSiteEmphasisChange: () => () => undefined,
}));
vi.mock('../platform/detect-language.ts', () => ({ quoteLanguages: () => ({}) }));
// The background's scan service, called in place of the message that would reach it, with the
// request checked as the service checks it; or a background that does not answer.
const background = vi.hoisted(() => ({ answers: true, requests: [] as unknown[] }));
vi.mock('./background-scan.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./background-scan.ts')>()),
  scanInBackground: async (request: ScanRequest) => {
    background.requests.push(request);
    if (!background.answers) throw new Error('Could not establish connection. Receiving end does not exist.');
    const { parseMessage } = await import('../core/messages.ts');
    const { ScanRequests } = await import('../core/scan-messages.ts');
    if (!parseMessage(ScanRequests, { method: 'scanPage', payload: request }))
      throw new Error('refused by the service');
    return (await import('../background/scan-service.ts')).scanForPage(request);
  },
}));
vi.mock('./background-port.ts', () => ({ sendToBackground: async () => undefined }));
vi.mock('../platform/browser.ts', () => ({ browser: { runtime: { sendMessage: async () => undefined } } }));
vi.mock('./highlight.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./highlight.ts')>()),
  highlightRangesInSteps: async () => {
    throw new Error('mark.js failed');
  },
}));

const STORY =
  '<article><p>Kazakhstan said Facebook gave it direct and exclusive access to its Content Reporting System.</p></article>';

describe('a scan the background does not answer', () => {
  it('changes nothing in the page, and says why in the console', async () => {
    document.body.innerHTML = STORY;
    const before = document.documentElement.cloneNode(true);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    background.answers = false;
    const scanner = await import('./scanner.ts');
    await scanner.start();
    expect(document.documentElement.isEqualNode(before)).toBe(true);
    expect(warn).toHaveBeenCalledWith('Counterpoint: the page could not be scanned', expect.any(Error));
    await scanner.stop();
    background.answers = true;
    warn.mockRestore();
  });
});

describe('a scan that fails while marking', () => {
  it('leaves nothing of ours in the page: the stylesheet, added before marking, goes too', async () => {
    document.body.innerHTML = STORY;
    // A page's own lang attribute, however long, is clipped to what the service takes.
    document.documentElement.lang = 'en-'.repeat(200);
    const before = document.documentElement.cloneNode(true);
    const scanner = await import('./scanner.ts');
    await expect(scanner.start()).rejects.toThrow('mark.js failed');
    expect(background.requests.at(-1)).toMatchObject({ pageLang: 'en-'.repeat(200).slice(0, 100) });
    expect(document.head.querySelectorAll('style')).toHaveLength(0);
    expect(document.documentElement.isEqualNode(before)).toBe(true);
    await scanner.stop();
  });
});
