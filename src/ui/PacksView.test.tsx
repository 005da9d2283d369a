// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PacksView, type PackRow } from './PacksView.tsx';
import { renderInto, type Rendered } from './test-render.ts';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const ROWS: PackRow[] = [
  {
    id: 'built-in',
    title: 'Built-in story',
    description: 'The shipped pack.',
    builtIn: true,
    documents: 5,
    statements: 71,
    claims: 24,
  },
  {
    id: 'mine',
    title: 'My story',
    description: 'An imported pack.',
    builtIn: false,
    documents: 1,
    statements: 2,
    claims: 1,
  },
];

describe('PacksView', () => {
  it('lists the packs; only imported ones can be exported and removed, removal after a confirmation', async () => {
    const actions = { onImport: vi.fn(), onRemove: vi.fn(), onExport: vi.fn() };
    view = renderInto(<PacksView packs={ROWS} outcome={null} actions={actions} />);
    expect(view.text()).toContain('5 documents · 71 statements · 24 claims · built in');
    expect(view.buttons('Remove').map((button) => button.getAttribute('aria-label'))).toEqual(['Remove My story']);
    view.button('Export My story as the file it was imported from').click();
    expect(actions.onExport).toHaveBeenCalledExactlyOnceWith('mine');
    view.button('Remove My story').click();
    await new Promise((done) => setTimeout(done, 50)); // Preact runs effects after the next frame.
    expect(actions.onRemove).not.toHaveBeenCalled();
    const group = view.container.querySelector('[role="group"]')!;
    expect(group.textContent).toContain('Remove “My story”? Pages about its story will no longer be recognised.');
    // The question is asked in the page, with the answer that removes focused first.
    expect(document.activeElement?.textContent).toBe('Yes, remove it');
    view.button('Cancel').click();
    await new Promise((done) => setTimeout(done, 0));
    expect(view.container.querySelector('[role="group"]')).toBeNull();
    view.button('Remove My story').click();
    await new Promise((done) => setTimeout(done, 0));
    view.button('Yes, remove it').click();
    expect(actions.onRemove).toHaveBeenCalledExactlyOnceWith('mine');
  });

  it('lists at most the problems it was given and says how many more there are', () => {
    const problems = Array.from({ length: 100 }, (_, i) => ({
      path: `topic.groups[0].terms[${i}]`,
      message: 'expected non-empty text',
    }));
    view = renderInto(
      <PacksView
        packs={ROWS}
        outcome={{ ok: false, fileName: 'many.json', problems, more: 49_900 }}
        actions={{ onImport: vi.fn(), onRemove: vi.fn(), onExport: vi.fn() }}
      />,
    );
    const alert = view.container.querySelector('[role="alert"]')!;
    expect(alert.querySelectorAll('li')).toHaveLength(100);
    expect(alert.textContent).toContain('“many.json” was not imported: 50,000 problems.');
    expect(alert.textContent).toContain('…and 49,900 more problems, not listed.');
  });

  it('shows every problem of a refused pack by JSON path, as an alert', () => {
    const problems = [
      { path: 'claims[0].statements[1].stance', message: 'expected one of supports|contradicts|context' },
      { path: '', message: 'not valid JSON' },
    ];
    view = renderInto(
      <PacksView
        packs={ROWS}
        outcome={{ ok: false, fileName: 'bad.json', problems }}
        actions={{ onImport: vi.fn(), onRemove: vi.fn(), onExport: vi.fn() }}
      />,
    );
    const alert = view.container.querySelector('[role="alert"]')!;
    expect(alert.querySelector('p')!.textContent).toBe(
      '“bad.json” was not imported: 2 problems. The packs above are unchanged.',
    );
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'claims[0].statements[1].stance: expected one of supports|contradicts|context',
      '(whole file): not valid JSON',
    ]);
  });

  it('confirms an import', () => {
    view = renderInto(
      <PacksView
        packs={ROWS}
        outcome={{ ok: true, title: 'My story' }}
        actions={{ onImport: vi.fn(), onRemove: vi.fn(), onExport: vi.fn() }}
      />,
    );
    expect(view.container.querySelector('[role="status"]')!.textContent).toBe('Imported “My story”.');
  });
});
