// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { liveRange, spanHolds, spanReads, type TextSpan } from './text-span.ts';

afterEach(() => document.body.replaceChildren());

// Fixtures are our own constants, never page text.
function spanOver(text: string, words: string): TextSpan {
  const node = document.createTextNode(text);
  document.body.append(node);
  const from = text.indexOf(words);
  return { node, from, to: from + words.length };
}

describe('text spans', () => {
  it('read as the text they were painted over only while the page still has it there', () => {
    const span = spanOver('Meta denied a joint statement.', 'joint statement');
    // Which of these the span reads as: exactly one while the text is in place, none once it is gone.
    const reads = () =>
      ['joint statement', 'joint', 'joint statement.', 'ed a joint stat', ''].filter((text) => spanReads(span, text));
    expect(reads()).toEqual(['joint statement']);
    // Static: text added before it shifts the words, not the span (the scanner paints anew).
    span.node.insertData(0, 'Yes, ');
    expect(reads()).toEqual(['ed a joint stat']);
    span.node.data = 'Short.';
    expect(reads()).toEqual([]);
    span.node.data = 'Meta denied a joint statement.';
    span.node.remove();
    expect(reads()).toEqual([]);
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
