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

const source = (documentId: string, outlet: string, saidBy: string[] = []) => ({
  documentId,
  outlet,
  title: `${outlet} story`,
  date: '2021-11-01',
  language: 'en' as const,
  start: 0,
  end: 5,
  passage: 'words',
  similarity: 1,
  diff: [{ kind: 'same' as const, text: 'words' }],
  saidBy,
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
    expect(view.container.querySelector('.cp-said-by')).toBeNull();
    expect(view.container.querySelector('[data-misattributed]')).toBeNull();
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

  it('says who each source credits with the words', () => {
    const data: QuoteView = {
      quote: 'words',
      verdict: 'verbatim',
      similarity: 1,
      speakerName: 'Ben McConaghy',
      sources: [source('a', 'Reuters', ['Ben McConaghy']), source('b', 'ZDNet', ['George Chen', 'Aidos Sarym'])],
    };
    const { view } = renderPopover(data);
    expect(view.container.querySelector('h2')!.textContent).toBe('Verbatim in 2 sources');
    expect([...view.container.querySelectorAll('.cp-said-by')].map((p) => p.textContent)).toEqual([
      'Said by: Ben McConaghy',
      'Said by: George Chen and Aidos Sarym',
    ]);
  });

  it('leads with a misattribution, keeping the verdict', () => {
    const data: QuoteView = {
      quote: 'The government issued its own statement, independent of Facebook',
      verdict: 'verbatim',
      similarity: 1,
      speakerName: 'Aida Balaeva',
      sources: [source('denial', 'Reuters', ['Ben McConaghy'])],
      misattributed: { pageSpeaker: 'Aida Balaeva', sourceSpeakers: ['Ben McConaghy'] },
    };
    const { view } = renderPopover(data);
    const dialog = view.container.querySelector<HTMLElement>('[role="dialog"]')!;
    const heading = 'Verbatim in 1 source — but the source attributes these words to Ben McConaghy, not Aida Balaeva';
    expect(accessibleName(dialog)).toBe(heading);
    expect(dialog.dataset.verdict).toBe('verbatim');
    expect(dialog.dataset.misattributed).toBe('true');
    expect(view.container.querySelector('.cp-said-by')!.textContent).toBe('Said by: Ben McConaghy');
    view.unmount();
    const { view: altered } = renderPopover({
      ...variantView(),
      speakerName: 'Aida Balaeva',
      misattributed: { pageSpeaker: 'Aida Balaeva', sourceSpeakers: ['Ben McConaghy', 'George Chen'] },
      sources: [...variantView().sources, source('b', 'ZDNet', ['George Chen'])],
    });
    expect(altered.container.querySelector('h2')!.textContent).toBe(
      'Altered: closest source passage differs — but the sources attribute these words to Ben McConaghy and George Chen, not Aida Balaeva',
    );
  });
});
