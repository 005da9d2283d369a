import { describe, expect, it } from 'vitest';
import { MAX_PAGE_TEXT } from '../core/scan-limits.ts';
import { PARTS_KEPT_MS, senderKey, TextParts } from './text-parts.ts';

const TAB = senderKey(7);

describe('the parts of a long page text', () => {
  it('are joined in order, however they came, with the request’s own last part', () => {
    const parts = new TextParts();
    expect(parts.add(TAB, 'scan-1', 1, 'Facebook gave ')).toBe(true);
    expect(parts.add(TAB, 'scan-1', 0, 'Kazakhstan said ')).toBe(true);
    expect(parts.take(TAB, 'scan-1', 2, 'it access.')).toBe('Kazakhstan said Facebook gave it access.');
    // Taken once: a second request finds nothing.
    expect(parts.take(TAB, 'scan-1', 2, 'it access.')).toBeNull();
  });

  it('are missing when one was lost or sent twice, or the request counts others', () => {
    const parts = new TextParts();
    parts.add(TAB, 'scan-1', 1, 'second'); // The first never came (the worker restarted).
    expect(parts.take(TAB, 'scan-1', 2, 'last')).toBeNull();
    parts.add(TAB, 'scan-2', 0, 'first');
    parts.add(TAB, 'scan-2', 2, 'third');
    expect(parts.take(TAB, 'scan-2', 3, 'last')).toBeNull(); // A hole.
    parts.add(TAB, 'scan-3', 0, 'first');
    expect(parts.add(TAB, 'scan-3', 0, 'first')).toBe(false);
    expect(parts.take(TAB, 'scan-3', 1, 'last')).toBeNull(); // Dropped with the repeat.
    parts.add(TAB, 'scan-4', 0, 'first');
    expect(parts.take(TAB, 'scan-4', 2, 'last')).toBeNull();
  });

  it('of a new scan drop the unfinished one of the same frame, and no other frame’s', () => {
    const parts = new TextParts();
    const frame = senderKey(7, 3);
    parts.add(TAB, 'old', 0, 'stale ');
    parts.add(frame, 'framed', 0, 'framed ');
    parts.add(TAB, 'new', 0, 'fresh ');
    expect(parts.take(TAB, 'old', 1, 'end')).toBeNull();
    expect(parts.take(TAB, 'new', 1, 'end')).toBe('fresh end');
    expect(parts.take(frame, 'framed', 1, 'end')).toBe('framed end');
  });

  it('are forgotten when their tab closes or after a minute', () => {
    let clock = 0;
    const parts = new TextParts(() => clock);
    parts.add(TAB, 'scan-1', 0, 'a');
    parts.add(senderKey(8), 'scan-2', 0, 'b');
    parts.forgetTab(7);
    expect(parts.take(TAB, 'scan-1', 1, 'z')).toBeNull();
    clock = PARTS_KEPT_MS + 1;
    parts.add(senderKey(9), 'scan-3', 0, 'c'); // Any new part sweeps the stale ones.
    expect(parts.take(senderKey(8), 'scan-2', 1, 'z')).toBeNull();
    expect(parts.take(senderKey(9), 'scan-3', 1, 'z')).toBe('cz');
  });

  it('are refused past the longest page text the service takes', () => {
    const parts = new TextParts();
    const half = 'x'.repeat(MAX_PAGE_TEXT / 2);
    expect(parts.add(TAB, 'scan-1', 0, half)).toBe(true);
    expect(parts.add(TAB, 'scan-1', 1, half)).toBe(true);
    expect(parts.take(TAB, 'scan-1', 2, 'x')).toBeNull();
    parts.add(TAB, 'scan-2', 0, half);
    parts.add(TAB, 'scan-2', 1, half);
    expect(parts.add(TAB, 'scan-2', 2, 'x')).toBe(false);
  });
});
