/**
 * An English article about the story built to exercise quote checking: one
 * quote verbatim, one altered, one made up and attributed, one unattributed
 * and unknown. The exact texts are exported so the README and tests can cite
 * them instead of retyping them.
 */
import type { ArticlePage } from './model.ts';
import { p } from './model.ts';

/** The four quotes on the page, exactly as printed (without the curly quotes). */
export const QUOTES = {
  /** Verbatim from seed 002. */
  verbatim: 'The government issued its own statement, independent of Facebook,',
  /** Seed 000/001 Chen quote with "together" dropped and "in the aspect of" replaced by "on". */
  altered:
    'Facebook is delighted to work with the government of Kazakhstan, particularly on online safety for children,',
  /** Not in any seed; attributed to McConaghy. */
  madeUp: 'Meta will open an office in Almaty next year,',
  /** Not in any seed; attributed to no named speaker. */
  unattributed: 'a routine arrangement that many governments already have',
} as const;

const HEADLINE = 'Kazakhstan and Meta give conflicting accounts of Facebook content deal';

const BODY = [
  'Kazakhstan’s government and Meta Platforms were at odds on Wednesday over what exactly the country gained from an agreement on Facebook’s Content Reporting System, two days after the information ministry announced it.',
  'In what it called a joint statement, the Ministry of Information and Social Development said on Monday that Facebook had given Kazakhstan direct and exclusive access to the system, which lets officials flag posts that may break Facebook’s rules or local law. The ministry said Kazakhstan was the first country in Central Asia to have such access.',
  `The statement also quoted George Chen, Facebook’s regional public policy director. “${QUOTES.altered}” Chen was quoted as saying.`,
  'Meta has since pushed back. Spokesman Ben McConaghy said Facebook offers governments around the world dedicated channels to report content they believe breaks local law, and that the process in Kazakhstan is no different.',
  `“${QUOTES.verbatim}” McConaghy said.`,
  'Information minister Aida Balaeva answered on her Facebook page that the text had been agreed with Meta’s regional office in Hong Kong, which covers China, Mongolia and Central Asia.',
  `Asked whether the company would comply with a draft law requiring foreign platforms to open local offices, the spokesman was brief. “${QUOTES.madeUp}” McConaghy said.`,
  `A source close to the talks called it “${QUOTES.unattributed}”, and said the dispute was mostly about wording.`,
  'Kazakh officials say Facebook has at least 3.2 million users in the country. Rights groups fear the new channel will be used to remove posts critical of the government.',
];

/** Builds the quote-checking page. */
export function quotesPage(): ArticlePage {
  return {
    file: 'quotes.html',
    lang: 'en',
    title: HEADLINE,
    description:
      'Kazakhstan says Facebook gave it exclusive access to a content reporting tool; Meta says the statement was not joint.',
    site: { name: 'The Northern Ledger', nav: ['World', 'Tech', 'Business', 'Opinion', 'Podcasts'], accent: '#3d3a8c' },
    kicker: 'Tech',
    headline: HEADLINE,
    byline: { author: 'Hannah Okafor', date: { iso: '2021-11-03', label: 'November 3, 2021' } },
    body: BODY.map(p),
    aside: {
      heading: 'Trending',
      links: [
        { text: 'Five budget laptops that are actually worth it', href: '#more-1' },
        { text: 'Why chip shortages will last into 2022', href: '#more-2' },
        { text: 'The best hiking trails within an hour of the city', href: '#more-3' },
      ],
    },
  };
}
