// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageReport } from '../core/view/page-report.ts';
import { aboutReport } from './fixtures.test-data.ts';
import { PopupView } from './PopupView.tsx';
import { accessibleName, renderInto, type Rendered } from './test-render.ts';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const LABELS = { platform: 'Facebook', country: 'Kazakhstan', crs: 'the Content Reporting System' };

function renderPopup(report: PageReport | null, error?: string) {
  const actions = { onToggleSite: vi.fn(), onFocusClaim: vi.fn(), onOpenPacks: vi.fn() };
  view = renderInto(<PopupView report={report} error={error} actions={actions} topicLabels={LABELS} />);
  return { view, actions };
}

describe('PopupView', () => {
  it('explains why a page is about the story and lists its claims and quotes', () => {
    const { view } = renderPopup(aboutReport());
    expect(view.container.querySelector('h1')!.textContent).toBe('Counterpoint');
    expect(view.text()).toContain('About the story');
    expect(view.container.querySelector('.cp-evidence')!.textContent).toBe(
      'Mentions Facebook and Kazakhstan (title, text); the Content Reporting System (text).',
    );
    const claim = view.button('Facebook gave Kazakhstan exclusive access');
    expect(claim.textContent).toBe(
      'Facebook gave Kazakhstan exclusive accessDisputed 2 support · 1 contradict · 3 mentions',
    );
    expect(view.button('The statement was joint').textContent).toContain('0 support · 2 contradict · 1 context');
    const quote = view.container.querySelector('.cp-quote-row')!;
    expect(quote.querySelector('q')!.textContent!.endsWith('…')).toBe(true);
    expect(quote.querySelector('q')!.textContent!.length).toBeLessThanOrEqual(90);
    expect(quote.textContent).toContain('Verbatim');
    expect(quote.textContent).toContain('Reuters, The Globe and Mail');
  });

  it('opens the story packs from its footer', () => {
    const { view, actions } = renderPopup(null);
    view.button('Story packs').click();
    expect(actions.onOpenPacks).toHaveBeenCalledOnce();
  });

  it('calls onFocusClaim with the claim whose button is pressed', () => {
    const { view, actions } = renderPopup(aboutReport());
    view.button('The statement was joint').click();
    expect(actions.onFocusClaim).toHaveBeenCalledExactlyOnceWith('joint-statement');
  });

  it('has a labelled switch for the site that calls onToggleSite(false)', () => {
    const { view, actions } = renderPopup(aboutReport());
    const toggle = view.button('On for news.example') as HTMLInputElement;
    expect(toggle.type).toBe('checkbox');
    expect(toggle.getAttribute('role')).toBe('switch');
    expect(toggle.checked).toBe(true);
    toggle.click();
    expect(actions.onToggleSite).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('says plainly when a page is not about the story, with what little was found', () => {
    const report = aboutReport({
      about: false,
      claims: [],
      quotes: [],
      evidence: [{ group: 'platform', term: 'Facebook', part: 'body', count: 2 }],
    });
    const { view } = renderPopup(report);
    expect(view.text()).toContain("This page isn't about the Facebook–Kazakhstan content-reporting story.");
    expect(view.container.querySelector('.cp-evidence')!.textContent).toBe('Mentions only Facebook (text).');
    expect(view.text()).not.toContain('Claims on this page');
  });

  it('says when the reasons for the verdict could not be worked out, rather than that none were found', () => {
    const report = aboutReport({ about: false, claims: [], quotes: [], evidence: [], evidenceMissing: true });
    const { view } = renderPopup(report);
    expect(view.text()).toContain("This page isn't about the Facebook–Kazakhstan content-reporting story.");
    expect(view.text()).toContain("Counterpoint could not work out which of the story's terms appear on it.");
    expect(view.text()).not.toContain("None of the story's terms appear on it.");
  });

  it('says it cannot read the page when there is no report, with the error', () => {
    const { view } = renderPopup(null, 'Could not establish connection.');
    const status = view.container.querySelector('[role="status"]')!;
    expect([...status.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      "Counterpoint can't read this page",
      'Could not establish connection.',
    ]);
    // No site switch: only the way to the story packs.
    expect(view.buttons(/./).map(accessibleName)).toEqual(['Story packs…']);
  });

  it('says it is off for a disabled site and hides the lists; the switch turns it back on', () => {
    const { view, actions } = renderPopup(aboutReport({ enabled: false }));
    expect(view.text()).toContain('Counterpoint is off for news.example');
    expect(view.text()).not.toContain('Claims on this page');
    expect(view.text()).not.toContain('Quotes checked');
    const toggle = view.button('On for news.example') as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    toggle.click();
    expect(actions.onToggleSite).toHaveBeenCalledExactlyOnceWith(true);
  });

  it('gives every control an accessible name', () => {
    const { view } = renderPopup(aboutReport());
    for (const control of view.container.querySelectorAll('button, input, a, summary')) {
      expect(accessibleName(control), control.outerHTML).not.toBe('');
    }
  });
});
