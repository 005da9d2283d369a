// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hasSelectedText, isQuoteCheck } from './frame-selection.ts';

describe('frame-selection', () => {
  it('recognises the quote check and nothing else', () => {
    expect(isQuoteCheck({ method: 'checkSelection', payload: {} })).toBe(true);
    expect(isQuoteCheck({ method: 'getReport', payload: {} })).toBe(false);
    expect(isQuoteCheck(null)).toBe(false);
    expect(isQuoteCheck('checkSelection')).toBe(false);
  });

  it('answers only where text is selected', () => {
    const p = document.createElement('p');
    p.textContent = 'independent of Facebook';
    document.body.append(p);
    document.getSelection()!.removeAllRanges();
    expect(hasSelectedText()).toBe(false);
    const range = document.createRange();
    range.selectNodeContents(p);
    document.getSelection()!.addRange(range);
    expect(hasSelectedText()).toBe(true);
    p.remove();
  });
});
