// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EmphasisMode } from '../core/view/emphasis.ts';
import { EmphasisDefault } from './EmphasisDefault.tsx';
import { aboutReport } from './fixtures.test-data.ts';
import { PopupEmphasis } from './PopupEmphasis.tsx';
import { PopupView } from './PopupView.tsx';
import { accessibleName, renderInto, type Rendered } from './test-render.ts';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const radios = (root: HTMLElement) => [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const legendRows = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('.cp-legend-rows li')];

function renderSection(mode: EmphasisMode, defaultMode: EmphasisMode = 'contested') {
  const onChange = vi.fn();
  const onOpenDefault = vi.fn();
  view = renderInto(
    <PopupEmphasis
      host="news.example"
      mode={mode}
      defaultMode={defaultMode}
      onChange={onChange}
      onOpenDefault={onOpenDefault}
    />,
  );
  return { view, onChange, onOpenDefault };
}

describe('PopupEmphasis', () => {
  it('offers the three modes for the site, with the current one checked and the default tagged', () => {
    const { view } = renderSection('all', 'contested');
    expect(view.container.querySelector('legend')!.textContent).toBe('Highlights on news.example');
    expect(radios(view.container).map((radio) => [accessibleName(radio).split('(default)')[0], radio.checked])).toEqual(
      [
        [expect.stringMatching(/^Contested only $/), false],
        [expect.stringMatching(/^All claims/), true],
        [expect.stringMatching(/^None in the page/), false],
      ],
    );
    expect(accessibleName(radios(view.container)[0]!)).toContain('Contested only (default)');
  });

  it('describes the chosen mode under the row of options', () => {
    const { view } = renderSection('none');
    const chosen = radios(view.container).find((radio) => radio.checked)!;
    const hint = view.container.querySelector(`#${chosen.getAttribute('aria-describedby')}`)!;
    expect(hint.textContent).toBe('The page stays as it is; the popup still lists everything.');
  });

  it('asks for the mode the reader picks, and opens the options page for the default', () => {
    const { view, onChange, onOpenDefault } = renderSection('contested');
    radios(view.container)[2]!.click();
    expect(onChange).toHaveBeenCalledExactlyOnceWith('none');
    view.button('Default for every site').click();
    expect(onOpenDefault).toHaveBeenCalledOnce();
  });

  it('explains in words every style the page shows in the contested mode, quiet included', () => {
    const { view } = renderSection('contested');
    const rows = legendRows(view.container);
    expect(rows.map((row) => row.dataset.look)).toEqual([
      'claim-disputed',
      'claim-contradicted',
      'quote-variant',
      'quote-not-found',
      'quote-misattributed',
      'quiet',
    ]);
    expect(rows[0]!.textContent).toContain('Disputed claim: the sources disagree (fill, dashed line)');
    expect(rows[5]!.textContent).toContain('faint thin line, no fill');
    // The swatch is drawn, and hidden from screen readers: the words say the same.
    expect(rows[0]!.querySelector('.cp-swatch')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('lists every status in the all mode, and says nothing is marked in the none mode', () => {
    const all = renderSection('all').view;
    expect(legendRows(all.container).map((row) => row.dataset.look)).toContain('claim-supported');
    expect(all.text()).not.toContain('Nothing to question');
    all.unmount();
    const none = renderSection('none').view;
    expect(legendRows(none.container)).toHaveLength(0);
    expect(none.text()).toContain('Nothing is marked in the page');
  });
});

describe('PopupView with a highlight mode', () => {
  const emphasis = {
    mode: 'contested' as const,
    defaultMode: 'contested' as const,
    onChange: vi.fn(),
    onOpenDefault: vi.fn(),
  };
  const actions = { onToggleSite: vi.fn(), onFocusClaim: vi.fn(), onOpenPacks: vi.fn() };

  it('shows the mode and legend on a page about the story, and still lists every claim in "none"', () => {
    view = renderInto(<PopupView report={aboutReport()} actions={actions} emphasis={{ ...emphasis, mode: 'none' }} />);
    expect(view.container.querySelector('.cp-emphasis')).not.toBeNull();
    expect(view.buttons(/./).filter((button) => button.dataset.claim)).toHaveLength(aboutReport().claims.length);
  });

  it('leaves the section out where nothing is highlighted', () => {
    view = renderInto(<PopupView report={aboutReport({ enabled: false })} actions={actions} emphasis={emphasis} />);
    expect(view.container.querySelector('.cp-emphasis')).toBeNull();
  });
});

describe('EmphasisDefault', () => {
  it('sets the default from the options page and says when it is saved', () => {
    const onChange = vi.fn();
    view = renderInto(<EmphasisDefault mode="contested" saved={false} onChange={onChange} />);
    expect(view.container.querySelector('[aria-live="polite"]')!.textContent).toBe('');
    radios(view.container)[1]!.click();
    expect(onChange).toHaveBeenCalledExactlyOnceWith('all');
    view.unmount();
    view = renderInto(<EmphasisDefault mode="all" saved onChange={onChange} />);
    expect(radios(view.container)[1]!.checked).toBe(true);
    expect(view.text()).toContain('Saved.');
  });
});
