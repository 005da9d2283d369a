import { describe, expect, it } from 'vitest';
import { expandOffline } from '../../../tests/support/jsonld-offline.ts';
import { builtinCorpus } from '../corpus/builtin-corpus.ts';
import { scanText } from '../scan-text.ts';
import { summarizeClaims } from '../view/page-summary.ts';
import { buildFindings } from './build-findings.ts';
import { formatCitation } from './cite-format.ts';
import { exportAnnotations } from './export-annotations.ts';
import { claimReviewTodo, exportClaimReviews, FILL_IN_ORGANISATION } from './export-claimreview.ts';
import { diffMarkdown, exportMarkdown } from './export-markdown.ts';
import type { Citation, PageFindings } from './page-findings.ts';
import { pageQuote } from './page-quote.ts';

const corpus = builtinCorpus();
const denial = corpus.documents.get('meta-denial-2021-11-02')!;
// A page made of a source's own words plus one altered quote, so every kind of finding occurs.
const PAGE_TEXT = `${denial.text}\n\nMcConaghy said: "We follow a consistent global process to assess claims – regardless of any government."`;

function findings(): PageFindings {
  return buildFindings({
    page: {
      url: 'https://news.example/kazakhstan-facebook',
      title: 'Facebook and Kazakhstan',
      checkedAt: '2026-11-29T21:00:00.000Z',
    },
    corpus,
    scan: scanText(PAGE_TEXT, corpus),
    locate: (start, end) => pageQuote(PAGE_TEXT, start, end),
  });
}

