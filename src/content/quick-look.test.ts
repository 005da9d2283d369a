// @vitest-environment happy-dom
/**
 * Stage 1's quick look: what it reads, when it gives up for the sample, and
 * that its needle check never rules out a page the sample's would let through
 * (on the fixture pages and on seeded pages with hidden text, scripts and web
 * components), but for the two cases the module names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { topic as topicJson } from '../../corpus/kazakhstan-facebook-crs.json';
import { PAGES_DIR } from '../../tests/support/match-texts.ts';
import { pick, random } from '../../tests/support/random.ts';
import { PackSchema } from '../core/corpus/schema.ts';
import { mayBeAbout, mayContain, topicNeedles } from '../core/topic/topic-needles.ts';
import { samplePage } from './page-sample.ts';
import { headTexts, quickLook, sameTexts } from './quick-look.ts';

const needles = topicNeedles(PackSchema.shape.topic.parse(topicJson));

// happy-dom has no XPath: the same elements, found by a walk.
const customElements = (root: Element) =>
  [root, ...root.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
const look = (doc: Document) => quickLook(doc, headTexts(doc), { customElements });

function page(head: string, body: string): Document {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return document;
}

function attach(host: Element, html: string): ShadowRoot {
  const shadow = host.attachShadow({ mode: 'open' });
  const template = host.ownerDocument.createElement('template');
  template.innerHTML = html;
  shadow.append(template.content);
  return shadow;
}

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
  document.querySelectorAll('html > h2').forEach((heading) => heading.remove());
});

describe('quickLook', () => {
  it('reads the title, URL, description, the body whole and every custom element’s shadow root', () => {
    history.replaceState(null, '', '/news/%D0%BA%D0%B0%D0%B7%D0%B0%D1%85');
    const doc = page(
      '<title>Title words</title><meta name="description" content="Described.">',
      '<p>Shown.</p><div hidden>Hidden.</div><script>var inScript = 1;</script><news-card></news-card>',
    );
    const inner = attach(doc.querySelector('news-card')!, '<p>Card text.</p><story-quote></story-quote>');
    attach(inner.querySelector('story-quote')!, '<q>Nested quote.</q>');
    const texts = look(doc)!;
    expect(texts.slice(0, 3)).toEqual(['Title words', expect.stringMatching(/\/news\/казах$/), 'Described.']);
    const all = texts.join('\n');
    for (const text of ['Shown.', 'Hidden.', 'inScript', 'Card text.', 'Nested quote.']) expect(all).toContain(text);
  });

  it('reads the og:description when there is no description, as the sample does', () => {
    const doc = page('<meta property="og:description" content="From Open Graph">', '<p>x</p>');
    expect(look(doc)).toContain('From Open Graph');
  });

  it('reads a heading a script put outside the body', () => {
    const doc = page('', '<h1>Inside</h1>');
    const outside = doc.createElement('h2');
    outside.textContent = 'Outside the body';
    doc.documentElement.append(outside);
    expect(look(doc)).toContain('Outside the body');
    outside.remove();
    expect(look(doc)!.join('\n')).not.toContain('Outside the body');
  });

  it('gives up for the sample on a page too long to read whole, with too many web components, or without XPath', () => {
    expect(look(page('', `<p>${'word '.repeat(100_001)}</p>`))).toBeNull();
    const doc = page('', '<news-card></news-card>'.repeat(501));
    for (const card of doc.querySelectorAll('news-card')) attach(card, '<p>card</p>');
    expect(look(doc)).toBeNull();
    doc.querySelector('news-card')!.remove();
    expect(look(doc)).not.toBeNull();
    doc.body.insertAdjacentHTML('beforeend', '<ad-slot></ad-slot>'.repeat(1600));
    expect(look(doc)).toBeNull(); // 2,000 custom elements and more, shadow roots or not.
    // Without XPath (this DOM emulation has none), the custom elements are not found: sampled instead.
    expect(quickLook(doc)).toBeNull();
  });

  it('tells two looks at the same page from looks at a changed one', () => {
    const doc = page('<title>T</title>', '<p>One.</p>');
    const first = look(doc)!;
    expect(sameTexts(first, look(doc)!)).toBe(true);
    doc.body.append('Two.');
    expect(sameTexts(first, look(doc)!)).toBe(false);
  });
});

describe('the quick look’s needle check', () => {
  const maybe = (doc: Document) => {
    const texts = look(doc);
    return texts === null || mayContain(texts, needles);
  };

  it('lets through every fixture page the sample’s check lets through', () => {
    const parser = new DOMParser();
    for (const name of readdirSync(PAGES_DIR).filter((file) => file.endsWith('.html'))) {
      const doc = parser.parseFromString(readFileSync(join(PAGES_DIR, name), 'utf8'), 'text/html');
      if (mayBeAbout(samplePage(doc), needles)) expect(maybe(doc), name).toBe(true);
    }
  });

  it('lets through every seeded page the sample’s check lets through: hidden text, scripts, web components', () => {
    const next = random(4242);
    const words = ['Facebook', 'Meta', 'Фейсбук', 'Kazakhstan', 'Қазақстан', 'Астана', 'cats', 'budget', 'Ёлка'];
    // Whatever the sample skips or reads, placed between words: never inside one.
    const wrappers = [
      (text: string) => `<p>${text}</p>`,
      (text: string) => `<span>${text}</span>`,
      (text: string) => `<div hidden>${text}</div>`,
      (text: string) => `<span style="display: none">${text}</span>`,
      (text: string) => `<script>/* ${text} */</script>`,
      (text: string) => `<details><summary>s</summary>${text}</details>`,
      (text: string) => `<button>${text}</button>`,
      (text: string) => `<news-card data-text="${text}"></news-card>`,
    ];
    let passed = 0;
    for (let round = 0; round < 400; round += 1) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 6) }, () =>
        pick(next, wrappers)(`${pick(next, words)} ${pick(next, words)}`),
      );
      const doc = page(`<title>${next() < 0.2 ? pick(next, words) : 'News'}</title>`, parts.join(' '));
      for (const card of doc.querySelectorAll('news-card')) attach(card, `<p>${card.getAttribute('data-text')}</p>`);
      const sampled = mayBeAbout(samplePage(doc), needles);
      if (sampled) passed += 1;
      if (sampled) expect(maybe(doc), doc.documentElement.outerHTML).toBe(true);
    }
    expect(passed).toBeGreaterThan(50); // Enough pages pass for the property to mean something.
  });

  it('misses what the module names: hidden text inside a word, a shadow root on a built-in element', () => {
    const split = page(
      '<title>News</title>',
      '<p>Face<span hidden>x</span>book in Kazakh<span hidden>x</span>stan</p>',
    );
    expect(mayBeAbout(samplePage(split), needles)).toBe(true);
    expect(maybe(split)).toBe(false);
    const builtIn = page('<title>News</title>', '<div id="host"></div>');
    attach(builtIn.querySelector('#host')!, '<p>Facebook in Kazakhstan</p>');
    expect(mayBeAbout(samplePage(builtIn), needles)).toBe(true);
    expect(maybe(builtIn)).toBe(false);
  });
});
