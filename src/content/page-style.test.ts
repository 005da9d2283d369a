// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { injectPageStyle } from './page-style.ts';
import { UI_ATTRIBUTE } from './ui-marker.ts';

describe('injectPageStyle', () => {
  it('styles marks inside open shadow roots too, follows the mode everywhere and removes every sheet', () => {
    const host = document.createElement('news-article');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const inShadow = document.createElement('mark');
    const inPage = document.createElement('mark');
    shadow.append(inShadow);
    document.body.append(inPage);
    const style = injectPageStyle(document, 'all', [inPage, inShadow, inShadow]);
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
});
