import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_WAIT_MS, stylesheetsReady } from './stylesheets-ready.ts';

afterEach(() => {
  vi.useRealTimers();
});

// A stylesheet link as the browser has it: `sheet` is null until the sheet has loaded.
function link(loaded: boolean, media = '', rel = 'stylesheet'): HTMLLinkElement {
  const relList = new Set(rel.split(' '));
  return Object.assign(new EventTarget(), {
    sheet: loaded ? {} : null,
    disabled: false,
    media,
    relList: { contains: (token: string) => relList.has(token) },
  }) as unknown as HTMLLinkElement;
}

function page(readyState: DocumentReadyState, links: HTMLLinkElement[]): { doc: Document; window: EventTarget } {
  const window = Object.assign(new EventTarget(), { matchMedia: (media: string) => ({ matches: media !== 'print' }) });
  const doc = { readyState, querySelectorAll: () => links, defaultView: window } as unknown as Document;
  return { doc, window };
}

// Whether `promise` has settled once pending callbacks have run.
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

describe('stylesheetsReady', () => {
  it('does not wait on a loaded page, or when every sheet has arrived', async () => {
    expect(await settled(stylesheetsReady(page('complete', [link(false)]).doc))).toBe(true);
    expect(await settled(stylesheetsReady(page('interactive', [link(true)]).doc))).toBe(true);
  });

  it('waits for each sheet still loading, whether it loads or fails', async () => {
    const [first, second] = [link(false), link(false)];
    const ready = stylesheetsReady(page('interactive', [first, second, link(true)]).doc);
    expect(await settled(ready)).toBe(false);
    first.dispatchEvent(new Event('load'));
    expect(await settled(ready)).toBe(false);
    second.dispatchEvent(new Event('error'));
    expect(await settled(ready)).toBe(true);
  });

  it("waits no longer than the window's load, and not for a sheet of another medium", async () => {
    const { doc, window } = page('interactive', [link(false)]);
    const ready = stylesheetsReady(doc);
    expect(await settled(ready)).toBe(false);
    window.dispatchEvent(new Event('load'));
    expect(await settled(ready)).toBe(true);
    expect(await settled(stylesheetsReady(page('interactive', [link(false, 'print')]).doc))).toBe(true);
  });

  it('does not wait for an alternate stylesheet, which is not applied', async () => {
    expect(await settled(stylesheetsReady(page('interactive', [link(false, '', 'alternate stylesheet')]).doc))).toBe(
      true,
    );
  });

  it('gives up after MAX_WAIT_MS on a sheet that never arrives (nor the window load it holds back)', async () => {
    vi.useFakeTimers();
    let done = false;
    void stylesheetsReady(page('interactive', [link(false)]).doc).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
