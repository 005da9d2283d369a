// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { injectPageStyle } from './page-style.ts';
import { UI_ATTRIBUTE } from './ui-marker.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  document.adoptedStyleSheets = [];
  document.head.replaceChildren();
});

describe('injectPageStyle', () => {
  it('adds one <style> for the marks in the mode, with the painted highlights only where they are used', () => {
    const style = injectPageStyle(document, 'contested');
    const element = document.head.querySelector('style[data-counterpoint]')!;
    expect(element.textContent).toContain('mark.counterpoint-claim');
    expect(element.textContent).not.toContain('::highlight(');
    style.remove();
    expect(document.head.children).toHaveLength(0);

    const painted = injectPageStyle(document, 'contested', { painted: true });
    const withPaint = document.head.querySelector('style[data-counterpoint]')!;
    expect(withPaint.textContent).toContain('mark.counterpoint-claim');
    expect(withPaint.textContent).toContain('::highlight(counterpoint-claim-disputed)');
    painted.setMode('none');
    expect(withPaint.textContent).not.toContain('::highlight(counterpoint-claim-disputed)');
    expect(withPaint.textContent).toContain('::highlight(counterpoint-jump)');
    painted.remove();
  });

  it('styles painted highlights from :root where highlight styles inherit (Chrome), on every element in Firefox', () => {
    const paintedCss = () => {
      const style = injectPageStyle(document, 'all', { painted: true });
      const css = document.head.querySelector('style[data-counterpoint]')!.textContent!;
      style.remove();
      return css;
    };
    const extensionAt = (base: string) =>
      vi.stubGlobal('chrome', { runtime: { getURL: (path: string) => base + path } });
    extensionAt('chrome-extension://abc/');
    expect(paintedCss()).toContain(':root::highlight(counterpoint-claim-disputed)');
    extensionAt('moz-extension://abc/');
    const firefox = paintedCss();
    expect(firefox).toContain('::highlight(counterpoint-claim-disputed)');
    expect(firefox).not.toContain(':root::highlight(');
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

  it('adopted: the same mode again leaves the sheet alone (replacing it restyles the whole page)', () => {
    const style = injectPageStyle(document, 'all', { adopted: true, painted: true });
    const ours = document.adoptedStyleSheets[0]!;
    let replaced = 0;
    const replaceSync = ours.replaceSync.bind(ours);
    ours.replaceSync = (text: string) => {
      replaced += 1;
      replaceSync(text);
    };
    style.setMode('all');
    expect(replaced).toBe(0);
    style.setMode('contested');
    expect(replaced).toBe(1);
    style.remove();
  });

  it('adopted: a redraw shares the sheet of the drawing it replaces, which goes with the last user', () => {
    const own = new CSSStyleSheet();
    document.adoptedStyleSheets = [own];
    const first = injectPageStyle(document, 'all', { adopted: true, painted: true });
    const ours = document.adoptedStyleSheets[1]!;
    const second = injectPageStyle(document, 'all', { adopted: true, painted: true });
    expect(document.adoptedStyleSheets).toEqual([own, ours]);
    first.remove();
    first.remove(); // Twice: still one user less, not two.
    expect(document.adoptedStyleSheets).toEqual([own, ours]);
    second.setMode('none');
    second.remove();
    expect(document.adoptedStyleSheets).toEqual([own]);
  });

  it('adopted: other rules, or a page that dropped our sheet, get a sheet of their own', () => {
    const painted = injectPageStyle(document, 'all', { adopted: true, painted: true });
    const unpainted = injectPageStyle(document, 'all', { adopted: true });
    expect(document.adoptedStyleSheets).toHaveLength(2);
    painted.remove();
    unpainted.remove();
    expect(document.adoptedStyleSheets).toEqual([]);
    const before = injectPageStyle(document, 'all', { adopted: true });
    document.adoptedStyleSheets = []; // The page's own script resets the list.
    const after = injectPageStyle(document, 'all', { adopted: true });
    expect(document.adoptedStyleSheets).toHaveLength(1);
    before.remove();
    expect(document.adoptedStyleSheets).toHaveLength(1);
    after.remove();
    expect(document.adoptedStyleSheets).toEqual([]);
  });

  it('styles marks inside open shadow roots too, follows the mode everywhere and removes every sheet', () => {
    const host = document.createElement('news-article');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const inShadow = document.createElement('mark');
    const inPage = document.createElement('mark');
    shadow.append(inShadow);
    document.body.append(inPage);
    const style = injectPageStyle(document, 'all', { marks: [inPage, inShadow, inShadow] });
    const sheets = () => [
      ...document.head.querySelectorAll(`style[${UI_ATTRIBUTE}]`),
      ...shadow.querySelectorAll(`style[${UI_ATTRIBUTE}]`),
    ];
    expect(sheets()).toHaveLength(2);
    const [pageSheet, shadowSheet] = sheets();
    expect(shadowSheet!.textContent).toBe(pageSheet!.textContent);
    style.setMode('none');
    expect(shadowSheet!.textContent).toBe(pageSheet!.textContent);
    expect(shadowSheet!.textContent).not.toBe('');
    style.remove();
    expect(sheets()).toHaveLength(0);
    host.remove();
    inPage.remove();
  });

  it('styles marks a later pass made in a shadow root that had none, once', () => {
    const style = injectPageStyle(document, 'contested', { marks: [] });
    const host = document.createElement('news-article');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const mark = document.createElement('mark');
    shadow.append(mark);
    style.addMarks([mark]);
    style.addMarks([mark]);
    expect(shadow.querySelectorAll(`style[${UI_ATTRIBUTE}]`)).toHaveLength(1);
    style.remove();
    expect(shadow.querySelectorAll(`style[${UI_ATTRIBUTE}]`)).toHaveLength(0);
    host.remove();
  });
});
