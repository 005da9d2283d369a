/**
 * ClaimReview drafts (schema.org JSON-LD), one per claim found on the page,
 * for a fact-checker's own article. What only the fact-checker knows (the
 * article's address, its publication date, their verdict in their own words)
 * is left for them: {@link claimReviewTodo} lists it, and the popup and the
 * command line show the list next to the export.
 */
import type { ClaimFinding, PageFindings, SpeakerInfo } from './page-findings.ts';

/** The reviewer as set on the options page; empty strings when not set. */
export interface Reviewer {
  organisation: string;
  name: string;
}

/** What the drafts hold instead of a reviewer's organisation that was not set. */
export const FILL_IN_ORGANISATION = 'FILL IN: your organisation';

const STATUS_LABEL = { disputed: 'Disputed', supported: 'Supported', contradicted: 'Contradicted', context: 'Context' };

type Json = Record<string, unknown>;

/** Builds the drafts as one JSON-LD document with a `@graph` of ClaimReviews. */
export function exportClaimReviews(findings: PageFindings, reviewer: Reviewer): Json {
  return {
    '@context': 'https://schema.org',
    '@graph': findings.claims.map((claim) => draft(findings, claim, reviewer)),
  };
}

function draft(findings: PageFindings, claim: ClaimFinding, reviewer: Reviewer): Json {
  const organisation = reviewer.organisation.trim();
  const name = reviewer.name.trim();
  const { supports, contradicts, context } = claim.counts;
  return {
    '@type': 'ClaimReview',
    creativeWorkStatus: 'Draft',
    claimReviewed: claim.summary,
    author: [
      { '@type': 'Organization', name: organisation || FILL_IN_ORGANISATION },
      ...(name
        ? [
            {
              '@type': 'Person',
              name,
              ...(organisation ? { worksFor: { '@type': 'Organization', name: organisation } } : {}),
            },
          ]
        : []),
    ],
    itemReviewed: {
      '@type': 'Claim',
      appearance: {
        '@type': 'CreativeWork',
        url: findings.page.url,
        ...(findings.page.title ? { headline: findings.page.title } : {}),
      },
      ...(claim.authors.length > 0 ? { author: claim.authors.map(agent) } : {}),
    },
    reviewRating: {
      '@type': 'Rating',
      alternateName: STATUS_LABEL[claim.status],
      ratingExplanation: `Counterpoint's status across the story's sources: ${supports} independent statement(s) support the claim, ${contradicts} contradict it, ${context} give context.`,
    },
  };
}

/** What the fact-checker must still fill in or check before publishing the drafts. */
export function claimReviewTodo(reviewer: Reviewer): string[] {
  return [
    ...(reviewer.organisation.trim() ? [] : ['author: your organisation’s name (set it on the options page)']),
    ...(reviewer.name.trim() ? [] : ['author: the reviewer’s name, if you publish one (options page)']),
    'url: the address of your published fact-check article',
    'datePublished: the date your fact-check is published',
    'reviewRating: your own verdict; the draft holds Counterpoint’s status across its sources',
    'creativeWorkStatus: remove "Draft" once the review is final',
  ];
}

// Schema.org wants a Person or an Organization; the corpus does not say which, so a
// name of two to four capitalised words ("George Chen") is taken for a person.
function agent(speaker: SpeakerInfo): Json {
  const person = /^(?!The )\p{Lu}[\p{L}'.-]*( \p{Lu}[\p{L}'.-]*){1,3}$/u.test(speaker.name);
  return {
    '@type': person ? 'Person' : 'Organization',
    name: speaker.name,
    ...(person ? { jobTitle: speaker.role, affiliation: { '@type': 'Organization', name: speaker.organisation } } : {}),
  };
}