const squash = (text: string) => text.replace(/[\s“”"‘’']+/g, ' ').trim();

/** Every citation in the findings. */
function citations(result: PageFindings): Citation[] {
  return [
    ...result.claims.flatMap((claim) => claim.statements.map((statement) => statement.citation)),
    ...result.quotes.flatMap((quote) => quote.sources.map((source) => source.citation)),
  ];
}

function documentFor(citation: Citation) {
  return [...corpus.documents.values()].find((doc) => doc.title === citation.title && doc.outlet === citation.outlet);
}

describe('page findings', () => {
  it('finds claims with their highlights and every kind of quote verdict', () => {
    const result = findings();
    expect(result.claims.map((claim) => claim.id)).toEqual(
      expect.arrayContaining(['exclusive-access', 'meta-denies-exclusive-access', 'joint-statement']),
    );
    for (const claim of result.claims) {
      expect(claim.highlights.length).toBeGreaterThan(0);
      for (const h of claim.highlights) expect(PAGE_TEXT.slice(h.start, h.end)).toBe(h.exact);
    }
    expect(result.quotes.map((quote) => quote.verdict)).toEqual(expect.arrayContaining(['verbatim', 'variant']));
    expect(result.story?.id).toBe('kazakhstan-facebook-crs');
  });

  it('cites the sources’ exact words, found verbatim in the pack documents', () => {
    const all = citations(findings());
    expect(all.length).toBeGreaterThan(20);
    for (const citation of all) {
      const doc = documentFor(citation);
      expect(doc, citation.title).toBeDefined();
      expect(squash(doc!.text)).toContain(squash(citation.words));
    }
  });

  it('names the claim’s authors from the statements in their own voice, with shared attributions', () => {
    const exclusive = findings().claims.find((claim) => claim.id === 'exclusive-access')!;
    // Reuters: "…, the sides said in a joint statement" names Meta with the government.
    expect(exclusive.authors.map((author) => author.name)).toEqual([
      'Ministry of Information and Social Development of the Republic of Kazakhstan',
      'Government of Kazakhstan',
      'Meta Platforms (Facebook)',
    ]);
    const shared = exclusive.statements.find((statement) => statement.citation.words.includes('the sides said'))!;
    expect(shared.citation.speakers.map((speaker) => speaker.name)).toEqual([
      'Government of Kazakhstan',
      'Meta Platforms (Facebook)',
    ]);
    expect(formatCitation(shared.citation).plain).toMatch(
      /^Government of Kazakhstan \(.*\) and Meta Platforms \(Facebook\) \(.*\), quoted in The Globe and Mail/,
    );
  });
});

describe('statement counts', () => {
  it('counts statements as the popup does, a relay once with its origin, and says what a relay passes on', () => {
    const result = findings();
    const popup = summarizeClaims(scanText(PAGE_TEXT, corpus), corpus);
    for (const claim of result.claims) {
      const shown = popup.find((entry) => entry.id === claim.id)!;
      expect(claim.counts).toEqual({
        supports: shown.supports,
        contradicts: shown.contradicts,
        context: shown.context,
      });
    }
    expect(result.claims.some((claim) => claim.statements.some((statement) => statement.relaysFrom))).toBe(true);
    expect(exportMarkdown(result)).toContain('  - Passes on the text published by ');
  });
});

describe('citations', () => {
  const base: Citation = {
    speakers: [{ name: 'Ben McConaghy', role: 'Meta spokesman', organisation: 'Meta Platforms' }],
    kind: 'direct-quote',
    outlet: 'Example News',
    title: 'A [bracketed] title',
    published: '2021-11',
    said: '2021-11-02',
    words: 'This is *not* an exclusive_agreement',
  };

  it('says who, where, when, the words, and the URL when the document has one', () => {
    const { plain, markdown } = formatCitation({ ...base, url: 'https://example.org/a' });
    expect(plain).toBe(
      'Ben McConaghy (Meta spokesman, Meta Platforms), quoted in Example News, 2 November 2021: “This is *not* an exclusive_agreement” Source: https://example.org/a',
    );
    expect(markdown).toContain('“This is \\*not\\* an exclusive\\_agreement”');
    expect(markdown).toContain('[A \\[bracketed\\] title](<https://example.org/a>)');
  });

  it('names title and outlet when there is no URL, and never gives reported words to the speaker', () => {
    const { plain } = formatCitation({ ...base, kind: 'reported-statement' });
    expect(plain).toMatch(/^Example News, reporting Ben McConaghy .*, 2 November 2021: /);
    expect(plain).toContain('Source: "A [bracketed] title", Example News, November 2021 (no URL in the source)');
  });
});

describe('Markdown report', () => {
  it('has the page, each claim with status and highlighted words, and each quote with its verdict', () => {
    const markdown = exportMarkdown(findings());
    expect(markdown).toMatch(/^# Counterpoint report: Facebook and Kazakhstan\n/);
    expect(markdown).toContain('- Page: <https://news.example/kazakhstan-facebook>');
    expect(markdown).toContain('- Checked: 2026-11-29T21:00:00.000Z');
    expect(markdown).toMatch(
      /### \d+\. Facebook gave the Kazakh government direct and exclusive access .*\n\n\*\*Status: Disputed\*\*/,
    );
    expect(markdown).toContain('On the page: “exclusive access”');
    expect(markdown).toMatch(/### \d+\. Altered \(\d+% similar to the closest source passage\)/);
    expect(markdown).toContain('  - Difference: ');
  });

  it('quotes every statement and passage in the sources’ exact words', () => {
    const result = findings();
    const unescaped = exportMarkdown(result).replace(/\\([\\`*_[\]<>~])/g, '$1');
    for (const citation of citations(result)) expect(squash(unescaped)).toContain(squash(citation.words));
  });

  it('marks a word diff with ~~source only~~ and **page only**, markers hugging the words', () => {
    expect(
      diffMarkdown([
        { kind: 'same', text: 'This is not ' },
        { kind: 'removed', text: 'an ' },
        { kind: 'added', text: 'a ' },
        { kind: 'same', text: 'exclusive deal' },
      ]),
    ).toBe('This is not ~~an~~ **a** exclusive deal');
  });
});

describe('Web Annotations', () => {
  let n = 0;
  const options = {
    newId: () => `urn:uuid:00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    generator: 'Counterpoint test',
  };

  it('expands with the W3C context, every term defined, one annotation per highlight', async () => {
    const result = findings();
    const collection = exportAnnotations(result, options);
    const [expanded] = await expandOffline(collection);
    const OA = 'http://www.w3.org/ns/oa#';
    const AS = 'http://www.w3.org/ns/activitystreams#';
    expect(expanded!['@type']).toEqual([`${AS}OrderedCollection`]);
    const page = (expanded![`${AS}first`] as Record<string, unknown>[])[0]!;
    const items = (page[`${AS}items`] as { '@list': Record<string, unknown>[] }[])[0]!['@list'];
    const highlights = result.claims.reduce((sum, claim) => sum + claim.highlights.length, 0) + result.quotes.length;
    expect(items).toHaveLength(highlights);
    for (const item of items) {
      expect(item['@type']).toEqual([`${OA}Annotation`]);
      const target = (item[`${OA}hasTarget`] as Record<string, unknown>[])[0]!;
      const selectorTypes = (target[`${OA}hasSelector`] as { '@type': string[] }[]).map((s) => s['@type'][0]);
      expect(selectorTypes).toEqual([`${OA}TextQuoteSelector`, `${OA}TextPositionSelector`]);
      const purposes = (item[`${OA}hasBody`] as Record<string, { '@id': string }[]>[]).map(
        (b) => b[`${OA}hasPurpose`]![0]!['@id'],
      );
      expect(purposes).toEqual(expect.arrayContaining([`${OA}describing`, `${OA}tagging`]));
    }
  });

  it('has selectors that re-anchor to the same text of the page', () => {
    const collection = exportAnnotations(findings(), options) as {
      first: { items: { target: { selector: unknown[] } }[] };
    };
    for (const { target } of collection.first.items) {
      const [quote, position] = target.selector as unknown as [
        { exact: string; prefix: string; suffix: string },
        { start: number; end: number },
      ];
      expect(PAGE_TEXT.slice(position.start, position.end)).toBe(quote.exact);
      const at = PAGE_TEXT.indexOf(quote.prefix + quote.exact + quote.suffix);
      expect(at + quote.prefix.length).toBe(position.start);
    }
  });
});

describe('ClaimReview drafts', () => {
  // What schema.org lists for each type used (properties inherited from CreativeWork, Review, Thing included).
  const ALLOWED: Record<string, string[]> = {
    ClaimReview: [
      'creativeWorkStatus',
      'claimReviewed',
      'author',
      'itemReviewed',
      'reviewRating',
      'url',
      'datePublished',
    ],
    Claim: ['appearance', 'author', 'firstAppearance', 'datePublished'],
    CreativeWork: ['url', 'headline'],
    Rating: ['alternateName', 'ratingExplanation', 'ratingValue', 'bestRating', 'worstRating'],
    Organization: ['name'],
    Person: ['name', 'jobTitle', 'affiliation', 'worksFor'],
  };
  const S = 'http://schema.org/';

  function checkNode(node: Record<string, unknown>): void {
    const type = (node['@type'] as string[])[0]!.replace(S, '');
    expect(Object.keys(ALLOWED), `type ${type}`).toContain(type);
    for (const [key, values] of Object.entries(node)) {
      if (key.startsWith('@')) continue;
      expect(ALLOWED[type], `${type}.${key}`).toContain(key.replace(S, ''));
      for (const value of values as Record<string, unknown>[]) if (value['@type']) checkNode(value);
    }
  }

  it('has one draft per claim with the properties search engines require, and nothing schema.org lacks', async () => {
    const result = findings();
    const document = exportClaimReviews(result, { organisation: 'Factcheck Desk', name: 'A. Reviewer' });
    const expanded = await expandOffline(document);
    expect(expanded).toHaveLength(result.claims.length);
    for (const review of expanded) {
      checkNode(review as Record<string, unknown>);
      expect(review[`${S}claimReviewed`]).toHaveLength(1);
      const rating = (review[`${S}reviewRating`] as Record<string, { '@value': string }[]>[])[0]!;
      expect(rating[`${S}alternateName`]![0]!['@value']).toMatch(/^(Disputed|Supported|Contradicted|Context)$/);
      const item = (review[`${S}itemReviewed`] as Record<string, unknown>[])[0]!;
      expect(item['@type']).toEqual([`${S}Claim`]);
      const appearance = (item[`${S}appearance`] as Record<string, { '@id': string }[]>[])[0]!;
      expect(appearance[`${S}url`]![0]!['@id']).toBe('https://news.example/kazakhstan-facebook');
    }
    const exclusive = (document['@graph'] as Record<string, unknown>[]).find(
      (review) => review.claimReviewed === corpus.claims.get('exclusive-access')!.summary,
    )!;
    expect(exclusive).toMatchObject({
      author: [
        { '@type': 'Organization', name: 'Factcheck Desk' },
        { '@type': 'Person', name: 'A. Reviewer' },
      ],
      itemReviewed: {
        author: [
          { '@type': 'Organization' },
          { '@type': 'Organization', name: 'Government of Kazakhstan' },
          { '@type': 'Organization', name: 'Meta Platforms (Facebook)' },
        ],
      },
      reviewRating: { alternateName: 'Disputed' },
    });
  });

  it('says what is still to fill in, the reviewer first when the options page left it empty', () => {
    const document = exportClaimReviews(findings(), { organisation: '', name: '' });
    const first = (document['@graph'] as { author: { name: string }[] }[])[0]!;
    expect(first.author).toEqual([{ '@type': 'Organization', name: FILL_IN_ORGANISATION }]);
    const todo = claimReviewTodo({ organisation: '', name: '' });
    expect(todo[0]).toMatch(/organisation/);
    expect(todo.join('\n')).toMatch(/url: .*\n.*datePublished/);
    expect(claimReviewTodo({ organisation: 'Desk', name: 'Me' }).join('\n')).not.toMatch(/options page/);
  });
});
