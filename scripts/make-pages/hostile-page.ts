/**
 * A page about the story that is hostile to an extension: the key phrase in
 * form fields, an editable region, a script string, a template and CSS; page
 * CSS that hides <mark> and inflates every font; a 500-deep element chain;
 * and a script that adds ~3 MB of text while the page parses.
 */
import { html, trustedCode, type SafeHtml } from './html.ts';
import type { ArticlePage } from './model.ts';
import { p } from './model.ts';

/** The phrase planted everywhere, on purpose. */
export const PHRASE = 'direct and exclusive access';
/** Depth of the nested div chain (Chromium's parser flattens past 512 levels, so stay below). */
export const DEPTH = 500;
/** Paragraphs the flood script appends; every 1000th carries the phrase. */
export const FLOOD_PARAGRAPHS = 6000;

const HOSTILE_CSS = `
/* Pages can be rude: this one hides highlights and blows up every font (${PHRASE}). */
mark { display: none !important; background: red }
* { font-size: 40px !important }
.editor { border: 1px dashed #999; padding: 8px; }
`;

function formFields(): SafeHtml {
  return html`<section class="comments">
<h2>Leave a comment</h2>
<form action="#" onsubmit="return false">
<p><label>Your comment<br><textarea name="comment" rows="3" cols="60">I doubt Facebook really gave anyone ${PHRASE}.</textarea></label></p>
<p><label>Subject <input name="subject" size="40" value="${PHRASE}"></label></p>
<p><label>Topic <select name="topic"><option>${PHRASE}</option><option>something else</option></select></label></p>
</form>
<div class="editor" contenteditable="true">Draft reply: the ministry says it has ${PHRASE} to the Content Reporting System.</div>
<template id="reply-template"><p>Template copy: ${PHRASE}</p></template>
</section>
`;
}

function deepChain(): SafeHtml {
  const parts: SafeHtml[] = [];
  for (let level = 1; level <= DEPTH; level += 1) {
    parts.push(level % 100 === 0 ? html`<div class="d">Archive level ${level}.` : html`<div class="d">`);
  }
  const innermost = html`<p>At the bottom of the archive, the ministry again claims ${PHRASE} to Facebook’s Content Reporting System.</p>`;
  return html`<section class="deep">${parts}${innermost}${Array.from({ length: DEPTH }, () => html`</div>`)}</section>\n`;
}

// Plain ES5 so it runs anywhere; textContent only, and a seeded PRNG so every load is identical.
// It runs while the page parses, so the page is already huge when the content script starts.
const FLOOD_SCRIPT = `
(function () {
  var words = 'the ministry said officials would review reports from users about posts on social networks in the region and that a new law on online platforms could be discussed by parliament next month while critics asked for more transparency'.split(' ');
  var state = 2463534242;
  function next() { state ^= state << 13; state ^= state >>> 17; state ^= state << 5; return (state >>> 0) / 4294967296; }
  var flood = document.getElementById('flood');
  var frag = document.createDocumentFragment();
  for (var n = 1; n <= ${FLOOD_PARAGRAPHS}; n++) {
    var out = [];
    for (var w = 0; w < 85; w++) out.push(words[Math.floor(next() * words.length)]);
    var text = 'Comment ' + n + ': ' + out.join(' ') + '.';
    if (n % 1000 === 0) text += ' Officials repeated that the deal gave ${PHRASE} to the system.';
    var para = document.createElement('p');
    para.textContent = text;
    frag.appendChild(para);
  }
  flood.appendChild(frag);
  document.documentElement.setAttribute('data-flood-done', String(${FLOOD_PARAGRAPHS}));
})();
`;

/** Builds the hostile page. */
export function hostilePage(): ArticlePage {
  const headline = `Facebook gave Kazakhstan “${PHRASE}”, ministry says`;
  return {
    file: 'hostile.html',
    lang: 'en',
    title: headline,
    description: `Kazakhstan says Facebook granted it ${PHRASE} to its Content Reporting System.`,
    site: { name: 'Loud Daily', nav: ['News', 'Comments', 'Archive'], accent: '#b00020' },
    headline,
    byline: { author: 'Staff reporter', date: { iso: '2021-11-02', label: 'November 2, 2021' } },
    body: [
      `Kazakhstan’s Ministry of Information and Social Development says Facebook has given the country ${PHRASE} to its Content Reporting System, a claim that Meta disputes.`,
      'The ministry said Kazakhstan was the first country in Central Asia to get such access. Meta said the government issued its own statement.',
    ].map(p),
    extraCss: HOSTILE_CSS,
    afterArticle: html`${formFields()}${deepChain()}<section id="flood" aria-label="Comment archive"></section>\n`,
    scripts: html`<script>${trustedCode(`window.storyHeadline = "Facebook gave Kazakhstan ${PHRASE}";`)}</script>
<script>${trustedCode(FLOOD_SCRIPT)}</script>
`,
    aside: {
      heading: 'Elsewhere',
      links: [
        { text: 'Weather', href: '#weather' },
        { text: 'Sport', href: '#sport' },
      ],
    },
  };
}
