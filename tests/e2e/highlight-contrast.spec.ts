/**
 * The highlights' own colours, read from the stylesheet the extension really
 * injects into a story page: every status and quote verdict the stylesheet
 * styles (whatever they are) gets a border or underline with at least 3:1
 * contrast against a white and a near-black page (WCAG 1.4.11, non-text
 * contrast), and no two are told apart by colour alone.
 */
import { expect, openArticle, test } from './extension.ts';

/** Page backgrounds the highlights must stand out on. */
const BACKGROUNDS = { white: '#ffffff', dark: '#121212' };

/** What the page's computed style says about one highlight's indicator line. */
interface Indicator {
  kind: 'claim' | 'quote';
  value: string;
  background: keyof typeof BACKGROUNDS;
  /** The line's colour, as getComputedStyle gives it (rgb or rgba). */
  color: string;
  /** Its non-colour look: line style and width. */
  shape: string;
  /** The page background composited under nothing: rgb(). */
  pageColor: string;
}

type Rgba = [number, number, number, number];

function parse(color: string): Rgba {
  const parts = /rgba?\(([^)]+)\)/
    .exec(color)?.[1]
    ?.split(/[ ,/]+/)
    .filter(Boolean)
    .map(Number);
  if (!parts || parts.length < 3) throw new Error(`unreadable colour ${color}`);
  return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of a (possibly translucent) colour over an opaque background. */
function contrast(color: string, background: string): number {
  const [r, g, b, a] = parse(color);
  const under = parse(background);
  const seen: Rgba = [r * a + under[0] * (1 - a), g * a + under[1] * (1 - a), b * a + under[2] * (1 - a), 1];
  const [light, dark] = [luminance(seen), luminance(under)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

test('every highlight style has 3:1 non-text contrast on light and dark pages, and its own line style', async ({
  context,
}) => {
  const page = await openArticle(context, 'kazinform.html');
  await expect(page.locator('mark[data-claim]').first()).toBeVisible();
  const indicators: Indicator[] = await page.evaluate((backgrounds) => {
    // The statuses and verdicts are whatever the injected stylesheet styles, so a new one is checked too.
    const sheet = [...document.querySelectorAll<HTMLStyleElement>('style[data-counterpoint]')].map(
      (style) => style.sheet!,
    );
    const selectors = sheet.flatMap((s) => [...s.cssRules]).map((rule) => (rule as CSSStyleRule).selectorText ?? '');
    const valuesOf = (attribute: string) => [
      ...new Set(
        selectors.flatMap((text) =>
          [...text.matchAll(new RegExp(`\\[${attribute}="([^"]+)"\\]`, 'g'))].map((m) => m[1]!),
        ),
      ),
    ];
    const found: Indicator[] = [];
    const kinds = [
      { kind: 'claim', className: 'counterpoint-claim', attribute: 'data-claim-status', extra: 'data-claim' },
      { kind: 'quote', className: 'counterpoint-quote', attribute: 'data-quote-verdict', extra: 'data-quote-index' },
    ] as const;
    for (const [name, color] of Object.entries(backgrounds)) {
      const box = document.body.appendChild(document.createElement('div'));
      box.style.background = color;
      for (const { kind, className, attribute, extra } of kinds) {
        for (const value of valuesOf(attribute)) {
          const mark = box.appendChild(document.createElement('mark'));
          mark.className = className;
          mark.setAttribute(attribute, value);
          mark.setAttribute(extra, 'probe');
          mark.textContent = 'probe';
          const style = getComputedStyle(mark);
          found.push(
            kind === 'claim'
              ? {
                  kind,
                  value,
                  background: name as 'white' | 'dark',
                  color: style.borderBottomColor,
                  shape: `${style.borderBottomStyle} ${style.borderBottomWidth}`,
                  pageColor: getComputedStyle(box).backgroundColor,
                }
              : {
                  kind,
                  value,
                  background: name as 'white' | 'dark',
                  color: style.textDecorationColor,
                  shape: `${style.textDecorationLine} ${style.textDecorationStyle}`,
                  pageColor: getComputedStyle(box).backgroundColor,
                },
          );
        }
      }
      box.remove();
    }
    return found;
  }, BACKGROUNDS);

  const values = (kind: string) => [...new Set(indicators.filter((i) => i.kind === kind).map((i) => i.value))];
  // The story's statuses and the three verdicts are styled at the least: the stylesheet was read.
  expect(values('claim')).toEqual(expect.arrayContaining(['disputed', 'supported', 'contradicted', 'context']));
  expect(values('quote')).toEqual(expect.arrayContaining(['verbatim', 'variant', 'not-found']));

  const tooFaint = indicators
    .map((i) => ({ ...i, ratio: contrast(i.color, i.pageColor) }))
    .filter((i) => i.ratio < 3)
    .map((i) => `${i.kind} ${i.value} on ${i.background}: ${i.ratio.toFixed(2)}:1 (${i.color})`);
  expect(tooFaint).toEqual([]);

  // Told apart without colour: each status (each verdict) has a line style of its own.
  for (const kind of ['claim', 'quote']) {
    const shapes = indicators.filter((i) => i.kind === kind && i.background === 'white').map((i) => i.shape);
    expect(new Set(shapes).size, `${kind} line styles: ${shapes.join(', ')}`).toBe(shapes.length);
  }
});
