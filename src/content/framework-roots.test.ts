// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { frameworkSign, MAX_COMMENTS } from './framework-roots.ts';

// Fixtures are our own constants, never page text.
function page(body: string, head = ''): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.head.innerHTML = head;
  doc.body.innerHTML = body;
  return doc;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('frameworkSign', () => {
  it('is null on a static article, with ordinary comments', () => {
    const doc = page(
      '<!-- header --><article><h1>Title</h1><p>Facebook and <b>Kazakhstan</b>.</p><!-- /article --></article>',
    );
    expect(frameworkSign(doc)).toBeNull();
  });

  it.each([
    ['Next.js root', '<div id="__next"><p>x</p></div>', '#__next'],
    [
      'Next.js data',
      '<div><p>x</p></div><script id="__NEXT_DATA__" type="application/json">{}</script>',
      '#__NEXT_DATA__',
    ],
    ['React 17 root', '<div data-reactroot=""><p>x</p></div>', '[data-reactroot]'],
    ['Nuxt root', '<div id="__nuxt"><p>x</p></div>', '#__nuxt'],
    ['Vue 2 SSR', '<div data-server-rendered="true"><p>x</p></div>', '[data-server-rendered]'],
    ['Svelte', '<p data-svelte-h="svelte-1x">x</p>', '[data-svelte-h]'],
    ['Astro island', '<astro-island uid="1"><p>x</p></astro-island>', 'astro-island'],
    ['Qwik', '<div q:container="paused"><p>x</p></div>', '[q:container]'],
    ['Gatsby', '<div id="___gatsby"><p>x</p></div>', '#___gatsby'],
  ])('finds the %s', (_name, body, selector) => {
    expect(frameworkSign(page(body))).toEqual({ kind: 'element', selector });
  });

  it.each([
    ["React's text separator", '<div id="root"><p>Facebook<!-- --> <!-- -->Kazakhstan</p></div>', ' '],
    ["React's Suspense boundary", '<div id="root"><!--$--><p>x</p><!--/$--></div>', '$'],
    ["Vue's fragment anchor", '<div id="app"><!--[--><p>x</p><!--]--></div>', '['],
    ["Svelte 5's empty anchor", '<main><p>x</p><!----></main>', ''],
  ])('finds %s', (_name, body, data) => {
    expect(frameworkSign(page(body))).toEqual({ kind: 'comment', data });
  });

  it("does not take Vue 3's mounted app for one still to hydrate", () => {
    expect(frameworkSign(page('<div data-v-app=""><p>x</p></div>'))).toBeNull();
  });

  it("finds the Next.js app router's streamed data in an inline script", () => {
    const doc = page('<main><p>x</p></main><script>(self.__next_f=self.__next_f||[]).push([0])</script>');
    expect(frameworkSign(doc)).toEqual({ kind: 'script' });
  });

  it('gives up on comments after a bounded number, so a page of comments costs little', () => {
    const many = '<!-- note -->'.repeat(MAX_COMMENTS);
    expect(frameworkSign(page(`${many}<p>x<!-- --></p>`))).toBeNull();
    expect(frameworkSign(page(`${'<!-- note -->'.repeat(MAX_COMMENTS - 1)}<p>x<!-- --></p>`))).toEqual({
      kind: 'comment',
      data: ' ',
    });
  });
});

describe('frameworkSign: root attributes are looked for near the top only', () => {
  it('finds an app root a few levels down, and not one buried deeper than apps mount', () => {
    expect(frameworkSign(page('<div><main><div data-server-rendered="true"><p>x</p></div></main></div>'))).toEqual({
      kind: 'element',
      selector: '[data-server-rendered]',
    });
    expect(
      frameworkSign(
        page('<div><div><div><div><div data-server-rendered="true"><p>x</p></div></div></div></div></div>'),
      ),
    ).toBeNull();
  });
});
