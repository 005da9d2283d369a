/**
 * Near misses: pages that share words and phrases with the story ("exclusive
 * access", a ministry of information, Facebook, Kazakhstan, "first of its
 * kind") but are about something else. None of them may get a highlight.
 */
import type { ArticlePage, Link } from './model.ts';
import { p } from './model.ts';

function links(...texts: string[]): Link[] {
  return texts.map((text, i) => ({ text, href: `#more-${i + 1}` }));
}

/** Facebook and censorship in Vietnam: same company, same kind of deal, another country. */
export function vietnamPage(): ArticlePage {
  const headline = 'Facebook steps up removal of posts in Vietnam after government pressure';
  return {
    file: 'vietnam.html',
    lang: 'en',
    title: headline,
    description:
      'Vietnam’s Ministry of Information and Communications says Facebook now complies with most of its content removal requests.',
    site: { name: 'Mekong Tech Review', nav: ['Vietnam', 'Thailand', 'Cambodia', 'Tech', 'Rights'], accent: '#a4341a' },
    kicker: 'Vietnam',
    headline,
    byline: { author: 'Linh Tran', date: { iso: '2020-12-08', label: 'December 8, 2020' } },
    body: [
      'Facebook has sharply increased the number of posts it restricts in Vietnam, according to the country’s Ministry of Information and Communications, which says the company now complies with most government requests to take down content it considers anti-state.',
      'The ministry said the social network had agreed to act on reports from its officials more quickly, after months in which local servers were slowed and traffic to the platform dropped. Officials described the arrangement as the first of its kind in Southeast Asia.',
      'A person familiar with the talks said the government had not been given exclusive access to any internal tool, and that its requests went through the same legal review as those from other countries. Facebook declined to comment on the figures.',
      'Rights groups called the move censorship. Activists say that posts criticising the Communist Party, land seizures or the handling of environmental disasters are the most likely to disappear, and that users are rarely told why.',
      'Vietnam has around 60 million Facebook users, making it one of the company’s largest markets in Asia. A cybersecurity law in force since 2019 requires technology companies to remove content that the authorities deem illegal when asked to.',
    ].map(p),
    aside: {
      heading: 'Most read',
      links: links(
        'Grab and Gojek merger talks stall again',
        'Hanoi metro line finally opens to passengers',
        'Rice exports rebound as prices climb',
      ),
    },
  };
}

/** Kazakh oil and economy news: same country, no Facebook. */
export function kzOilPage(): ArticlePage {
  const headline = 'Kazakhstan raises oil output forecast as Tengiz expansion nears completion';
  return {
    file: 'kz-oil.html',
    lang: 'en',
    title: headline,
    description:
      'Kazakhstan expects crude and condensate production to grow next year as the Tengiz expansion project comes on stream.',
    site: { name: 'Caspian Energy Monitor', nav: ['Oil', 'Gas', 'Power', 'Markets', 'Policy'], accent: '#1d5c63' },
    kicker: 'Oil',
    headline,
    byline: { author: 'Daniyar Akhmetov', date: { iso: '2021-11-04', label: 'November 4, 2021' } },
    body: [
      'Kazakhstan’s Ministry of Energy raised its forecast for next year’s crude and condensate output on Thursday, citing progress at the Tengiz field in the west of the country, where a multibillion-dollar expansion is in its final phase.',
      'The country, which pumps most of its oil for export through the Caspian Pipeline Consortium to the Black Sea, has been holding back production under the OPEC+ agreement to support prices. Officials said they expected the quota to rise gradually through 2022.',
      'A new polypropylene plant in the Atyrau region, which the government describes as the first of its kind in Central Asia, is due to start operating next year and process up to 3.2 million tonnes of feedstock over its first years of work.',
      'Economists said higher oil revenue would help the tenge, which has weakened against the dollar this year, and allow the government to keep subsidising fuel prices ahead of the winter.',
      'The national oil company KazMunayGas said it was also in talks with foreign partners about developing smaller offshore fields, but that no exclusive rights had yet been granted.',
    ].map(p),
    aside: {
      heading: 'Markets',
      links: links(
        'Brent edges higher on supply worries',
        'Uranium miner Kazatomprom lifts guidance',
        'Tenge slips as dollar strengthens',
      ),
    },
  };
}

