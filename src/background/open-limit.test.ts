import { describe, expect, it } from 'vitest';
import { createOpenLimit } from './open-limit.ts';

describe('createOpenLimit', () => {
  it('allows one reader tab per tab per interval', () => {
    let now = 0;
    const limit = createOpenLimit(1000, () => now);
    expect(limit.allow(1)).toBe(true);
    expect(limit.allow(1)).toBe(false);
    expect(limit.allow(2)).toBe(true);
    now = 999;
    expect(limit.allow(1)).toBe(false);
    now = 1000;
    expect(limit.allow(1)).toBe(true);
  });
});
