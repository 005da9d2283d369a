// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sameSample, samplePage } from './page-sample.ts';
import { UI_ATTRIBUTE } from './ui-marker.ts';

// Fixtures are our own constants, never page text.
function page(head: string, body: string): Document {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return document;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('samplePage', () => {
  it('reads title, URL, description and h1-h3 headings', () => {
    history.replaceState(null, '', '/world/asia/kazakhstan-facebook-access');
    const doc = page(
      '<title>Kazakhstan  gets  access</title><meta name="description" content=" Meta and the ministry ">' +
        '<meta property="og:description" content="og text">',
      '<h1>Kazakhstan and\n   <em>Facebook</em></h1><h4>not sampled</h4><h2> </h2><h3>Context</h3>',
    );
    const sample = samplePage(doc);
    expect(sample.title).toBe('Kazakhstan gets access');
    expect(sample.url).toMatch(/\/world\/asia\/kazakhstan-facebook-access$/);
    expect(sample.description).toBe('Meta and the ministry');
    expect(sample.headings).toEqual(['Kazakhstan and Facebook', 'Context']);
  });

  it('falls back to og:description and caps headings at 20', () => {
    const doc = page('<meta property="og:description" content="From Open Graph">', '<h2>h</h2>'.repeat(30));
    const sample = samplePage(doc);
    expect(sample.description).toBe('From Open Graph');
    expect(sample.headings).toHaveLength(20);
  });

  it('samples body text without scripts, styles, templates, noscript or our UI, keeping words apart', () => {
    const doc = page(
      '',
      '<p>Face<b>book</b> gave access.</p><p>Second</p>\n   \n<script>var secret = 1;</script><style>.secret{}</style>' +
        `<noscript>secret</noscript><template>secret</template><div ${UI_ATTRIBUTE}="">secret</div><ul><li>one</li><li>two</li></ul>`,
    );
    const body = samplePage(doc).body;
    expect(body).not.toContain('secret');
    expect(body).toContain('Facebook gave access.');
    expect(body.split(/\s+/)).toEqual(['Facebook', 'gave', 'access.', 'Second', 'one', 'two']);
  });

  it('stops at maxBody characters', () => {
    const doc = page('', '<p>0123456789</p>'.repeat(100));
    expect(samplePage(doc, 25).body).toBe('0123456789\n0123456789\n012');
    expect(samplePage(doc).body.length).toBeLessThanOrEqual(20_000);
  });

  it('never reads innerText, and asks checkVisibility only of elements holding sampled text, once each', () => {
    const doc = page(
      '<title>t</title>',
      '<h1>Head</h1><p>Body <b>text</b> more</p><div>   </div>' + '<p>x</p>'.repeat(50),
    );
    const innerText = vi.spyOn(HTMLElement.prototype, 'innerText', 'get');
    const asked: Element[] = [];
    samplePage(doc, 1000, { isRendered: (element) => (asked.push(element), true) });
    expect(innerText).not.toHaveBeenCalled();
    // h1, p, b, and the 50 short paragraphs: each once, the empty div never.
    expect(asked).toHaveLength(53);
    expect(new Set(asked).size).toBe(asked.length);
    asked.length = 0;
    samplePage(doc, 12, { isRendered: (element) => (asked.push(element), true) });
    expect(asked.length).toBeLessThanOrEqual(4); // The budget bounds it, not the page.
  });

  it('skips text hidden by markup (hidden, inline display/visibility, closed details but its first summary) and our own UI', () => {
    const doc = page(
      '',
      '<p>Shown one.</p><div hidden>secret</div><div hidden="until-found">secret</div>' +
        '<p style="display: none">secret</p><p style="visibility:hidden">secret</p>' +
        '<details><summary>Summary shown.</summary>secret<p>secret</p><summary>secret</summary></details>' +
        '<div data-counterpoint="popover">secret</div><p><mark data-counterpoint="highlight">Marked.</mark></p>' +
        '<details open><summary>Open summary.</summary> Open text.<p>Open paragraph.</p></details><p>Shown two.</p>',
    );
    const body = samplePage(doc).body;
    expect(body).not.toContain('secret');
    expect(body.split(/\s+/)).toEqual(
      'Shown one. Summary shown. Marked. Open summary. Open text. Open paragraph. Shown two.'.split(' '),
    );
  });

  it('reads aria-hidden text: it is on screen (sites set it on the page behind a dialog)', () => {
    const doc = page('', '<main aria-hidden="true"><p>Behind the cookie dialog.</p></main>');
    expect(samplePage(doc).body).toContain('Behind the cookie dialog.');
  });

  it('skips text that computed style hides (a stylesheet class), and hidden headings', () => {
    const doc = page(
      '',
      '<h1 class="gone">Hidden heading</h1><h2>Seen heading</h2><p>Seen.</p><p class="gone">secret</p>',
    );
    const isRendered = (element: Element) => !element.classList.contains('gone');
    const sample = samplePage(doc, 20_000, { isRendered });
    expect(sample.headings).toEqual(['Seen heading']);
    expect(sample.body).not.toContain('secret');
    expect(sample.body).toContain('Seen.');
  });

  it('reads an open shadow root where its host stands, from the same budget', () => {
    const doc = page('', '<p>Before.</p><news-article></news-article><p>After.</p>');
    const shadow = doc.querySelector('news-article')!.attachShadow({ mode: 'open' });
    const inside = doc.createElement('p');
    inside.textContent = 'Inside the component.';
    const hidden = doc.createElement('p');
    hidden.hidden = true;
    hidden.textContent = 'secret';
    shadow.append(inside, hidden);
    const body = samplePage(doc).body;
    expect(body.split(/\s+/)).toEqual(['Before.', 'Inside', 'the', 'component.', 'After.']);
    expect(samplePage(doc, 12).body.length).toBeLessThanOrEqual(12);
  });

  it('stays light: no mark.js, zod or text normalisation in the stage-1 import graph', () => {
    const files = ['page-sample.ts', 'dom-tags.ts', 'hidden-markup.ts', 'rendered.ts', 'ui-marker.ts'].map((name) =>
      readFileSync(new URL(name, import.meta.url), 'utf8'),
    );
    const imports = files.flatMap((source) =>
      [...source.matchAll(/^import (?!type ).*from '([^']+)'/gm)].map((match) => match[1]),
    );
    expect(imports.sort()).toEqual(['./dom-tags.ts', './hidden-markup.ts', './rendered.ts', './ui-marker.ts']);
  });
});

describe('sameSample', () => {
  const base = { title: 'T', url: 'https://example.org/', description: 'D', headings: ['A', 'B'], body: 'text' };
  it('is true for samples that read the same', () => {
    expect(sameSample(base, { ...base, headings: ['A', 'B'] })).toBe(true);
  });
  it.each([
    ['title', { title: 'T2' }],
    ['url', { url: 'https://example.org/other' }],
    ['description', { description: 'D2' }],
    ['a heading', { headings: ['A', 'C'] }],
    ['one heading more', { headings: ['A', 'B', 'C'] }],
    ['the body', { body: 'text and more' }],
  ])('is false when %s differs', (_, change) => {
    expect(sameSample(base, { ...base, ...change })).toBe(false);
  });
});
