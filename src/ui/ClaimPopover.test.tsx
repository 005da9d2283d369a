// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimPopover } from './ClaimPopover.tsx';
import { CLAIM_VIEW } from './fixtures.test-data.ts';
import { accessibleName, renderInto, type Rendered } from './test-render.ts';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

function renderPopover() {
  const onOpenSource = vi.fn();
  const onClose = vi.fn();
  view = renderInto(<ClaimPopover view={CLAIM_VIEW} onOpenSource={onOpenSource} onClose={onClose} />);
  return { view, onOpenSource, onClose };
}

const section = (root: HTMLElement, heading: string) =>
  [...root.querySelectorAll('[role="dialog"] > section')].find((s) =>
    s.querySelector('h3')?.textContent?.startsWith(heading),
  );

describe('ClaimPopover', () => {
  it('is a dialog named by the claim summary, with a worded status badge', () => {
    const { view } = renderPopover();
    const dialog = view.container.querySelector('[role="dialog"]')!;
    expect(accessibleName(dialog)).toBe('Facebook gave Kazakhstan exclusive access');
    expect(dialog.getAttribute('tabindex')).toBe('-1');
    expect(view.container.querySelector('.cp-badge')!.textContent).toBe('Disputed');
  });

  it('lists each statement under its stance with quote, speaker, outlet, date and why', () => {
    const { view } = renderPopover();
    const supports = section(view.container, 'Supports')!;
    const contradicts = section(view.container, 'Contradicts')!;
    expect(supports.querySelectorAll('li')).toHaveLength(1);
    expect(supports.textContent).toContain('“direct and exclusive access”');
    expect(supports.textContent).toContain('Ministry of Information, Press service, Government of Kazakhstan');
    // A reported statement is the outlet's wording, and says so.
    expect(supports.textContent).toContain("Kazinform's report of what was said, in its words · 1 Nov 2021");
    const item = contradicts.querySelector('li')!;
    expect(item.querySelector('blockquote')!.textContent).toBe('“This is not an exclusive agreement,”');
    expect(item.textContent).toContain('Ben McConaghy, Spokesman, Meta');
    expect(item.textContent).toContain('Quoted in Reuters · 2 Nov 2021');
    expect(item.textContent).toContain('Meta denies exclusivity.');
  });

  it('puts context statements in a collapsed disclosure', () => {
    const { view } = renderPopover();
    const details = view.container.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('Context (1)');
    expect(details.textContent).toContain('Aida Balaeva');
    expect(details.textContent).toContain('Nov 2021'); // Month-only date, no invented day.
  });

  it('opens the source of the statement whose button is pressed', () => {
    const { view, onOpenSource } = renderPopover();
    expect(view.buttons('Read in context')).toHaveLength(3);
    view.button('Read in context (Ben McConaghy').click();
    expect(onOpenSource).toHaveBeenCalledExactlyOnceWith('reuters', 'meta-not-exclusive');
  });

  it('emphasises timeline events linked to the claim', () => {
    const { view } = renderPopover();
    const events = [...view.container.querySelectorAll('.cp-timeline li')];
    expect(events.map((li) => li.querySelector('strong') !== null)).toEqual([false, true]);
    expect(events[1]!.textContent).toBe('1 Nov 2021 Related to this claim: Ministry announces access');
  });

  it('closes from the button named "Close"', () => {
    const { view, onClose } = renderPopover();
    view.button(/^Close$/).click();
    expect(onClose).toHaveBeenCalledOnce();
  });
});
