/**
 * The demo's start page: a link to every fixture page with one line on what
 * the extension should do there. The lines name claim ids rather than quote
 * the claims, so the index itself does not read as a page about the story.
 */
import { html, trustedCode } from './html.ts';

/** One line of the index: the page and what to expect on it. */
export interface IndexEntry {
  file: string;
  label: string;
  expect: string;
}

/** Every fixture page, in the order the demo shows them. */
export const INDEX: readonly IndexEntry[] = [
  {
    file: 'kazinform.html',
    label: 'Kazinform: the ministry’s statement (seed 001)',
    expect:
      'Claims: exclusive-access, first-in-central-asia, child-safety-aim, training-october-28, ministry-work-november, regular-channel.',
  },
  {
    file: 'zdnet.html',
    label: 'ZDNet report (seed 000)',
    expect:
      'Claims: joint-statement, first-in-central-asia, child-safety-aim, regular-channel; the Chen quote is found verbatim.',
  },
  {
    file: 'meta-denial.html',
    label: 'Meta denies exclusivity (seed 002)',
    expect:
      'Claims: exclusive-access, joint-statement, first-in-central-asia, hong-kong-office-region, facebook-users-kazakhstan; the spokesman’s and the minister’s quotes verbatim.',
  },
  {
    file: 'globe-reuters.html',
    label: 'Globe and Mail / Reuters (seed 003)',
    expect:
      'Claims: followed-blocking-threat, joint-statement, first-in-central-asia, exclusive-access, child-safety-aim, facebook-users-kazakhstan.',
  },
  {
    file: 'diplomat.html',
    label: 'The Diplomat analysis (seed 004)',
    expect:
      'Claims: exclusive-access, joint-statement, child-safety-aim, article-174-prosecutions; its Chen quote differs from the other sources.',
  },
  {
    file: 'quotes.html',
    label: 'Quote checks (English)',
    expect:
      'Four quotes: one verbatim, one altered (diff shown), one made up (not found), one unattributed (unknown); plus the usual claims.',
  },
  {
    file: 'ru-story.html',
    label: 'Russian article',
    expect:
      'The same claims in Russian: exclusive-access, joint-statement, first-in-central-asia, hong-kong-office-region, facebook-users-kazakhstan.',
  },
  {
    file: 'kk-story.html',
    label: 'Kazakh article',
    expect: 'Recognised as the story; claims highlighted where the pack has Kazakh patterns.',
  },
  {
    file: 'dark.html',
    label: 'Kazinform on a dark theme',
    expect: 'Same highlights as the Kazinform page; they must stay legible on a #111 background.',
  },
  {
    file: 'hostile.html',
    label: 'Hostile page',
    expect:
      'Highlights in the article only; form fields, editable text and scripts untouched; the page stays responsive.',
  },
  { file: 'vietnam.html', label: 'Near miss: Facebook in Vietnam', expect: 'No highlights: another country.' },
  {
    file: 'kz-oil.html',
    label: 'Near miss: oil and economy news',
    expect: 'No highlights: no social network involved.',
  },
  { file: 'game.html', label: 'Near miss: game beta', expect: 'No highlights: a game’s beta, not the story.' },
  {
    file: 'meta-general.html',
    label: 'Near miss: Meta earnings',
    expect: 'No highlights: company earnings, not the story.',
  },
  {
    file: 'ru-report.html',
    label: 'Russian news-agency report: the denial and the reply',
    expect:
      'Claims: meta-denies-exclusive-access, same-global-process, joint-statement, exclusive-access, first-in-central-asia, hong-kong-office-region, hong-kong-office-endorsed, social-media-bill; quotes are translations.',
  },
  {
    file: 'ru-blog.html',
    label: 'Russian blog post (the system not named)',
    expect:
      'Recognised as the story; claims: exclusive-access, meta-denies-exclusive-access, same-global-process, hong-kong-office-region, win-win.',
  },
  {
    file: 'ru-interview.html',
    label: 'Russian interview with a media lawyer',
    expect:
      'Claims: exclusive-access, content-reporting-access, same-global-process, hong-kong-office-region, social-media-bill, win-win, censorship-concerns.',
  },
  {
    file: 'ru-digest.html',
    label: 'Russian news digest (one item of six)',
    expect: 'Recognised from one item; claims there: meta-denies-exclusive-access, same-global-process.',
  },
  {
    file: 'kk-report.html',
    label: 'Kazakh news report: the denial and the reply',
    expect:
      'Claims: meta-denies-exclusive-access, same-global-process, joint-statement, exclusive-access, first-in-central-asia, hong-kong-office-region, hong-kong-office-endorsed, social-media-bill; quotes are translations.',
  },
  {
    file: 'kk-blog.html',
    label: 'Kazakh blog post (the system not named)',
    expect:
      'Recognised as the story; claims: exclusive-access, meta-denies-exclusive-access, same-global-process, hong-kong-office-region, win-win.',
  },
  {
    file: 'kk-interview.html',
    label: 'Kazakh interview with a media lawyer',
    expect:
      'Claims: exclusive-access, same-global-process, hong-kong-office-endorsed, social-media-bill, win-win, child-safety-aim.',
  },
  {
    file: 'kk-digest.html',
    label: 'Kazakh news digest (one item of six)',
    expect: 'Recognised from one item; claims there: meta-denies-exclusive-access, same-global-process.',
  },
  {
    file: 'en-censorship.html',
    label: 'English report that never names the system',
    expect:
      'Recognised; claims: followed-blocking-threat, censorship-concerns, exclusive-access, same-global-process, social-media-bill; one quote invented (not found), the others verbatim.',
  },
  {
    file: 'nl-report.html',
    label: 'Dutch report',
    expect:
      'Recognised from the kept names; the spokesman’s words in Dutch are marked as a translation, not as not found.',
  },
  {
    file: 'de-report.html',
    label: 'German short report',
    expect: 'Recognised from the kept names; one quote in German (a translation).',
  },
  {
    file: 'hu-report.html',
    label: 'Hungarian short report',
    expect: 'Recognised from the kept names; one quote in Hungarian (a translation).',
  },
  {
    file: 'ru-outage.html',
    label: 'Near miss (ru): a Facebook outage in Kazakhstan',
    expect: 'No highlights: another Facebook story.',
  },
  {
    file: 'kk-blogger-fined.html',
    label: 'Near miss (kk): a blogger fined over a post',
    expect: 'No highlights: another Facebook story.',
  },
  {
    file: 'ru-cyberbullying-2022.html',
    label: 'Near miss (ru): the 2022 cyberbullying law',
    expect: 'No highlights: no platform deal.',
  },
  {
    file: 'kk-cyberbullying-2022.html',
    label: 'Near miss (kk): the 2022 cyberbullying law',
    expect: 'No highlights: no platform deal.',
  },
  {
    file: 'ru-other-countries.html',
    label: 'Near miss (ru): Facebook and other governments',
    expect: 'No highlights: other countries.',
  },
  {
    file: 'ru-ministry-meta-2022.html',
    label: 'Near miss (ru): ministry and Meta in 2022',
    expect: 'No highlights: a later meeting, not the 2021 deal.',
  },
  {
    file: 'en-ministry-meta-2025.html',
    label: 'Near miss (en): ministry and Meta in 2025',
    expect: 'No highlights: a later working group, not the 2021 deal.',
  },
  {
    file: 'en-broadcast.html',
    label: 'Near miss (en): a sports broadcast deal',
    expect: 'No highlights: exclusive rights to football, no social network.',
  },
];

const CSS = `
body { max-width: 860px; margin: 32px auto; padding: 0 24px; font: 16px/1.5 system-ui, sans-serif; color: #1d1d1f; }
li { margin-bottom: 12px; }
.expect { display: block; color: #5f6368; }
`;

/** Renders index.html. */
export function renderIndex(): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Counterpoint demo pages</title>
<meta name="description" content="Fixture pages for trying and testing the Counterpoint extension.">
<style>${trustedCode(CSS)}</style>
</head>
<body>
<h1>Counterpoint demo pages</h1>
<p>Open a page with the extension installed. Each line says what you should see.</p>
<ul>
${INDEX.map((e) => html`<li><a href="${e.file}">${e.label}</a><span class="expect">${e.expect}</span></li>\n`)}</ul>
</body>
</html>
`.value;
}
