// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPopoverHost, type PopoverHost } from './popover-host.ts';
import { UI_ATTRIBUTE } from './ui-marker.ts';

let host: PopoverHost;
let anchor: HTMLButtonElement;
let outside: HTMLParagraphElement;

const content = (onClose = () => host.hide()) => (
  <section role="dialog" aria-label="Test popover" tabIndex={-1}>
    <p>Inside</p>
    <button type="button" aria-label="Close" onClick={onClose}>
      ×
    </button>
  </section>
);
const dialog = () => host.host.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
const pointerDown = (target: EventTarget) =>
  target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));

beforeEach(() => {
  document.body.innerHTML = '<p id="outside">Page text</p><button id="anchor" type="button">anchor</button>';
  anchor = document.querySelector('#anchor')!;
  outside = document.querySelector('#outside')!;
  // happy-dom's events are all untrusted; drop-untrusted.test.ts tests the default.
  host = createPopoverHost(document, () => true);
});
afterEach(() => host.destroy());

describe('createPopoverHost', () => {
  it('adds nothing to the page until shown', () => {
    expect(document.querySelector(`[${UI_ATTRIBUTE}]`)).toBeNull();
    expect(host.isOpen()).toBe(false);
  });

  it('renders into an open shadow root on a fixed, topmost host, with the popover CSS', () => {
    host.show(anchor, content());
    expect(host.host.parentNode).toBe(document.documentElement);
    expect(host.host.getAttribute(UI_ATTRIBUTE)).toBe('popover');
    expect(host.host.shadowRoot).not.toBeNull();
    expect(dialog()!.textContent).toContain('Inside');
    expect(document.body.textContent).not.toContain('Inside'); // Not in the light DOM.
    expect(host.host.style.getPropertyValue('--cp-top')).toMatch(/^\d+(\.\d+)?px$/);
    const sheets = host.host.shadowRoot!.adoptedStyleSheets?.length ?? 0;
    const styles = host.host.shadowRoot!.querySelectorAll('style').length;
    expect(sheets + styles).toBe(1);
    expect(host.isOpen()).toBe(true);
  });

  it('moves focus into the dialog on open', () => {
    anchor.focus();
    host.show(anchor, content());
    expect(document.activeElement).toBe(host.host);
    expect(host.host.shadowRoot!.activeElement).toBe(dialog());
  });

  it('closes on Escape and gives focus back to the anchor', () => {
    anchor.focus();
    host.show(anchor, content());
    dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(host.isOpen()).toBe(false);
    expect(dialog()).toBeNull();
    expect(host.host.isConnected).toBe(false);
    expect(document.activeElement).toBe(anchor);
  });

  it("closes on an Escape pressed in the page's own field without taking its focus", () => {
    const field = document.createElement('input');
    document.body.append(field);
    host.show(anchor, content());
    field.focus();
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(host.isOpen()).toBe(false);
    expect(document.activeElement).toBe(field);
  });

  it('closes on a pointerdown outside the popover and its anchor, not inside either', () => {
    host.show(anchor, content());
    pointerDown(dialog()!.querySelector('p')!);
    pointerDown(anchor);
    expect(host.isOpen()).toBe(true);
    pointerDown(outside);
    expect(host.isOpen()).toBe(false);
    expect(dialog()).toBeNull();
  });

  it('closes on hide(), e.g. from the close button, returning focus to the anchor', () => {
    host.show(anchor, content());
    host.host.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    expect(host.isOpen()).toBe(false);
    expect(document.activeElement).toBe(anchor);
  });

  it('closes on reposition() once its anchor has left the page, and stays open while it is there', () => {
    host.show(anchor, content());
    host.reposition();
    expect(host.isOpen()).toBe(true);
    anchor.remove();
    host.reposition();
    expect(host.isOpen()).toBe(false);
    expect(host.host.isConnected).toBe(false);
  });

  it('accepts a rectangle as the anchor and replaces the content on a second show', () => {
    host.show(new DOMRect(10, 20, 30, 10), content());
    host.show(
      anchor,
      <div role="dialog" aria-label="Second">
        Second
      </div>,
    );
    expect(dialog()!.textContent).toBe('Second');
    expect(host.host.shadowRoot!.querySelectorAll('[role="dialog"]')).toHaveLength(1);
  });

  it('leaves the document as it was after destroy(), listeners included', () => {
    const before = document.documentElement.outerHTML;
    host.show(anchor, content());
    expect(document.documentElement.outerHTML).not.toBe(before);
    host.destroy();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(host.isOpen()).toBe(false);
    // A later Escape or click must not throw or re-add anything.
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    pointerDown(outside);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('removes every listener it added', () => {
    const targets = [document, window];
    const spies = targets.flatMap((target) => [
      vi.spyOn(target, 'addEventListener'),
      vi.spyOn(target, 'removeEventListener'),
    ]);
    host.show(anchor, content());
    host.destroy();
    const calls = (index: number) => spies[index]!.mock.calls.map(([type, listener]) => [type, listener]);
    expect(calls(0).length + calls(2).length).toBeGreaterThan(0);
    expect(calls(1)).toEqual(calls(0));
    expect(calls(3)).toEqual(calls(2));
    spies.forEach((spy) => spy.mockRestore());
  });
});
