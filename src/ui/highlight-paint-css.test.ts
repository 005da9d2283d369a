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
});
