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
  it('lists the packs; only imported ones can be removed', () => {
    const actions = { onImport: vi.fn(), onRemove: vi.fn() };
    view = renderInto(<PacksView packs={ROWS} outcome={null} actions={actions} />);
    expect(view.text()).toContain('5 documents · 71 statements · 24 claims · built in');
    expect(view.buttons('Remove').map((button) => button.getAttribute('aria-label'))).toEqual(['Remove My story']);
    view.button('Remove My story').click();
    expect(actions.onRemove).toHaveBeenCalledExactlyOnceWith('mine');
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
        actions={{ onImport: vi.fn(), onRemove: vi.fn() }}
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
        actions={{ onImport: vi.fn(), onRemove: vi.fn() }}
      />,
    );
    expect(view.container.querySelector('[role="status"]')!.textContent).toBe('Imported “My story”.');
  });
});
