import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  delete (globalThis as { counterpointPageState?: unknown }).counterpointPageState;
  vi.resetModules();
});

describe('pageState', () => {
  it('is one object for every copy of the module: stage 1 (a classic script) and stage 2 (modules) each have one', async () => {
    const stage1 = await import('./page-state.ts');
    stage1.pageState.storyPack = 'kazakhstan-facebook-crs';
    vi.resetModules();
    const stage2 = await import('./page-state.ts');
    expect(stage2).not.toBe(stage1); // Two copies of the module...
    expect(stage2.pageState).toBe(stage1.pageState); // ...one state.
    expect(stage2.pageState.storyPack).toBe('kazakhstan-facebook-crs');
  });
});
