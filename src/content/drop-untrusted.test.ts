// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ACTING_EVENTS, dropUntrustedEvents } from './drop-untrusted.ts';
import { readerJustActed } from './user-activation.ts';

describe('dropUntrustedEvents', () => {
  it("stops a page script's click and keys before our button's handler, by default", () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    const handler = vi.fn();
    button.addEventListener('click', handler);
    button.addEventListener('keydown', handler);
    shadow.append(button);
    const stop = dropUntrustedEvents(shadow, (event) => event.isTrusted);
    button.click();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(handler).not.toHaveBeenCalled();
    stop();
    button.click();
    expect(handler).toHaveBeenCalledTimes(1);
    host.remove();
  });

  it('lets trusted events through', () => {
    const root = document.createElement('div');
    const handler = vi.fn();
    root.addEventListener('click', handler);
    dropUntrustedEvents(root, () => true);
    root.click();
    expect(handler).toHaveBeenCalledTimes(1);
    expect(ACTING_EVENTS).toContain('click');
  });
});

describe('readerJustActed', () => {
  it('follows navigator.userActivation, and trusts the event check where the API is missing', () => {
    expect(readerJustActed({ userActivation: { isActive: false } } as unknown as Navigator)).toBe(false);
    expect(readerJustActed({ userActivation: { isActive: true } } as unknown as Navigator)).toBe(true);
    expect(readerJustActed({} as Navigator)).toBe(true);
  });
});
