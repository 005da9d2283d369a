import { describe, expect, it } from 'vitest';
import { JUMP_HIGHLIGHT, paintedHighlightCss, paintHighlightName } from './highlight-paint-css.ts';
import { LOOKS } from './highlight-looks.ts';

const ruleOf = (css: string, name: string) =>
  new RegExp(`::highlight\\(${name}\\) \\{([^}]*)\\}`).exec(css)?.[1] ?? null;

describe('paintedHighlightCss', () => {
  it('draws every look from LOOKS: fill, and the line as an underline of its style, width and colour', () => {
    const css = paintedHighlightCss('all');
    const disputed = ruleOf(css, paintHighlightName('claim', 'disputed', false))!;
    expect(disputed).toContain(`background-color: ${LOOKS['claim-disputed'].fill}`);
    expect(disputed).toContain('text-decoration-style: dashed');
    expect(disputed).toContain(`text-decoration-color: ${LOOKS['claim-disputed'].color}`);
    // In "all claims" a quiet (repeated, supported) claim has its full look too.
    expect(ruleOf(css, paintHighlightName('claim', 'supported', true))).toContain(LOOKS['claim-supported'].fill!);
    expect(ruleOf(css, paintHighlightName('quote', 'misattributed', false))).toContain('text-decoration-style: double');
  });

  it('gives quiet highlights the faint line in "contested only", and paints nothing but the jump ring in "none"', () => {
    const contested = paintedHighlightCss('contested');
    expect(ruleOf(contested, paintHighlightName('claim', 'supported', true))).toContain(
      'background-color: transparent',
    );
    expect(ruleOf(contested, paintHighlightName('claim', 'supported', true))).toContain(LOOKS.quiet.color);
    expect(ruleOf(contested, paintHighlightName('claim', 'disputed', false))).toContain(LOOKS['claim-disputed'].fill!);
    const none = paintedHighlightCss('none');
    expect(ruleOf(none, paintHighlightName('claim', 'disputed', false))).toBeNull();
    expect(ruleOf(none, JUMP_HIGHLIGHT)).not.toBeNull();
  });

  it('puts every rule on :root alone for a browser whose highlight styles inherit, and on every element otherwise', () => {
    const selectors = (css: string) => [...css.matchAll(/(\S*)::highlight\(/g)].map((found) => found[1]);
    const onRoot = selectors(paintedHighlightCss('all', true));
    expect(onRoot.length).toBeGreaterThan(0);
    expect(new Set(onRoot)).toEqual(new Set([':root']));
    expect(new Set(selectors(paintedHighlightCss('all')))).toEqual(new Set(['']));
    // The same looks either way.
    expect(paintedHighlightCss('all', true).replaceAll(':root::', '::')).toBe(paintedHighlightCss('all'));
  });
});
