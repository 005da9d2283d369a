/**
 * The needles stage 1 checks before detecting: what the build picks, and that
 * the check never rules out a page on which a required group fires (on the
 * hand-written topic pages, the fixture pages and seeded random pages made of
 * the lexicon's own words, inflected, cased and cut like real text).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { topic as topicJson } from '../../../corpus/kazakhstan-facebook-crs.json';
import { fixturePageTexts } from '../../../tests/support/match-texts.ts';
import { pick, random } from '../../../tests/support/random.ts';
import { PackSchema, type Topic } from '../corpus/schema.ts';
import { detectTopic, type PageSample, type TopicLexicon } from './detect-topic.ts';
import { mayBeAbout, mayContain, topicNeedles } from './topic-needles.ts';

const storyTopic: Topic = PackSchema.shape.topic.parse(topicJson);
const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/topic');

function page(parts: Partial<PageSample>): PageSample {
  return { title: '', url: '', description: '', headings: [], body: '', ...parts };
}

function lexicon(groups: Record<string, string[]>, required: string[]): TopicLexicon {
  return {
    groups: Object.entries(groups).map(([id, terms]) => ({ id, weight: 1, terms })),
    required,
    threshold: 1,
  };
}

/** Each required group whose evidence detection finds, checked against its needles alone. */
function expectNeedlesFound(sample: PageSample, topic: TopicLexicon, label: string): void {
  const needles = topicNeedles(topic);
  const fired = new Set(detectTopic(sample, topic).evidence.map((hit) => hit.group));
  topic.required.forEach((id, index) => {
    if (fired.has(id)) expect(mayBeAbout(sample, [needles[index]!]), `${label}: ${id}`).toBe(true);
  });
  if (detectTopic(sample, topic).about) expect(mayBeAbout(sample, needles), label).toBe(true);
}

describe('topicNeedles', () => {
  it('picks the word that covers the most terms, and only words that tell something', () => {
    const topic = lexicon(
      {
        platform: ['facebook*', "meta's", 'компани* мета', 'корпораци* мета', 'мета платформс'],
        country: ['kazakh*', 'nur-sultan', 'kazakhstan', 'ақдм'],
        other: ['exclusive access'],
      },
      ['platform', 'country'],
    );
    // "meta" for "meta's" (not "s"), "мета" for three terms (not "компани"), "sultan" for
    // "nur-sultan" (not "nur", in every German page); "kazakh" covers "kazakhstan" too.
    expect(topicNeedles(topic)).toEqual([
      ['мета', 'facebook', 'meta'],
      ['kazakh', 'sultan', 'ақдм'],
    ]);
  });

  it('splits terms into words as detection does, and reads every group with a required id', () => {
    // A byte-order mark is white space to the term's parser, and folded away in a page's text.
    const split = lexicon({ platform: ['face\uFEFFbook'] }, ['platform']);
    expect(detectTopic(page({ title: 'face book' }), split).about).toBe(true);
    expect(mayBeAbout(page({ title: 'face book' }), topicNeedles(split))).toBe(true);
    const twice: TopicLexicon = {
      groups: [
        { id: 'platform', weight: 1, terms: ['facebook'] },
        { id: 'platform', weight: 1, terms: ['meta platforms'] },
      ],
      required: ['platform'],
      threshold: 1,
    };
    expect(topicNeedles(twice)).toEqual([['platforms', 'facebook']]);
  });

  it('gives a required group with no words no needle, so no page passes', () => {
    const topic = lexicon({ platform: ['facebook'], country: ['***'] }, ['platform', 'country']);
    expect(topicNeedles(topic)).toEqual([['facebook'], []]);
    expect(mayBeAbout(page({ body: 'Facebook' }), topicNeedles(topic))).toBe(false);
  });
});

