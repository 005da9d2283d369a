/**
 * Splits a source document into paragraphs without losing offsets, so a
 * highlight given in original document offsets can be drawn exactly.
 */

/** A paragraph as a range of the original text (leading and trailing whitespace excluded). */
export interface Paragraph {
  start: number;
  end: number;
}

/** A piece of a paragraph, highlighted or not; `start` is its offset in the document. */
export interface Segment {
  start: number;
  text: string;
  marked: boolean;
}

/** Paragraph ranges of `text`, split on blank lines (a line holding only whitespace counts as blank). */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const breaks = /\n[^\S\n]*\n\s*/g;
  let from = 0;
  const push = (start: number, end: number) => {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const trail = slice.length - slice.trimEnd().length;
    if (start + lead < end - trail) paragraphs.push({ start: start + lead, end: end - trail });
  };
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return paragraphs;
}

/** Cuts a paragraph into before / highlighted / after pieces (only the non-empty ones). */
export function segmentParagraph(
  text: string,
  paragraph: Paragraph,
  highlight?: { start: number; end: number },
): Segment[] {
  const from = Math.max(paragraph.start, highlight?.start ?? Infinity);
  const to = Math.min(paragraph.end, highlight?.end ?? -Infinity);
  const cuts: [number, number, boolean][] =
    from < to
      ? [
          [paragraph.start, from, false],
          [from, to, true],
          [to, paragraph.end, false],
        ]
      : [[paragraph.start, paragraph.end, false]];
  return cuts
    .filter(([start, end]) => start < end)
    .map(([start, end, marked]) => ({ start, text: text.slice(start, end), marked }));
}
