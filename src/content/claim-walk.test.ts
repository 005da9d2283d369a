// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attachClaimWalk, compare, step, type WalkStop } from './claim-walk.ts';

// Fixtures are our own constants, never page text.
function fixture(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

function paintStop(node: Node, offset: number, index: number): WalkStop {
  return { kind: 'paint', span: { node: node as Text, from: offset, to: offset + 1 }, index };
}

afterEach(() => document.body.replaceChildren());

describe('the walk order', () => {
  it('orders marks and painted ranges by where they start in the document, ranges in one node by offset', () => {
    const root = fixture('<p>alpha beta</p><p><mark>gamma</mark></p><p>delta</p>');
    const [first, , last] = [...root.querySelectorAll('p')];
    const text = first!.firstChild!;
    const stops: WalkStop[] = [
      paintStop(last!.firstChild!, 0, 2),
      { kind: 'mark', element: root.querySelector('mark')! },
      paintStop(text, 6, 1),
      paintStop(text, 0, 0),
    ];
    const sorted = [...stops].sort(compare);
    expect(sorted.map((stop) => (stop.kind === 'mark' ? 'mark' : stop.index))).toEqual([0, 1, 'mark', 2]);
  });

  it('steps forward and back from a stop, wraps at the ends, and starts at an end with no stop yet', () => {
    const root = fixture('<p>one two three</p>');
    const text = root.querySelector('p')!.firstChild!;
    const stops = [paintStop(text, 0, 0), paintStop(text, 4, 1), paintStop(text, 8, 2)];
    expect(step(stops, null, true)).toBe(stops[0]);
    expect(step(stops, null, false)).toBe(stops[2]);
    expect(step(stops, stops[0]!, true)).toBe(stops[1]);
    expect(step(stops, stops[2]!, true)).toBe(stops[0]);
    expect(step(stops, stops[0]!, false)).toBe(stops[2]);
    // A stop from an earlier scan (not in the list) still has a place in the document.
    expect(step(stops, paintStop(text, 5, 9), true)).toBe(stops[2]);
  });
});

describe('attachClaimWalk', () => {
  it('ignores keys a page script dispatches: only the reader moves the walk', () => {
    const root = fixture('<p>one two</p>');
    const go = vi.fn();
    const walk = attachClaimWalk(document, {
      stops: () => [paintStop(root.querySelector('p')!.firstChild!, 0, 0)],
      go,
    });
    const keys = { code: 'KeyJ', key: 'J', altKey: true, shiftKey: true, bubbles: true, cancelable: true };
    const event = new KeyboardEvent('keydown', keys);
    document.body.dispatchEvent(event); // Untrusted, as any event a script makes (the e2e test has real keys).
    expect(go).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(false);
    walk.destroy();
  });
});
