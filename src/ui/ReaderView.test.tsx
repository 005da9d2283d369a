// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimViewStatement } from '../core/view/claim-view.ts';
import { CORPUS } from './fixtures.test-data.ts';
import { ReaderView } from './ReaderView.tsx';
import { renderInto, type Rendered } from './test-render.ts';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const reuters = CORPUS.documents.get('reuters')!;
const kazinform = CORPUS.documents.get('kazinform')!;

describe('ReaderView', () => {
  it('renders the document as paragraphs whose text is exactly the source text', () => {
    view = renderInto(<ReaderView document={reuters} />);
    const paragraphs = [...view.container.querySelectorAll('.cp-reader-text p')];
    expect(paragraphs.map((p) => p.textContent)).toEqual(reuters.text.split('\n\n'));
    expect(paragraphs.every((p) => p.childNodes.length === 1 && p.firstChild!.nodeType === 3)).toBe(true);
    expect(view.container.querySelector('mark')).toBeNull();
  });

  it('marks exactly the highlight range, cutting the text into before / mark / after', () => {
    const start = reuters.text.indexOf('Hong Kong');
    const end = start + 'Hong Kong office'.length;
    view = renderInto(<ReaderView document={reuters} highlight={{ start, end }} />);
    const marks = view.container.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe('Hong Kong office');
    const paragraph = marks[0]!.parentElement!;
    expect([...paragraph.childNodes].map((node) => node.textContent)).toEqual([
      'Minister Aida Balaeva said the text was agreed with the ',
      'Hong Kong office',
      '.',
    ]);
  });

  it('splits a highlight that spans a paragraph break into one mark per paragraph', () => {
    const start = reuters.text.indexOf('Ben McConaghy');
    const end = reuters.text.indexOf(' said the text');
    view = renderInto(<ReaderView document={reuters} highlight={{ start, end }} />);
    expect([...view.container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Ben McConaghy said.',
      'Minister Aida Balaeva',
    ]);
  });

  it('scrolls the highlight into view', async () => {
    const scroll = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => {});
    const start = reuters.text.indexOf('Hong Kong');
    view = renderInto(<ReaderView document={reuters} highlight={{ start, end: start + 9 }} />);
    await vi.waitFor(() => expect(scroll).toHaveBeenCalled());
    expect(scroll.mock.contexts[0]).toBe(view.container.querySelector('mark'));
    scroll.mockRestore();
  });

  it('shows title, outlet, author, date with its note, and who said the highlighted words', () => {
    const statement = claimViewStatement(CORPUS, 'meta-not-exclusive')!;
    view = renderInto(<ReaderView document={reuters} statement={statement} />);
    expect(view.container.querySelector('h1')!.textContent).toBe('Meta denies exclusive deal');
    expect(view.text()).toContain('A. Reporter · Nov 2021 (Early November, from the text)');
    const box = view.container.querySelector('aside')!;
    expect(box.getAttribute('aria-label')).toBe('Highlighted statement');
    expect(box.textContent).toContain('Ben McConaghy, Spokesman, Meta, said on 2 Nov 2021:');
    expect(box.textContent).toContain(
      'Contradicts the claim “Facebook gave Kazakhstan exclusive access”: Meta denies exclusivity.',
    );
  });

  it('links to the original only for http(s) URLs', () => {
    view = renderInto(<ReaderView document={kazinform} />);
    expect(view.container.querySelector('a')!.getAttribute('href')).toBe('https://www.inform.kz/en/example');
    view.unmount();
    view = renderInto(<ReaderView document={{ ...kazinform, url: 'javascript:alert(1)' }} />);
    expect(view.container.querySelector('a')).toBeNull();
  });
});
