// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimPopover } from './ClaimPopover.tsx';
import type { CitationActions } from './CopyCitation.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { CLAIM_VIEW, aboutReport, variantView } from './fixtures.test-data.ts';
import { PopupView } from './PopupView.tsx';
import { QuotePopover } from './QuotePopover.tsx';
import { ReviewerSettings } from './ReviewerSettings.tsx';
import { renderInto, type Rendered } from './test-render.ts';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function citations(copy: CitationActions['copy']): CitationActions {
  return {
    statement: (s) => ({ plain: `plain ${s.statementId}`, markdown: `md ${s.statementId}` }),
    source: (s) => ({ plain: `plain ${s.documentId}`, markdown: `md ${s.documentId}` }),
    copy,
  };
}

describe('Copy citation', () => {
  it('copies a statement’s citation as a line or as Markdown and says so in a live region', async () => {
    const copy = vi.fn(() => Promise.resolve());
    view = renderInto(
      <ClaimPopover view={CLAIM_VIEW} onOpenSource={vi.fn()} onClose={vi.fn()} citations={citations(copy)} />,
    );
    const first = CLAIM_VIEW.contradicts[0]!;
    const buttons = view.buttons(`Copy citation (${first.speakerName}, ${first.outlet})`);
    expect(buttons.length).toBeGreaterThan(0);
    buttons[0]!.click();
    await settle();
    expect(copy).toHaveBeenCalledWith(`plain ${first.statementId}`, buttons[0]);
    const status = buttons[0]!.closest('.cp-copy-citation')!.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Copied');
    view.buttons(`Copy as Markdown (${first.speakerName}, ${first.outlet})`)[0]!.click();
    await settle();
    expect(copy).toHaveBeenLastCalledWith(`md ${first.statementId}`, expect.anything());
    expect(status.textContent).toBe('Copied as Markdown');
  });

  it('says when the browser refused, and offers a citation per quote-check source', async () => {
    const copy = vi.fn(() => Promise.reject(new Error('the browser refused to copy')));
    view = renderInto(
      <QuotePopover view={variantView()} onOpenSource={vi.fn()} onClose={vi.fn()} citations={citations(copy)} />,
    );
    view.button('Copy citation (').click();
    await settle();
    expect(copy).toHaveBeenCalledWith('plain reuters', expect.anything());
    expect(view.container.querySelector('.cp-copied')!.textContent).toBe('Copy failed: the browser refused to copy');
  });

  it('is absent where no citation actions are given (the popovers render as before)', () => {
    view = renderInto(<ClaimPopover view={CLAIM_VIEW} onOpenSource={vi.fn()} onClose={vi.fn()} />);
    expect(view.buttons('Copy citation')).toHaveLength(0);
  });
});

describe('Export panel', () => {
  it('offers download and copy for three formats and announces the outcome', async () => {
    const onExport = vi.fn((format: string, how: string) => Promise.resolve(`${how} ${format} done`));
    view = renderInto(
      <ExportPanel reviewer={{ organisation: '', name: '' }} onExport={onExport} onOpenOptions={vi.fn()} />,
    );
    for (const label of ['Markdown report', 'Web Annotations', 'ClaimReview drafts']) {
      expect(view.buttons(`Download ${label}`)).toHaveLength(1);
      expect(view.buttons(`Copy ${label}`)).toHaveLength(1);
    }
    view.button('Download Web Annotations').click();
    await settle();
    expect(onExport).toHaveBeenCalledWith('annotations', 'download');
    const status = view.container.querySelector('.cp-export-status')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('download annotations done');
    expect(view.text()).toMatch(/Before publishing, fill in \(6\).*organisation.*url: /);
    expect(view.buttons('Set your organisation')).toHaveLength(1);
  });

  it('appears in the popup only on a page about the story with findings', () => {
    const exporter = { reviewer: { organisation: 'Desk', name: 'Me' }, onExport: vi.fn(), onOpenOptions: vi.fn() };
    const actions = { onToggleSite: vi.fn(), onFocusClaim: vi.fn(), onOpenPacks: vi.fn() };
    view = renderInto(<PopupView report={aboutReport()} actions={actions} exporter={exporter} />);
    expect(view.text()).toContain('Export findings');
    expect(view.buttons('Set your organisation')).toHaveLength(0);
    view.unmount();
    view = renderInto(
      <PopupView
        report={aboutReport({ about: false, claims: [], quotes: [] })}
        actions={actions}
        exporter={exporter}
      />,
    );
    expect(view.text()).not.toContain('Export findings');
  });
});

describe('Reviewer settings', () => {
  it('saves what was typed and confirms it', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    view = renderInto(<ReviewerSettings initial={{ organisation: '', name: '' }} onSave={onSave} />);
    const input = view.container.querySelector<HTMLInputElement>('input[name="organisation"]')!;
    input.value = 'Factcheck Desk';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    view.button('Save reviewer').click();
    await settle();
    expect(onSave).toHaveBeenCalledWith({ organisation: 'Factcheck Desk', name: '' });
    const status = view.container.querySelector('.cp-reviewer-status')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Saved');
  });
});