/** A video game's beta for fans: "direct and exclusive access" to something else entirely. */
export function gamePage(): ArticlePage {
  const headline = 'Ember Circuit closed beta: fans who pre-order get exclusive access this weekend';
  return {
    file: 'game.html',
    lang: 'en',
    title: headline,
    description:
      'The studio behind Ember Circuit opens its closed beta to pre-order customers, with a new reporting system for toxic players.',
    site: { name: 'Pixel Frontier', nav: ['News', 'Reviews', 'Previews', 'Guides', 'Esports'], accent: '#6c2bd9' },
    kicker: 'Previews',
    headline,
    byline: { author: 'Sam Whitfield', date: { iso: '2021-11-02', label: 'November 2, 2021' } },
    body: [
      'Fans waiting for Ember Circuit, the team-based racing shooter from an independent studio in Montreal, will not have to wait until spring: everyone who pre-orders the game gets exclusive access to the closed beta, which opens on Friday.',
      'The studio promises members of its fan club direct and exclusive access to the beta servers for the first 48 hours, before the test opens to other pre-order customers. Progress will not carry over to the full game.',
      'The beta is also the first outing for a new in-game reporting system. Players can flag abusive chat messages or cheating with two clicks, and the studio says reports will be reviewed by a moderation team rather than an automated filter.',
      'Three of the eight planned tracks will be playable, along with a training mode. The developers call the beta the first of its kind for the studio and say they will publish what they learn from it on their blog.',
    ].map(p),
    aside: {
      heading: 'Popular now',
      links: links(
        'The ten best co-op games of the year',
        'Handheld PC review: the battery problem',
        'Speedrunner breaks a 20-year-old record',
      ),
    },
  };
}

/** Meta earnings: same company, money instead of Kazakhstan. */
export function metaGeneralPage(): ArticlePage {
  const headline = 'Meta revenue climbs 35% as company bets on the metaverse';
  return {
    file: 'meta-general.html',
    lang: 'en',
    title: headline,
    description:
      'Facebook’s parent company reports higher quarterly revenue but warns about Apple’s privacy changes and spending on virtual reality.',
    site: {
      name: 'Market Desk',
      nav: ['Markets', 'Companies', 'Tech', 'Economy', 'Personal Finance'],
      accent: '#0f5132',
    },
    kicker: 'Companies',
    headline,
    byline: { author: 'Priya Raman', date: { iso: '2021-10-29', label: 'October 29, 2021' } },
    body: [
      'Meta Platforms, the company formerly known as Facebook, reported third-quarter revenue of $29 billion, up 35% from a year earlier, slightly below what analysts had expected.',
      'The company warned that Apple’s new privacy rules, which let iPhone users opt out of tracking, would keep weighing on its advertising business through the holiday season.',
      'Chief executive Mark Zuckerberg said the company would report its virtual and augmented reality unit, Reality Labs, as a separate segment and expected it to lose about $10 billion this year as it builds toward the metaverse.',
      'Shares rose in after-hours trading. Investors appeared to look past weeks of criticism over internal documents leaked by a former employee, which prompted hearings in Washington and London about content moderation on Facebook and Instagram.',
      'Meta said its family of apps, which includes WhatsApp and Messenger, reached 3.58 billion monthly users in the quarter.',
    ].map(p),
    aside: {
      heading: 'Markets today',
      links: links(
        'Treasury yields rise before Fed meeting',
        'Oil steadies after three-day slide',
        'Retail sales beat forecasts',
      ),
    },
  };
}
