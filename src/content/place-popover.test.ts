import { describe, expect, it } from 'vitest';
import { placePopover } from './place-popover.ts';

const viewport = { width: 1000, height: 800 };
const size = { width: 400, height: 300 };

describe('placePopover', () => {
  it('goes below the anchor when it fits', () => {
    expect(placePopover({ top: 100, bottom: 120, left: 50 }, size, viewport)).toEqual({
      top: 126,
      left: 50,
      maxHeight: 800 - 120 - 6 - 8,
      side: 'below',
    });
  });

  it('goes above when there is no room below and more above', () => {
    const placement = placePopover({ top: 700, bottom: 720, left: 50 }, size, viewport);
    expect(placement.side).toBe('above');
    expect(placement.top).toBe(700 - 6 - 300);
    expect(placement.top + 300).toBeLessThanOrEqual(700);
  });

  it('clamps to the viewport horizontally', () => {
    expect(placePopover({ top: 100, bottom: 120, left: 900 }, size, viewport).left).toBe(1000 - 8 - 400);
    expect(placePopover({ top: 100, bottom: 120, left: -40 }, size, viewport).left).toBe(8);
  });

  it('limits the height to the room on its side, so a tall popover scrolls', () => {
    const placement = placePopover({ top: 500, bottom: 520, left: 0 }, { width: 400, height: 2000 }, viewport);
    expect(placement.side).toBe('above');
    expect(placement.maxHeight).toBe(500 - 6 - 8);
    expect(placement.top).toBe(8);
  });

  it('stays inside a viewport smaller than the popover', () => {
    const placement = placePopover(
      { top: 50, bottom: 60, left: 10 },
      { width: 400, height: 300 },
      { width: 320, height: 200 },
    );
    expect(placement.left).toBe(8);
    expect(placement.top).toBeGreaterThanOrEqual(8);
    expect(placement.top + Math.min(300, placement.maxHeight)).toBeLessThanOrEqual(200);
  });
});
