import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_PAGE_CSS, POPOVER_CSS, POPUP_CSS, READER_CSS } from './styles.ts';

/** The selectors of every rule, @media blocks included (a tiny parser: enough for our own CSS). */
function selectors(css: string): string[] {
  return [...css.matchAll(/([^{}]+)\{/g)]
    .map((match) => match[1]!.trim())
    .filter((selector) => !selector.startsWith('@'))
    .flatMap((selector) => selector.split(',').map((part) => part.trim()));
}

const balanced = (css: string) => css.split('{').length === css.split('}').length;

describe('HIGHLIGHT_PAGE_CSS', () => {
  it("only targets Counterpoint's own marks, never the page's", () => {
    const all = selectors(HIGHLIGHT_PAGE_CSS);
    expect(all.length).toBeGreaterThan(5);
    for (const selector of all) {
      expect(selector).toMatch(/^mark\.counterpoint-(claim\[data-claim\]|quote\[data-quote-verdict\])/);
    }
  });

  it('styles every claim status and quote verdict, keeps the text colour, and has a focus ring', () => {
    for (const status of ['disputed', 'supported', 'contradicted', 'context']) {
      expect(HIGHLIGHT_PAGE_CSS).toContain(`[data-claim-status="${status}"]`);
    }
    for (const [verdict, style] of [
      ['verbatim', 'solid'],
      ['variant', 'dotted'],
      ['not-found', 'wavy'],
    ]) {
      expect(HIGHLIGHT_PAGE_CSS).toMatch(
        new RegExp(`\\[data-quote-verdict="${verdict}"\\] \\{[^}]*text-decoration-style: ${style}`),
      );
    }
    expect(HIGHLIGHT_PAGE_CSS).toContain('color: inherit');
    expect(HIGHLIGHT_PAGE_CSS).toContain(':focus-visible');
  });
});

describe('UI stylesheets', () => {
  it.each([
    ['popover', POPOVER_CSS],
    ['popup', POPUP_CSS],
    ['reader', READER_CSS],
    ['highlight', HIGHLIGHT_PAGE_CSS],
  ])('%s CSS is balanced and themed for dark mode where it has its own background', (name, css) => {
    expect(balanced(css)).toBe(true);
    if (name !== 'highlight') {
      expect(css).toContain('@media (prefers-color-scheme: dark)');
      expect(css).toContain(':focus-visible');
    }
  });
});
