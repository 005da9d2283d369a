/**
 * CSS for highlights painted with the CSS Custom Highlight API (no <mark> in
 * the page; see content/paint-highlights.ts): one named highlight per look,
 * styled with ::highlight() rules that follow the same modes and looks as the
 * marks (highlight-css.ts, from the same LOOKS). A ::highlight() rule may only
 * set colours, text decoration and text shadow, so a claim's line is an
 * underline here where a mark has a bottom border, and the focus ring of a
 * jump target is a strong fill and a thick line instead of an outline.
 */
import type { EmphasisMode } from '../core/view/emphasis.ts';
import { LOOKS, type Look, type LookId } from './highlight-looks.ts';

/** The statuses a painted claim can have (one named highlight each, and a quiet one). */
export const PAINTED_CLAIM_LOOKS = ['disputed', 'supported', 'contradicted', 'context'] as const;
/** The verdicts a painted quote can have, plus "misattributed" (which wins over the verdict's look). */
export const PAINTED_QUOTE_LOOKS = ['verbatim', 'variant', 'not-found', 'translation', 'misattributed'] as const;

/** The highlight that rings the claim the reader jumped to (keyboard walk, popup). */
export const JUMP_HIGHLIGHT = 'counterpoint-jump';

/** The registry name of a painted highlight's look, e.g. `counterpoint-claim-disputed-quiet`. */
export function paintHighlightName(kind: 'claim' | 'quote', look: string, quiet: boolean): string {
  return `counterpoint-${kind}-${look}${quiet ? '-quiet' : ''}`;
}

function rule(scope: string, name: string, look: Look, offset: string): string {
  return (
    `${scope}::highlight(${name}) { background-color: ${look.fill ?? 'transparent'}; text-decoration-line: underline; ` +
    `text-decoration-style: ${look.line}; text-decoration-thickness: ${look.width}px; ` +
    `text-decoration-color: ${look.color}; text-underline-offset: ${offset}; }`
  );
}

// A claim's underline sits lower than a quote's, as a mark's border does, so the two never merge.
const OFFSETS = { claim: '.25em', quote: '.3em' } as const;

function rulesFor(kind: 'claim' | 'quote', looks: readonly string[], mode: EmphasisMode, scope: string): string[] {
  if (mode === 'none') return [];
  return looks.flatMap((look) => {
    const full = LOOKS[`${kind}-${look}` as LookId];
    const quiet = mode === 'contested' ? LOOKS.quiet : full;
    return [
      rule(scope, paintHighlightName(kind, look, false), full, OFFSETS[kind]),
      rule(scope, paintHighlightName(kind, look, true), quiet, OFFSETS[kind]),
    ];
  });
}

// Shown in every mode, "none" too: the reader asked to be taken there.
const jumpCss = (scope: string) =>
  `${scope}::highlight(${JUMP_HIGHLIGHT}) { background-color: rgba(26, 115, 232, .3); text-decoration-line: underline; text-decoration-style: solid; text-decoration-thickness: 3px; text-decoration-color: #1a73e8; }`;

const forcedColorsCss = (scope: string) => `
@media (forced-colors: active) {
  ${scope}::highlight(${JUMP_HIGHLIGHT}) { background-color: Highlight; color: HighlightText; }
}`;

/**
 * The ::highlight() rules for a mode. `onRoot`: the rules are for the root element only, for a
 * browser where each element's highlight styles come from its parent's (highlight inheritance).
 * A rule for a pseudo-element of every element makes adopting the sheet, or replacing it for a
 * new mode, restyle every element of the page.
 */
export function paintedHighlightCss(mode: EmphasisMode, onRoot = false): string {
  const scope = onRoot ? ':root' : '';
  const rules = [
    ...rulesFor('claim', PAINTED_CLAIM_LOOKS, mode, scope),
    ...rulesFor('quote', PAINTED_QUOTE_LOOKS, mode, scope),
    jumpCss(scope),
  ];
  return `\n${rules.join('\n')}${forcedColorsCss(scope)}`;
}
