// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cancelsClickDefault } from './click-default.ts';

function markIn(html: string): Element {
  document.body.innerHTML = html; // Test markup only, no page text.
  return document.querySelector('mark')!;
}

describe('cancelsClickDefault', () => {
  it('cancels only where the page would leave: a link', () => {
    expect(cancelsClickDefault(markIn('<p><a href="/x">a <mark>claim</mark></a></p>'))).toBe(true);
    expect(cancelsClickDefault(markIn('<details><summary><mark>claim</mark></summary></details>'))).toBe(false);
    expect(cancelsClickDefault(markIn('<label><input type="checkbox"> <mark>claim</mark></label>'))).toBe(false);
    expect(cancelsClickDefault(markIn('<p><mark>claim</mark></p>'))).toBe(false);
    expect(cancelsClickDefault(markIn('<a name="anchor"><mark>claim</mark></a>'))).toBe(false);
  });

  it('a link inside a summary is still a link', () => {
    expect(cancelsClickDefault(markIn('<details><summary><a href="/x"><mark>c</mark></a></summary></details>'))).toBe(
      true,
    );
  });
});
