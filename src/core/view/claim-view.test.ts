import { describe, expect, it } from 'vitest';
import { createCorpus } from '../corpus/corpus.ts';
import { validatePack } from '../corpus/validate-pack.ts';
import { claimView, claimViewStatement } from './claim-view.ts';
import { MINI_PACK } from './mini-pack.fixture.ts';

const corpus = createCorpus([MINI_PACK]);

describe('claimView', () => {
  it('uses a fixture that is itself a valid pack', () => {
    expect(validatePack(MINI_PACK)).toMatchObject({ ok: true });
  });

  it('splits statements by stance and resolves speaker, outlet and date', () => {
    const view = claimView(corpus, 'exclusive-access')!;
    expect(view.status).toBe('disputed');
    expect(view.summary).toBe('Facebook gave Kazakhstan exclusive access');
    expect(view.supports.map((s) => s.statementId)).toEqual(['ministry-exclusive']);
    expect(view.contradicts.map((s) => s.statementId)).toEqual(['meta-not-exclusive']);
    expect(view.context.map((s) => s.statementId)).toEqual(['balaeva-hong-kong']);
    expect(view.contradicts[0]).toEqual({
      statementId: 'meta-not-exclusive',
      stance: 'contradicts',
      why: 'Meta denies exclusivity.',
      speakerId: 'ben-mcconaghy',
      speakerName: 'Ben McConaghy',
      speakerRole: 'Spokesman',
      organisation: 'Meta',
      outlet: 'Reuters',
      documentId: 'reuters',
      documentTitle: 'Meta denies exclusive deal',
      documentLanguage: 'en',
      date: '2021-11-02',
      kind: 'direct-quote',
      quote: 'This is not an exclusive agreement,',
      alsoAttributedTo: [],
      relaysFrom: [],
      countedWithOrigin: false,
      claimSummary: 'Facebook gave Kazakhstan exclusive access',
    });
  });

  it('says whose text a relay passes on, and whether it is counted with it', () => {
    const relay = { ...MINI_PACK.statements[2]!, relays: ['ministry-exclusive'] };
    const withRelay = (stance: 'supports' | 'context') =>
      createCorpus([
        {
          ...MINI_PACK,
          statements: [MINI_PACK.statements[0]!, MINI_PACK.statements[1]!, relay],
          claims: [
            {
              ...MINI_PACK.claims[0]!,
              statements: MINI_PACK.claims[0]!.statements.map((link) =>
                link.statement === relay.id ? { ...link, stance } : link,
              ),
            },
          ],
        },
      ]);
    const supporting = claimView(withRelay('supports'), 'exclusive-access')!.supports[1]!;
    expect(supporting).toMatchObject({ relaysFrom: ['Kazinform'], countedWithOrigin: true });
    // A relay linked another way than what it relays is its own evidence there.
    const context = claimView(withRelay('context'), 'exclusive-access')!.context[0]!;
    expect(context).toMatchObject({ relaysFrom: ['Kazinform'], countedWithOrigin: false });
  });

  it("renders the pack's own texts in the reader's language where the pack has them, and keeps the quotes", () => {
    const claim = {
      ...MINI_PACK.claims[0]!,
      translations: { ru: { summary: 'Facebook дал Казахстану эксклюзивный доступ' } },
    };
    const links = claim.statements.map((link, i) =>
      i === 0 ? { ...link, translations: { ru: { why: 'Министерство объявило об этом.' } } } : link,
    );
    const other = createCorpus([{ ...MINI_PACK, claims: [{ ...claim, statements: links }] }]);
    const ru = claimView(other, 'exclusive-access', 'ru')!;
    expect(ru.summary).toBe('Facebook дал Казахстану эксклюзивный доступ');
    expect(ru.supports[0]).toMatchObject({
      why: 'Министерство объявило об этом.',
      quote: 'direct and exclusive access',
    });
    // No Russian rendering: the English stands.
    expect(ru.contradicts[0]!.why).toBe('Meta denies exclusivity.');
    expect(claimView(other, 'exclusive-access', 'kk')!.summary).toBe('Facebook gave Kazakhstan exclusive access');
  });

  it('names every speaker the source attributes the words to', () => {
    const shared = { ...MINI_PACK.statements[0]!, alsoAttributedTo: ['ben-mcconaghy'] };
    const other = createCorpus([{ ...MINI_PACK, statements: [shared, ...MINI_PACK.statements.slice(1)] }]);
    expect(claimView(other, 'exclusive-access')!.supports[0]!.alsoAttributedTo).toEqual(['Ben McConaghy']);
  });

  it('keeps a month-only date month-only', () => {
    expect(claimView(corpus, 'exclusive-access')!.context[0]!.date).toBe('2021-11');
  });

  it('orders the timeline by date and marks events sharing a statement', () => {
    expect(claimView(corpus, 'exclusive-access')!.timeline).toEqual([
      { date: '2021-10-28', summary: 'Training for ministry staff', linked: false },
      { date: '2021-11-01', summary: 'Ministry announces access', linked: true },
    ]);
  });

  it('derives the status from the stances', () => {
    const claim = MINI_PACK.claims[0]!;
    const onlySupport = { ...claim, statements: claim.statements.filter((s) => s.stance !== 'contradicts') };
    const other = createCorpus([{ ...MINI_PACK, claims: [onlySupport] }]);
    expect(claimView(other, 'exclusive-access')!.status).toBe('supported');
  });

  it('returns null for an unknown claim', () => {
    expect(claimView(corpus, 'no-such-claim')).toBeNull();
  });

  describe('claimViewStatement', () => {
    it('takes the stance and why from the claim that links the statement', () => {
      const view = claimViewStatement(corpus, 'meta-not-exclusive')!;
      expect([view.stance, view.why, view.claimSummary]).toEqual([
        'contradicts',
        'Meta denies exclusivity.',
        'Facebook gave Kazakhstan exclusive access',
      ]);
    });

    it('shows an unlinked statement as context without a why, and null for an unknown one', () => {
      const loose = { ...MINI_PACK.claims[0]!, statements: MINI_PACK.claims[0]!.statements.slice(0, 1) };
      const other = createCorpus([{ ...MINI_PACK, claims: [loose] }]);
      const view = claimViewStatement(other, 'meta-not-exclusive')!;
      expect([view.speakerName, view.stance, view.why, view.claimSummary]).toEqual([
        'Ben McConaghy',
        'context',
        '',
        undefined,
      ]);
      expect(claimViewStatement(corpus, 'nope')).toBeNull();
    });
  });
});
