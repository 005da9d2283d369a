// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { StatementItem } from './StatementItem.tsx';
import { CLAIM_VIEW } from './fixtures.test-data.ts';
import { renderInto, type Rendered } from './test-render.ts';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const base = CLAIM_VIEW.supports[0]!;
const renderItem = (overrides: Partial<typeof base>) => {
  view = renderInto(
    <ul>
      <StatementItem statement={{ ...base, ...overrides }} onOpenSource={() => {}} />
    </ul>,
  );
  return view;
};

describe('StatementItem', () => {
  it('says nothing of shared attribution or relays for a statement that has neither', () => {
    const text = renderItem({}).text();
    expect(text).not.toContain('Attributed by the source');
    expect(text).not.toContain('Passes on');
  });

  it('shows every speaker the source attributes the words to', () => {
    const text = renderItem({ alsoAttributedTo: ['Meta Platforms (Facebook)'] }).text();
    expect(text).toContain('Attributed by the source to both Ministry of Information and Meta Platforms (Facebook)');
  });

  it('says whose text a relay passes on, and that it is counted once with it', () => {
    expect(renderItem({ relaysFrom: ['Kazinform'], countedWithOrigin: true }).text()).toContain(
      'Passes on the text published by Kazinform; counted once with it',
    );
    view?.unmount();
    const alone = renderItem({ relaysFrom: ['Kazinform'], countedWithOrigin: false }).text();
    expect(alone).toContain('Passes on the text published by Kazinform');
    expect(alone).not.toContain('counted once');
  });
});
