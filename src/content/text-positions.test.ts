// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';
import { textContentLocator } from './text-positions.ts';

// Our own constant markup, never page text.
function page(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

const HTML =
  '<script>var skipped = "Kazakhstan";</script><h1>Facebook and Kazakhstan</h1>' +
  '<p>It granted <b>direct and exclusive</b> access, the ministry said.</p><p hidden>hidden exclusive access</p>';

describe('textContentLocator', () => {
  it('places extracted ranges in textContent, across inline markup and block breaks', () => {
    const root = page(HTML);
    const extracted = extractText(root);
    const locate = textContentLocator(
      root,
      extracted,
      extracted.segments.map((s) => s.node.data.length),
    );
    const from = extracted.text.indexOf('direct');
    const to = extracted.text.indexOf(' access') + ' access'.length;
    const quote = locate(from, to)!;
    expect(quote.exact).toBe('direct and exclusive access');
    expect(root.textContent!.slice(quote.start, quote.end)).toBe(quote.exact);
    expect(root.textContent!.slice(0, quote.start).endsWith(quote.prefix)).toBe(true);
    // A range across the heading/paragraph break has no "\n" in textContent.
    const across = locate(extracted.text.indexOf('Kazakhstan'), extracted.text.indexOf(' granted'))!;
    expect(across.exact).toBe('KazakhstanIt');
  });

  it('still places them after the page’s text nodes were split and wrapped (as highlighting does)', () => {
    const root = page(HTML);
    const extracted = extractText(root);
    const lengths = extracted.segments.map((s) => s.node.data.length);
    const text = root.querySelector('p')!.firstChild as Text;
    const rest = text.splitText(3); // "It " | "granted "
    const mark = document.createElement('mark');
    rest.replaceWith(mark);
    mark.append(rest);
    const locate = textContentLocator(root, extracted, lengths);
    const from = extracted.text.indexOf('the ministry');
    expect(locate(from, from + 'the ministry'.length)!.exact).toBe('the ministry');
  });

  it('refuses a range whose text the page has changed since', () => {
    const root = page(HTML);
    const extracted = extractText(root);
    const lengths = extracted.segments.map((s) => s.node.data.length);
    (root.querySelector('b')!.firstChild as Text).data = 'something else entirely';
    const locate = textContentLocator(root, extracted, lengths);
    const from = extracted.text.indexOf('direct');
    expect(locate(from, from + 'direct and exclusive'.length)).toBeNull();
  });
});
