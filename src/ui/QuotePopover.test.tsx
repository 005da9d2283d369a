// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QuoteView } from '../core/view/quote-view.ts';
import { variantView } from './fixtures.test-data.ts';
import { QuotePopover } from './QuotePopover.tsx';
import { accessibleName, renderInto, type Rendered } from './test-render.ts';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

function renderPopover(data: QuoteView) {
  const onOpenSource = vi.fn();
  view = renderInto(<QuotePopover view={data} onOpenSource={onOpenSource} onClose={() => {}} />);
  return { view, onOpenSource };
}

const source = (documentId: string, outlet: string) => ({
  documentId,
  outlet,
  title: `${outlet} story`,
  date: '2021-11-01',
  start: 0,
  end: 5,
  passage: 'words',
  similarity: 1,
  diff: [{ kind: 'same' as const, text: 'words' }],
});

describe('QuotePopover', () => {
  it('shows an altered quote as a word diff with <del> and <ins> and hidden labels', () => {
    const { view } = renderPopover(variantView());
    expect(accessibleName(view.container.querySelector('[role="dialog"]')!)).toBe(
      'Altered: closest source passage differs',
    );
    expect(view.text()).toContain('87% similar');
    const passage = view.container.querySelector('.cp-passage')!;
    expect([...passage.querySelectorAll('del')].map((el) => el.textContent)).toEqual([
      'removed: an',
      'removed: agreement',
    ]);
    expect([...passage.querySelectorAll('ins')].map((el) => el.textContent)).toEqual(['added: a', 'added: deal']);
    expect(passage.querySelector('del .cp-sr')!.textContent).toBe('removed: ');
    expect(passage.textContent).toBe('This is not removed: anadded: a exclusive removed: agreementadded: deal');
  });

  it('names the sources of a verbatim quote and opens the one asked for', () => {
    const data: QuoteView = {
      quote: 'words',
      verdict: 'verbatim',
      similarity: 1,
      sources: [source('a', 'Reuters'), source('b', 'ZDNet')],
    };
    const { view, onOpenSource } = renderPopover(data);
    expect(view.container.querySelector('h2')!.textContent).toBe('Verbatim in 2 sources');
    const items = [...view.container.querySelectorAll('.cp-source')];
    expect(items.map((li) => li.querySelector('.cp-source-title')!.textContent)).toEqual([
      'Reuters: Reuters story',
      'ZDNet: ZDNet story',
    ]);
    expect(items[0]!.querySelector('time')!.textContent).toBe('1 Nov 2021');
    expect(view.container.querySelector('del, ins')).toBeNull();
    view.button('(ZDNet)').click();
    expect(onOpenSource).toHaveBeenCalledExactlyOnceWith('b');
  });

  it('says a quote is not found, for the attributed speaker when known, without listing sources', () => {
    const data: QuoteView = {
      quote: 'words',
      verdict: 'not-found',
      similarity: 0.3,
      sources: [source('a', 'Reuters')],
    };
    expect(renderPopover(data).view.container.querySelector('h2')!.textContent).toBe('Not found in the sources');
    view!.unmount();
    const { view: named } = renderPopover({ ...data, speakerName: 'George Chen' });
    expect(named.container.querySelector('h2')!.textContent).toBe('Not found in the sources for George Chen');
    expect(named.buttons('Read in context')).toHaveLength(0);
  });
});
