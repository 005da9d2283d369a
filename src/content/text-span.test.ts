// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { currentText, liveRange, spanHolds, spanReads, type TextSpan } from './text-span.ts';

afterEach(() => document.body.replaceChildren());

// Fixtures are our own constants, never page text.
function spanOver(text: string, words: string): TextSpan {
  const node = document.createTextNode(text);
  document.body.append(node);
  const from = text.indexOf(words);
  return { node, from, to: from + words.length };
}

describe('text spans', () => {
  it('read the text the page has now, and nothing once the node has left or lost those characters', () => {
    const span = spanOver('Meta denied a joint statement.', 'joint statement');
    expect(currentText(span)).toBe('joint statement');
    // Static: text added before it shifts the words, not the span (the scanner paints anew).
    span.node.insertData(0, 'Yes, ');
    expect(currentText(span)).toBe('ed a joint stat');
    span.node.data = 'Short.';
    expect(currentText(span)).toBeNull();
    span.node.data = 'Meta denied a joint statement.';
    span.node.remove();
    expect(currentText(span)).toBeNull();
  });

  it('read as their text exactly when currentText gives it, through every change', () => {
    const span = spanOver('Meta denied a joint statement.', 'joint statement');
    const agrees = () => {
      for (const text of ['joint statement', 'joint', 'joint statement.', 'ed a joint stat', ''])
        expect(spanReads(span, text)).toBe(currentText(span) === text);
    };
    agrees();
    span.node.insertData(0, 'Yes, ');
    agrees();
    span.node.data = 'Short.';
    agrees();
    span.node.data = 'Meta denied a joint statement.';
    span.node.remove();
    agrees();
  });

  it('hold a caret position in their node between their offsets, ends included', () => {
    const span = spanOver('a joint statement', 'joint');
    const other = document.createTextNode('joint');
    expect([1, 2, 7, 8].map((offset) => spanHolds(span, span.node, offset))).toEqual([false, true, true, false]);
    expect(spanHolds(span, other, 3)).toBe(false);
    expect(spanHolds(span, document.body, 0)).toBe(false);
  });

  it('make a live Range over the same characters when the layout is needed', () => {
    const span = spanOver('a joint statement', 'statement');
    const range = liveRange(span);
    expect([range.startContainer, range.startOffset, range.endOffset]).toEqual([span.node, 8, 17]);
    expect(range.toString()).toBe('statement');
    span.node.data = 'a joint';
    expect(liveRange(span).toString()).toBe(''); // Never past the node's end, which would throw.
  });
});
