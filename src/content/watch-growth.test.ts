// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchGrowth, type GrowthWatch } from './watch-growth.ts';

let watch: GrowthWatch | undefined;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  watch?.destroy();
  vi.useRealTimers();
  document.body.replaceChildren();
});

const paragraph = (chars: number) => Object.assign(document.createElement('p'), { textContent: 'x'.repeat(chars) });
// MutationObserver callbacks run as microtasks; let them, then let the quiet spell pass.
const settle = async (ms = 1500) => {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
};

describe('watchGrowth', () => {
  it('reports once when enough text arrived and things went quiet', async () => {
    const onGrowth = vi.fn();
    watch = watchGrowth(document.body, onGrowth);
    document.body.append(paragraph(150));
    await settle(500);
    document.body.append(paragraph(150));
    await settle(1000);
    expect(onGrowth).not.toHaveBeenCalled(); // Not quiet for 1.5 s since the last piece yet.
    await settle(600);
    expect(onGrowth).toHaveBeenCalledOnce();
  });

  it('ignores small additions and anything added while paused', async () => {
    const onGrowth = vi.fn();
    watch = watchGrowth(document.body, onGrowth);
    document.body.append(paragraph(100));
    watch.pause();
    document.body.append(paragraph(5000));
    watch.resume();
    await settle(3000);
    expect(onGrowth).not.toHaveBeenCalled();
  });

  it('stops after ten rescans of a page that never stops growing', async () => {
    const onGrowth = vi.fn();
    watch = watchGrowth(document.body, onGrowth);
    for (let i = 0; i < 15; i++) {
      document.body.append(paragraph(300));
      await settle(2000);
    }
    expect(onGrowth).toHaveBeenCalledTimes(10);
  });
});
