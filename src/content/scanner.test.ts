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
// The background's scan service, called in place of the message that would reach it.
vi.mock('./background-scan.ts', () => ({
  scanInBackground: async (request: ScanRequest) =>
    (await import('../background/scan-service.ts')).scanForPage(request),
}));
vi.mock('./background-port.ts', () => ({ sendToBackground: async () => undefined }));
vi.mock('../platform/browser.ts', () => ({ browser: { runtime: { sendMessage: async () => undefined } } }));
vi.mock('./highlight.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./highlight.ts')>()),
  highlightRangesInSteps: async () => {
    throw new Error('mark.js failed');
  },
}));

describe('a scan that fails while marking', () => {
  it('leaves nothing of ours in the page: the stylesheet, added before marking, goes too', async () => {
    document.body.innerHTML =
      '<article><p>Kazakhstan said Facebook gave it direct and exclusive access to its Content Reporting System.</p></article>';
    const before = document.documentElement.cloneNode(true);
    const scanner = await import('./scanner.ts');
    await expect(scanner.start()).rejects.toThrow('mark.js failed');
    expect(document.head.querySelectorAll('style')).toHaveLength(0);
    expect(document.documentElement.isEqualNode(before)).toBe(true);
    await scanner.stop();
  });
});
