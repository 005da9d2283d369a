// @vitest-environment happy-dom
/**
 * Guards the build-time work of issue #8: what the built-in pack determines
 * is compiled by the build (scripts/pack-plugin.ts), derived from the pack,
 * and the page only reads it. Stage 1 detects the topic without compiling the
 * lexicon; the background's scan service matches claims without parsing a
 * pattern and checks quotes without folding a document; a page showing a
 * popover places the statements without searching a document.
 */
import story from 'virtual:story-topic';
import detection from 'virtual:story-topic-detection';
import labels from 'virtual:story-topic-labels';
import claimTables from 'virtual:story-claims';
import locations from 'virtual:story-locations';
import folds from 'virtual:story-folds';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUILTIN_PACK, builtinCorpus } from '../../src/core/corpus/builtin-corpus.ts';
import { compileClaimTables } from '../../src/core/claims/claim-tables.ts';
import { createCorpus, statementLocations } from '../../src/core/corpus/corpus.ts';
import { foldForQuotes, foldedDocuments, foldsToShip } from '../../src/core/quotes/quote-fold.ts';
import { compileTopic } from '../../src/core/topic/compile-topic.ts';
import { samplePage } from '../../src/content/page-sample.ts';
import { PAGE_ANSWER_KEY } from '../../src/platform/page-answer.ts';
import { detectTopic } from '../../src/core/topic/detect-topic.ts';
import { topicNeedles } from '../../src/core/topic/topic-needles.ts';
import { compileTopicTables, loadTopicTables } from '../../src/core/topic/topic-tables.ts';

// Spies around the real compilers: the page must not call them for the built-in pack.
const { calls, counting } = vi.hoisted(() => {
  const calls = { compileTopic: 0, loadTopicTables: 0, parsePattern: 0, resolveQuote: 0, normalizeText: 0 };
  // The module `real` with its function `name` counted in `calls`.
  const counting = (real: Record<string, unknown>, name: keyof typeof calls) => {
    const original = real[name] as (...args: unknown[]) => unknown;
    return {
      ...real,
      [name]: (...args: unknown[]) => {
        calls[name] += 1;
        return original(...args);
      },
    };
  };
  return { calls, counting };
});
vi.mock('../../src/core/topic/compile-topic.ts', async (importOriginal) =>
  counting(await importOriginal(), 'compileTopic'),
);
vi.mock('../../src/core/topic/topic-tables.ts', async (importOriginal) =>
  counting(await importOriginal(), 'loadTopicTables'),
);
vi.mock('../../src/core/claims/pattern.ts', async (importOriginal) => counting(await importOriginal(), 'parsePattern'));
vi.mock('../../src/core/corpus/resolve-quote.ts', async (importOriginal) =>
  counting(await importOriginal(), 'resolveQuote'),
);
vi.mock('../../src/core/text/normalize.ts', async (importOriginal) =>
  counting(await importOriginal(), 'normalizeText'),
);

// The background's services reach the browser through the platform seam: their message listeners
// are kept here, and stage 1's (bare `chrome`, stubbed in its test) there.
const { backgroundListeners, contentListeners } = vi.hoisted(() => ({
  backgroundListeners: [] as ((message: unknown, sender: object) => unknown)[],
  contentListeners: [] as unknown[],
}));
vi.mock('../../src/platform/browser.ts', () => ({
  browser: {
    runtime: {
      id: 'counterpoint',
      sendMessage: async () => undefined,
      onMessage: {
        addListener: (listener: (typeof backgroundListeners)[number]) => backgroundListeners.push(listener),
      },
    },
  },
}));

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('the compiled pack the build ships', () => {
  it('is derived from the pack: the topic tables and the claim tables', () => {
    expect(story.packId).toBe(BUILTIN_PACK.id);
    // Stage 1 gets no labels: only what detection reads.
    const lexicon = {
      ...BUILTIN_PACK.topic,
      groups: BUILTIN_PACK.topic.groups.map(({ id, weight, terms }) => ({ id, weight, terms })),
    };
    expect(detection.topic).toEqual(lexicon);
    expect(labels.groups).toEqual(
      BUILTIN_PACK.topic.groups.map(({ id, label, translations }) => ({ id, label, translations })),
    );
    expect(detection.tables).toEqual(JSON.parse(JSON.stringify(compileTopicTables(BUILTIN_PACK.topic))));
    expect(loadTopicTables(detection.tables)).toEqual(compileTopic(BUILTIN_PACK.topic));
    expect(story.needles).toEqual(topicNeedles(lexicon));
    expect(story.needles).toHaveLength(BUILTIN_PACK.topic.required.length);
    expect(claimTables).toEqual(JSON.parse(JSON.stringify(compileClaimTables(BUILTIN_PACK.claims))));
    expect(claimTables.chains.length).toBeGreaterThan(BUILTIN_PACK.claims.length);
  });

  it('is derived from the pack: where each statement sits in its document', () => {
    expect(locations).toEqual(statementLocations(BUILTIN_PACK));
    for (const statement of BUILTIN_PACK.statements) {
      const location = locations[statement.id];
      const text = BUILTIN_PACK.documents.find((document) => document.id === statement.document)!.text;
      expect(location, statement.id).not.toBeNull();
      expect(text.slice(location!.start, location!.end).replace(/\s+/g, ' ')).toBe(
        statement.quote.exact.replace(/\s+/g, ' '),
      );
    }
  });
});

