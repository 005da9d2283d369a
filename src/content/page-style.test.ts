// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { injectPageStyle } from './page-style.ts';

afterEach(() => {
  document.adoptedStyleSheets = [];
  document.head.replaceChildren();
});

describe('injectPageStyle', () => {
  it('adds one <style> with the marks and the painted highlights in the mode', () => {
    const style = injectPageStyle(document, 'contested');
    const element = document.head.querySelector('style[data-counterpoint]')!;
    expect(element.textContent).toContain('mark.counterpoint-claim');
    expect(element.textContent).toContain('::highlight(counterpoint-claim-disputed)');
    style.setMode('none');
    expect(element.textContent).not.toContain('::highlight(counterpoint-claim-disputed)');
    style.remove();
    expect(document.head.children).toHaveLength(0);
  });

  it("adopted: no node in the page; switching modes rewrites the sheet; removal keeps the page's own sheets", () => {
    const own = new CSSStyleSheet();
    document.adoptedStyleSheets = [own];
    const style = injectPageStyle(document, 'all', { adopted: true });
    expect(document.querySelectorAll('style')).toHaveLength(0);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    const ours = document.adoptedStyleSheets[1]!;
    const text = () => [...ours.cssRules].map((rule) => rule.cssText).join('\n');
    // happy-dom's CSS parser keeps the marks' rules (it drops ::highlight()); "none" adds its own.
    expect(text()).toContain('mark.counterpoint-claim');
    expect(text()).not.toContain('[data-emphasis]');
    style.setMode('none');
    expect(text()).toContain('[data-emphasis]');
    style.remove();
    expect(document.adoptedStyleSheets).toEqual([own]);
  });
});
