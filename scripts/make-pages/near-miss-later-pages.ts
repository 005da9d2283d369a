/**
 * Near misses from after the story and in other senses of its words (issue
 * 13): the same ministry and Meta in 2022 (Russian) and 2025 (English), and an
 * "exclusive access" sports broadcast deal announced in a joint statement.
 * None of them may get a highlight.
 */
import type { ArticlePage, Link } from './model.ts';
import { p } from './model.ts';

function links(...texts: string[]): Link[] {
  return texts.map((text, i) => ({ text, href: `#more-${i + 1}` }));
}

/** МИОР and Meta in 2022: moderation of Kazakh-language content. */
export function ruMinistryMeta2022Page(): ArticlePage {
  const headline = 'В МИОР обсудили с Meta модерацию контента на казахском языке';
  return {
    file: 'ru-ministry-meta-2022.html',
    lang: 'ru',
    title: headline,
    description: 'Министерство информации и общественного развития провело встречу с представителями Meta.',
    site: {
      name: 'Каспий-Пресс',
      nav: ['Новости', 'Политика', 'Экономика', 'Общество', 'Технологии'],
      accent: '#9b1c1c',
    },
    kicker: 'Технологии',
    headline,
    byline: { source: 'Каспий-Пресс', date: { iso: '2022-06-15', label: '15 июня 2022, 16:05' } },
    body: [
      p(
        'В Министерстве информации и общественного развития прошла встреча с представителями компании Meta. Стороны обсудили модерацию контента на казахском языке в Facebook и Instagram.',
      ),
      p(
        'Как сообщили в пресс-службе ведомства, казахстанская сторона обратила внимание на то, что публикации на казахском языке проверяются медленнее, чем на русском, и предложила компании привлечь больше модераторов, владеющих казахским.',
      ),
      p(
        'Также обсуждались мошенническая реклама, которая использует имена известных казахстанцев, и защита детей от вредного контента. Представители Meta рассказали о мерах по безопасности подростков в Instagram.',
      ),
      p('Стороны договорились продолжить встречи в рабочем формате.'),
    ],
    aside: {
      heading: 'Главное',
      links: links(
        'Паводки: ситуация в северных областях',
        'Новые правила въезда для иностранцев',
        'Курс тенге на 15 июня',
      ),
    },
  };
}

/** The ministry's successor and Meta in 2025: a working group. */
export function enMinistryMeta2025Page(): ArticlePage {
  const headline = 'Kazakhstan and Meta set up working group on Kazakh-language content and online fraud';
  return {
    file: 'en-ministry-meta-2025.html',
    lang: 'en',
    title: headline,
    description:
      'Kazakhstan’s information ministry and Meta will meet regularly on moderation in Kazakh, scam advertising and child safety.',
    site: { name: 'Astana Business Wire', nav: ['Business', 'Tech', 'Policy', 'Regions'], accent: '#23395b' },
    kicker: 'Tech',
    headline,
    byline: { author: 'Arman Seitkali', date: { iso: '2025-03-12', label: 'March 12, 2025' } },
    body: [
      p(
        'Kazakhstan’s Ministry of Culture and Information, which took over the information portfolio of the former Ministry of Information and Social Development, has set up a working group with Meta, the owner of Facebook, Instagram and WhatsApp, the ministry said on Wednesday.',
      ),
      p(
        'The group will meet every quarter to discuss the moderation of posts in the Kazakh language, scam advertisements that use the names of well-known Kazakhstanis, and the protection of children from harmful content.',
      ),
      p(
        'Officials said they had asked Meta to hire more moderators who speak Kazakh and to respond faster to complaints about fraudulent advertising. Meta representatives presented the company’s tools for teenagers’ accounts on Instagram.',
      ),
      p('The ministry said similar meetings were planned with other platforms later this year.'),
    ],
    aside: {
      heading: 'Tech',
      links: links(
        'Kaspi reports record quarter',
        'Astana Hub startups raise seed funding',
        'New data centre opens near Almaty',
      ),
    },
  };
}

/** A sports broadcast deal: "exclusive access", "joint statement", Kazakhstan, and no Facebook. */
export function enBroadcastPage(): ArticlePage {
  const headline = 'Streaming service wins exclusive access to Kazakh football in five-year deal';
  return {
    file: 'en-broadcast.html',
    lang: 'en',
    title: headline,
    description: 'SteppeStream will show every match of the Kazakh top flight from next season.',
    site: { name: 'Sports Rights Weekly', nav: ['Football', 'Rights', 'Streaming', 'Deals'], accent: '#2d6a4f' },
    kicker: 'Rights',
    headline,
    byline: { author: 'Tom Baxter', date: { iso: '2025-11-18', label: 'November 18, 2025' } },
    body: [
      p(
        'SteppeStream, a subscription video service, has won the rights to every match of Kazakhstan’s top football division for five seasons, the league and the broadcaster said in a joint statement on Tuesday.',
      ),
      p(
        'Subscribers will get direct and exclusive access to live matches, highlights within an hour of the final whistle and an archive of past seasons. The league called the deal the first of its kind in Central Asia.',
      ),
      p(
        'Clubs will share the rights fee according to their league position. Free-to-air television will keep one match per round, and highlights will also run on the league’s own YouTube channel.',
      ),
      p('The financial terms were not disclosed.'),
    ],
    aside: {
      heading: 'Latest deals',
      links: links(
        'Basketball league signs betting sponsor',
        'Cycling tour extends TV contract',
        'Esports final sells out arena',
      ),
    },
  };
}
