// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { ScanRequest } from '../core/scan-messages.ts';

// The scanner with the browser's parts replaced; the background answers until it is gone.
vi.mock('../platform/emphasis-settings.ts', () => ({
  getSiteEmphasis: async () => 'disputed',
  onSiteEmphasisChange: () => () => undefined,
}));
vi.mock('../platform/detect-language.ts', () => ({ quoteLanguages: () => ({}) }));
vi.mock('../platform/ui-language.ts', () => ({ readerLanguage: async () => 'en' }));
const background = vi.hoisted(() => ({ answers: true }));
vi.mock('./background-scan.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./background-scan.ts')>()),
  scanInBackground: async (request: ScanRequest) => {
    if (!background.answers) throw new Error('Extension context invalidated.');
    return (await import('../background/scan-service.ts')).scanForPage(request);
  },
}));
vi.mock('./background-port.ts', () => ({ sendToBackground: async () => undefined }));
vi.mock('../platform/browser.ts', () => ({ browser: { runtime: { sendMessage: async () => undefined } } }));

describe('a page left behind by an extension reloaded or removed', () => {
  it('loses its highlights at its next change, and keeps the change', async () => {
    const article = document.createElement('article');
    const paragraph = document.createElement('p');
    paragraph.textContent =
      'Kazakhstan said Facebook gave it direct and exclusive access to its Content Reporting System.';
    article.append(paragraph);
    document.body.append(article);
    const scanner = await import('./scanner.ts');
    await scanner.start();
    expect(document.querySelectorAll('mark').length).toBeGreaterThan(0);

    // The extension goes (no chrome.runtime.id here: this test has no `chrome` at all).
    background.answers = false;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const added = document.createElement('p');
    added.textContent = 'A paragraph the page added later.';
    article.append(added);
    await vi.waitFor(() => expect(document.querySelectorAll('mark')).toHaveLength(0), { timeout: 3000 });
    expect(article.textContent).toBe(`${paragraph.textContent ?? ''}${added.textContent}`);
    expect(document.head.querySelectorAll('style')).toHaveLength(0);
    expect(warn).toHaveBeenCalledWith('Counterpoint: the page could not be scanned', expect.any(Error));
    warn.mockRestore();
  });
});