describe('a page', () => {
  it("runs stage 1 on the needles alone, and the background's detection on the shipped topic tables", async () => {
    const asked: string[] = [];
    vi.stubGlobal('chrome', {
      runtime: {
        id: 'counterpoint',
        onMessage: { addListener: (listener: unknown) => contentListeners.push(listener) },
        sendMessage: async (message: { method: string }) => {
          asked.push(message.method);
          for (const listener of backgroundListeners) {
            const answer = listener(message, { id: 'counterpoint' });
            if (answer !== undefined) return answer;
          }
        },
      },
      storage: { local: { get: async () => ({}) }, onChanged: { addListener: () => undefined } },
    });
    // The background's pack service, listening as in the worker: stage 1's messages reach it.
    const { listenForPackRequests } = await import('../../src/background/pack-service.ts');
    listenForPackRequests();
    // Our own constant: an off-topic page long enough to need no second look, naming one required group.
    const paragraph = document.createElement('p');
    paragraph.textContent = 'The city council met on Tuesday to discuss the bus routes on its Facebook page. '.repeat(
      60,
    );
    document.body.append(paragraph);
    calls.compileTopic = 0;
    calls.loadTopicTables = 0;
    const { pageState } = await import('../../src/content/page-state.ts');
    await import('../../src/content/stage1.ts');
    await vi.waitFor(() => expect(pageState.detection).not.toBeNull());
    expect(pageState.detection?.about).toBe(false);
    // No runtime listener on the page: the popup reaches the answer stage 1 left on its world's global.
    expect(contentListeners).toHaveLength(0);
    expect(typeof (globalThis as Record<string, unknown>)[PAGE_ANSWER_KEY]).toBe('function');
    expect(calls.compileTopic).toBe(0);
    // The page names Facebook but no word of the country group's needles: nothing was sent, no table read.
    expect(asked).toEqual([]);
    expect(calls.loadTopicTables).toBe(0);
    // The popup's "why not" is asked of the background, worked out with the shipped tables, the full verdict.
    const full = detectTopic(samplePage(document), BUILTIN_PACK.topic);
    expect(full.evidence.map(({ group, term, count }) => [group, term, count])).toEqual([
      ['platform', 'facebook*', 60],
    ]);
    calls.compileTopic = 0;
    const verdict = await pageState.detection!.result();
    expect(verdict.evidence).toEqual(full.evidence);
    expect(verdict.score).toBe(full.score);
    expect(asked).toEqual(['detectBuiltinTopic']);
    expect(calls.loadTopicTables).toBe(1);
    expect(calls.compileTopic).toBe(0);
  });

  it('loads its corpus for popovers with the shipped locations, searching no document', async () => {
    await import('../../src/content/story-corpus.ts');
    const { locateStatement } = await import('../../src/core/corpus/corpus.ts');
    calls.resolveQuote = 0;
    for (const statement of BUILTIN_PACK.statements) locateStatement(builtinCorpus(), statement);
    expect(calls.resolveQuote).toBe(0);
    // A pack the build did not see is searched, as before.
    const copy = { ...BUILTIN_PACK };
    expect(locateStatement(createCorpus([copy]), copy.statements[0]!)).toEqual(locations[copy.statements[0]!.id]);
    expect(calls.resolveQuote).toBe(1);
  });
});

describe("the background's scan service", () => {
  it('matches the built-in pack with the shipped claim tables, parsing no pattern', async () => {
    await import('../../src/background/scan-service.ts');
    const { findClaims } = await import('../../src/core/claims/find-claims.ts');
    calls.parsePattern = 0;
    const found = findClaims('Kazakhstan said it got direct and exclusive access.', builtinCorpus());
    expect(found.map((match) => match.claimId)).toContain('exclusive-access');
    expect(calls.parsePattern).toBe(0);
    // The seam works both ways: a pack without shipped tables is compiled, once.
    const { createCorpus } = await import('../../src/core/corpus/corpus.ts');
    findClaims('direct and exclusive access', createCorpus([{ ...BUILTIN_PACK }]));
    expect(calls.parsePattern).toBeGreaterThan(0);
  });

  it('checks quotes against the shipped folds of the built-in documents', async () => {
    expect(folds).toEqual(foldsToShip(BUILTIN_PACK));
    await import('../../src/background/scan-service.ts');
    calls.normalizeText = 0;
    const documents = foldedDocuments(createCorpus([BUILTIN_PACK]));
    expect(calls.normalizeText).toBe(0);
    expect(documents.map((document) => document.documentId)).toEqual(BUILTIN_PACK.documents.map(({ id }) => id));
    for (const [index, document] of BUILTIN_PACK.documents.entries())
      expect(documents[index]!.folded).toEqual(foldForQuotes(document.text));
  });
});
