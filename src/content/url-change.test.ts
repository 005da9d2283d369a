// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onUrlChange } from './url-change.ts';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  history.replaceState({}, '', '/');
});

// happy-dom has no Navigation API: this is the fallback that Firefox without it takes.
describe('onUrlChange without the Navigation API', () => {
  it('notices pushState after a click, a new title, and popstate, once per URL', async () => {
    expect('navigation' in globalThis).toBe(false);
    const seen: string[] = [];
    stop = onUrlChange((url) => seen.push(new URL(url).search));
    document.body.addEventListener('click', () => history.pushState({}, '', '?page=1'));
    document.body.click();
    await vi.waitFor(() => expect(seen).toEqual(['?page=1']));

    history.pushState({}, '', '?page=2'); // Pushed later, with the new page's title.
    document.title = 'Page two';
    await vi.waitFor(() => expect(seen).toEqual(['?page=1', '?page=2']));

    history.replaceState({}, '', '?page=3');
    dispatchEvent(new PopStateEvent('popstate'));
    dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => expect(seen).toEqual(['?page=1', '?page=2', '?page=3']));
  });

  it('stops listening', async () => {
    const onChange = vi.fn();
    onUrlChange(onChange)();
    history.pushState({}, '', '?page=4');
    dispatchEvent(new PopStateEvent('popstate'));
    document.title = 'Another';
    await new Promise((done) => setTimeout(done, 350));
    expect(onChange).not.toHaveBeenCalled();
  });
});