describe('mayContain', () => {
  it('finds a needle wherever a plain string search does, whatever characters it holds', () => {
    // A term's word may hold characters a regular expression reads as syntax.
    const needles = [['c++', 'a.b', 'x|y', '(1)', '[z]', '$^', 'q?', 'back\\slash'], ['meta']];
    const next = random(11);
    const pieces = [
      ...needles.flat(),
      'c',
      '+',
      'a',
      '.',
      'b',
      'x',
      'y',
      '|',
      '(',
      ')',
      '1',
      'z',
      ' ',
      'meta',
      'met',
      '\\',
    ];
    for (let round = 0; round < 300; round += 1) {
      const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pick(next, pieces)).join('');
      const expected = needles.every((group) => group.some((needle) => text.includes(needle)));
      expect(mayContain([text], needles), text).toBe(expected);
    }
  });
});

describe('mayBeAbout', () => {
  const needles = topicNeedles(storyTopic);

  it('rules out pages without a word of each required group, in any part', () => {
    expect(mayBeAbout(page({ body: 'The city council met on Tuesday about bus routes.' }), needles)).toBe(false);
    expect(mayBeAbout(page({ body: 'Facebook changed its feed again.' }), needles)).toBe(false);
    expect(
      mayBeAbout(page({ title: 'FACEBOOK', url: 'https://x.example/%D0%BA%D0%B0%D0%B7%D0%B0%D1%85' }), needles),
    ).toBe(true);
    expect(mayBeAbout(page({ headings: ['Фейсбук', 'Қазақстан'] }), needles)).toBe(true);
    // The folds detection makes: ё and Cyrillic і, soft hyphens inside a word.
    expect(mayBeAbout(page({ body: 'Face\u00ADbook in Ka\u00ADzakh\u00ADstan' }), needles)).toBe(true);
    const folds = lexicon({ platform: ['фейсбук*'], country: ['қазақстан', 'ёлка'] }, ['platform', 'country']);
    for (const title of ['ФЕЙСБУК в ҚАЗАҚСТАН', 'фейсбук қазақстан', 'Фейсбук и елка', 'Фейсбук и Ёлка']) {
      expect(detectTopic(page({ title }), folds).about, title).toBe(true);
      expect(mayBeAbout(page({ title }), topicNeedles(folds)), title).toBe(true);
    }
  });

  it('lets through every page on which a required group fires: the hand-written topic pages', () => {
    for (const file of readdirSync(FIXTURES).filter((name) => name.endsWith('.json'))) {
      const { page: sample } = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as { page: PageSample };
      expectNeedlesFound(sample, storyTopic, file);
    }
  });

  it('lets through every page on which a required group fires: the fixture pages', () => {
    for (const [name, text] of fixturePageTexts()) expectNeedlesFound(page({ body: text }), storyTopic, name);
  });

  it('lets through every page on which a required group fires: seeded pages of the lexicon’s words', () => {
    const next = random(2111);
    const words = storyTopic.groups.flatMap((group) => group.terms);
    const endings = ['', 'а', 'ом', 'стан', "'s", 'ский', 'тың', 'i', 'ё', '\u00AD', '-', ' ', '.'];
    const noise = ['the ', 'и ', 'және ', ', ', '\n', 'Ё', 'İ', 'ΑΣ ', '’', '-', '…', '\uFEFF', '\u200B'];
    const render = (term: string) =>
      term
        .split(' ')
        .map((word) => word.replace(/\*$/, () => pick(next, endings)))
        .map((word) =>
          next() < 0.3 ? word.toUpperCase() : next() < 0.3 ? word[0]!.toUpperCase() + word.slice(1) : word,
        )
        .join(next() < 0.8 ? ' ' : pick(next, ['\u00A0', '\n', '-', '']));
    let checked = 0;
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const pieces = 1 + Math.floor(next() * 6);
      for (let k = 0; k < pieces; k++) text += pick(next, noise) + render(pick(next, words));
      // Cut anywhere, as a sample's budget cuts the body.
      const cut = text.slice(Math.floor(next() * 3), text.length - Math.floor(next() * 3));
      const part = pick(next, ['title', 'body', 'url', 'description', 'headings'] as const);
      const sample = page(part === 'headings' ? { headings: cut.split('\n') } : { [part]: cut });
      expectNeedlesFound(sample, storyTopic, JSON.stringify(cut));
      if (detectTopic(sample, storyTopic).evidence.length > 0) checked += 1;
    }
    // The generator hits the lexicon often enough for the property to mean something.
    expect(checked).toBeGreaterThan(1500);
  });
});
