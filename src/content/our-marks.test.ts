// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isOurMark, ourMarkData, ourMarkOnPath, registerMark } from './our-marks.ts';

describe('our marks', () => {
  it('knows a mark by reference, not by its attributes', () => {
    const ours = document.createElement('mark');
    const forged = document.createElement('mark');
    forged.setAttribute('data-counterpoint', 'highlight');
    forged.dataset.claim = 'exclusive-access';
    registerMark(ours, { 'data-claim': 'joint-statement' });
    ours.dataset.claim = 'rewritten-by-the-page';
    expect(isOurMark(ours)).toBe(true);
    expect(isOurMark(forged)).toBe(false);
    expect(ourMarkData(ours)).toEqual({ 'data-claim': 'joint-statement' });
    expect(ourMarkData(forged)).toBeUndefined();
  });

  it('finds our mark on an event path, through an open shadow root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const mark = document.createElement('mark');
    const inner = document.createElement('b');
    mark.append(inner);
    host.attachShadow({ mode: 'open' }).append(mark);
    registerMark(mark, {});
    let found: HTMLElement | null = null;
    document.addEventListener('click', (event) => (found = ourMarkOnPath(event)), { once: true });
    inner.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(found).toBe(mark);
    host.remove();
  });
});
