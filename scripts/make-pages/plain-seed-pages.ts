/**
 * Seeds 001-004 (plain text) as pages. Each recipe says which blocks are page
 * chrome (title, caption, newsletter pitch...) and keeps the rest, verbatim,
 * as the article body. A recipe fails loudly if its seed no longer looks as
 * expected, rather than silently dropping text.
 */
import type { ArticlePage, Link } from './model.ts';
import { p } from './model.ts';
import { readSeedBlocks, summarize } from './seed-text.ts';

/** Removes the block equal to `text` (or matching it) and returns it; throws if absent. */
function take(blocks: string[], test: string | RegExp): string {
  const i = blocks.findIndex((b) => (typeof test === 'string' ? b === test : test.test(b)));
  if (i < 0) throw new Error(`Seed block not found: ${String(test)}`);
  return blocks.splice(i, 1)[0] ?? '';
}

function links(...texts: string[]): Link[] {
  return texts.map((text, i) => ({ text, href: `#more-${i + 1}` }));
}

/** Seed 001: the ministry's statement as published by Kazinform. */
export function kazinformPage(seedsDir: string, theme: 'light' | 'dark' = 'light'): ArticlePage {
  const blocks = readSeedBlocks(seedsDir, '001_8a9a43c881bc08ae.txt');
  // The seed has no headline; this one is made of the first sentence's own words.
  const headline =
    'Ministry of Information and Social Development and Facebook agree to cooperate closely on harmful content related issues';
  return {
    file: theme === 'dark' ? 'dark.html' : 'kazinform.html',
    lang: 'en',
    title: headline,
    description: summarize(blocks[0] ?? ''),
    site: { name: 'Kazinform', nav: ['Politics', 'Society', 'Economy', 'Regions', 'World'], accent: '#0b6e99' },
    kicker: 'Society',
    headline,
    byline: { source: 'Kazinform International News Agency', date: { iso: '2021-11-01', label: '1 November 2021' } },
    body: blocks.map(p),
    aside: {
      heading: 'Latest news',
      links: links(
        'Weather forecast for November 2: snow expected in northern regions',
        'Nur-Sultan to open three new ice rinks this winter',
        'Kazakh wrestler wins bronze at world championship in Oslo',
        'Almaty metro extends working hours for the holidays',
      ),
    },
    theme,
  };
}

/** Seed 002: Meta's denial and the minister's reply. */
export function metaDenialPage(seedsDir: string): ArticlePage {
  const blocks = readSeedBlocks(seedsDir, '002_f572cbbbdbc953ce.txt');
  const headline = take(blocks, /^Facebook denies/);
  const source = take(blocks, 'With Reuters report');
  const closed = take(blocks, 'Comments are closed.');
  return {
    file: 'meta-denial.html',
    lang: 'en',
    title: headline,
    description: summarize(blocks[0] ?? ''),
    site: {
      name: 'Eurasia Daily Wire',
      nav: ['Central Asia', 'Caucasus', 'Russia', 'Opinion', 'Video'],
      accent: '#2d5d3a',
    },
    kicker: 'Kazakhstan',
    headline,
    byline: { source },
    body: blocks.map(p),
    afterword: [closed],
    aside: {
      heading: 'More news',
      links: links(
        'Uzbekistan launches new high-speed rail link to Bukhara',
        'Kyrgyz parliament elections set for late November',
        'Gas prices in Europe ease after record highs',
        'Tajikistan and China sign road construction deal',
      ),
    },
  };
}

/** Seed 003: the Reuters wire as run by The Globe and Mail. */
export function globeReutersPage(seedsDir: string): ArticlePage {
  const blocks = readSeedBlocks(seedsDir, '003_3ded2e3969e6feee.txt');
  take(blocks, 'Skip to main content'); // The layout renders its own skip link with this text.
  const pitch = take(blocks, /^Our Morning Update/);
  // No headline in the seed; made of the first sentence's own words.
  const headline = 'Meta Platforms has granted the Kazakh government access to its content reporting system';
  return {
    file: 'globe-reuters.html',
    lang: 'en',
    title: headline,
    description: summarize(blocks[0] ?? ''),
    site: {
      name: 'The Globe and Mail',
      nav: ['Canada', 'World', 'Business', 'Investing', 'Opinion'],
      accent: '#222222',
    },
    kicker: 'World',
    headline,
    byline: { source: 'Reuters', date: { iso: '2021-11-01', label: 'November 1, 2021' } },
    body: blocks.map(p),
    afterword: [pitch],
    aside: {
      heading: 'Most popular',
      links: links(
        'Bank of Canada signals rate hikes could come sooner',
        'Maple Leafs rally late to beat the Bruins in overtime',
        'Housing starts rise in October as builders rush to finish',
        'What to watch in the Toronto condo market this winter',
      ),
    },
  };
}

/** Seed 004: The Diplomat's Crossroads Asia analysis. */
export function diplomatPage(seedsDir: string): ArticlePage {
  const blocks = readSeedBlocks(seedsDir, '004_1412a9cb22655cc3.txt');
  const section = take(blocks, 'Crossroads Asia');
  const headline = take(blocks, /^Facebook Grants Kazakhstan Direct Access to Content Reporting System$/);
  take(blocks, headline); // Repeated by the page chrome (breadcrumb title).
  const recent = take(blocks, 'Recent Features');
  const breadcrumb = take(blocks, /^Crossroads Asia\s\|/);
  const [caption = '', credit = ''] = take(blocks, /\nCredit: /).split('\n');
  const standfirst = blocks.shift() ?? '';
  const jobs = take(blocks, /^Dreaming of a career/).split('\n');
  return {
    file: 'diplomat.html',
    lang: 'en',
    title: headline,
    description: summarize(standfirst),
    site: { name: 'The Diplomat', nav: [section, 'Regions', 'Topics', 'Magazine', 'Podcasts'], accent: '#7a1f2b' },
    kicker: breadcrumb,
    headline,
    standfirst,
    byline: { source: 'The Diplomat' },
    figure: { caption, credit },
    body: blocks.map(p),
    afterword: jobs,
    aside: {
      heading: recent,
      links: links(
        'Japan’s New Prime Minister Faces an Early Test',
        'What the AUKUS Deal Means for Southeast Asia',
        'Inside Mongolia’s Coal Boom',
        'The Long Road to Peace in Mindanao',
      ),
    },
  };
}
