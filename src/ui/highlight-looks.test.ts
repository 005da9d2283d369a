import { describe, expect, it } from 'vitest';
import { EMPHASIS_MODES } from '../core/view/emphasis.ts';
import { highlightPageCss } from './highlight-css.ts';
import { LOOKS, LOOKS_IN_MODE, QUIET_LINE_SHARE, type Look } from './highlight-looks.ts';

type Rgb = [number, number, number];
type Rgba = [number, number, number, number];

// The fixture pages' own colours (scripts/make-pages/layout.ts): the light theme and dark.html.
const PAGES: { name: string; background: Rgb; text: Rgb }[] = [
  { name: 'light', background: [0xfd, 0xfd, 0xfb], text: [0x1d, 0x1d, 0x1f] },
  { name: 'white', background: [255, 255, 255], text: [0, 0, 0] },
  { name: 'dark', background: [0x11, 0x11, 0x11], text: [0xe8, 0xe8, 0xe8] },
];

function parseRgba(css: string): Rgba {
  const match = /^rgba\((\d+), (\d+), (\d+), ([\d.]+)\)$/.exec(css);
  if (!match) throw new Error(`not an rgba() colour: ${css}`);
  return [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])];
}

const over = ([r, g, b, a]: Rgba, under: Rgb): Rgb => [
  r * a + under[0] * (1 - a),
  g * a + under[1] * (1 - a),
  b * a + under[2] * (1 - a),
];

// WCAG 2 relative luminance and contrast ratio.
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

// The quiet line is the text colour mixed with transparency: over the page, it is this share of the text colour.
const lineColour = (look: Look, page: (typeof PAGES)[number]): Rgb =>
  look === LOOKS.quiet
    ? over([...page.text, QUIET_LINE_SHARE], page.background)
    : over(parseRgba(look.color), page.background);

describe('highlight looks', () => {
  it.each(PAGES)('keep page text readable over every fill on a $name page (WCAG AA, 4.5:1)', (page) => {
    for (const look of Object.values(LOOKS)) {
      if (!look.fill) continue;
      expect(contrast(page.text, over(parseRgba(look.fill), page.background))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(PAGES)('draw every line visibly against a $name page (WCAG non-text contrast, 3:1)', (page) => {
    for (const [id, look] of Object.entries(LOOKS)) {
      expect({ id, ratio: contrast(lineColour(look, page), page.background) }).toEqual({
        id,
        ratio: expect.toSatisfy((ratio: number) => ratio >= 3),
      });
    }
  });

  it.each(EMPHASIS_MODES)('tell every look apart without colour in the %s mode (fill or not, line style)', (mode) => {
    const shapes = LOOKS_IN_MODE[mode].map((id) => `${LOOKS[id].fill ? 'fill' : 'no fill'} + ${LOOKS[id].line}`);
    expect(new Set(shapes).size).toBe(shapes.length);
  });

  it('keeps the quiet look quiet: no fill, the thinnest line', () => {
    expect(LOOKS.quiet.fill).toBeNull();
    for (const look of Object.values(LOOKS)) expect(LOOKS.quiet.width).toBeLessThanOrEqual(look.width);
  });
});

describe('highlightPageCss', () => {
  it('quiets only the quiet marks in the contested mode', () => {
    const css = highlightPageCss('contested');
    expect(css).toMatch(
      /mark\.counterpoint-claim\[data-claim\]\[data-emphasis="quiet"\] \{ background-color: transparent; border-bottom: 1px solid color-mix/,
    );
    expect(css).toMatch(
      /mark\.counterpoint-quote\[data-quote-verdict\]\[data-emphasis="quiet"\] \{[^}]*thickness: 1px/,
    );
    expect(css).not.toContain('[data-emphasis="notable"]');
  });

  it('styles everything in full in the all mode, and nothing in the none mode', () => {
    expect(highlightPageCss('all')).not.toContain('data-emphasis');
    const none = highlightPageCss('none');
    expect(none).toMatch(
      /\[data-emphasis\] \{\s*background-color: transparent; border-bottom: 0;[^}]*text-decoration: none/,
    );
    // A claim the popup jumps to still shows where it is.
    expect(none).toMatch(/\[data-jump-target\] \{ outline: 2px solid/);
  });

  it('is one stylesheet per mode, each balanced', () => {
    const sheets = EMPHASIS_MODES.map(highlightPageCss);
    expect(new Set(sheets).size).toBe(3);
    for (const css of sheets) expect(css.split('{').length).toBe(css.split('}').length);
  });
});
