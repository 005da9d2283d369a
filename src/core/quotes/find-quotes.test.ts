import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuotedPassages, type QuotedPassage } from './find-quotes.ts';
import { SEEDS_DIR } from '../../../tests/support/seeds.ts';
import { SEED_FILES, seedCorpus, type SeedId } from './quote-seeds.fixture.ts';

// The speakers are all the tests need; no documents.
const corpus = seedCorpus({});
const find = (text: string) => {
  const passages = findQuotedPassages(text, corpus);
  for (const passage of passages) expect(text.slice(passage.start, passage.end)).toBe(passage.text);
  return passages;
};
const brief = (passages: QuotedPassage[]) => passages.map(({ text, speakerId }) => [text, speakerId]);

describe('findQuotedPassages', () => {
  it('finds English curly and straight quotes, attributed after or before', () => {
    const text =
      'Meta pushed back. “The government issued its own statement, independent of Facebook,” McConaghy said.\n' +
      'Balaeva wrote: "The text of the joint statement was fully endorsed by the office."';
    expect(brief(find(text))).toEqual([
      ['The government issued its own statement, independent of Facebook', 'ben-mcconaghy'],
      ['The text of the joint statement was fully endorsed by the office.', 'aida-balaeva'],
    ]);
  });

  it('finds Russian «…» and „…“ quotes, with inflected and following-sentence attribution', () => {
    const text =
      '«Мы следуем единому глобальному процессу оценки», — заявил Бен Макконахи.\n' +
      'По словам Балаевой, „текст совместного заявления был полностью согласован“.\n' +
      '«Текст заявления был согласован с офисом в Гонконге». Об этом написала Аида Балаева.';
    expect(brief(find(text))).toEqual([
      ['Мы следуем единому глобальному процессу оценки', 'ben-mcconaghy'],
      ['текст совместного заявления был полностью согласован', 'aida-balaeva'],
      ['Текст заявления был согласован с офисом в Гонконге', 'aida-balaeva'],
    ]);
  });

  it('leaves the speaker out when the sentence names nobody in the corpus', () => {
    const text = '“The government issued its own statement, independent of Facebook,” he added. Balaeva said nothing.';
    expect(find(text)).toEqual([
      { start: 1, end: 65, text: 'The government issued its own statement, independent of Facebook' },
    ]);
  });

  it('prefers the person who speaks over a platform named near the quote', () => {
    const text = 'Adil Jalilov, head of MediaNet, wrote on Facebook: “What children are these rules going to protect?”';
    expect(brief(find(text))).toEqual([['What children are these rules going to protect?', 'adil-jalilov']]);
  });

  it('attributes to an organisation by its name, never by the last word of it', () => {
    expect(
      brief(find('“We will start working in the system in November,” the Social Development office said.')),
    ).toEqual([['We will start working in the system in November', undefined]]);
    expect(brief(find('“We will start working in the system in November,” the МИОР said.'))).toEqual([
      ['We will start working in the system in November', 'kazakh-ministry'],
    ]);
  });

  it('skips short quotes and quotes that would span a paragraph break', () => {
    expect(find('It called it a “joint statement”, a "win-win" deal, «первый в регионе».')).toEqual([]);
    expect(find('“This quote starts in one paragraph\nand ends in the next one,” Sarym said.')).toEqual([]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(find("Facebook's spokesman said the company's policy hasn't changed and critics' worries remain.")).toEqual(
      [],
    );
    expect(brief(find("'It's basically a classic win-win situation,' Sarym wrote on Facebook's pages."))).toEqual([
      ["It's basically a classic win-win situation", 'aidos-sarym'],
    ]);
  });

  it('does not take a name in the possessive for the speaker', () => {
    const quote = '“The government issued its own statement, independent of Facebook,”';
    expect(brief(find(`${quote} said Balaeva's spokesman.`))).toEqual([[expect.any(String), undefined]]);
    expect(brief(find(`${quote} said Balaeva’s spokesman.`))).toEqual([[expect.any(String), undefined]]);
    expect(brief(find(`${quote} the minister said, rejecting McConaghy's account.`))).toEqual([
      [expect.any(String), undefined],
    ]);
    expect(brief(find(`McConaghy's rival Balaeva wrote: ${quote.replace(',”', '”')}`))).toEqual([
      [expect.any(String), 'aida-balaeva'],
    ]);
  });

  it('gives no speaker when the verb beside the quote has a subject outside the corpus', () => {
    const quote = '“The government issued its own statement, independent of Facebook,”';
    for (const sentence of [
      `${quote} the minister said, quoting McConaghy.`,
      `${quote} a spokesperson said. McConaghy declined to comment.`,
      `${quote} officials said, pointing to what McConaghy wrote.`,
      `${quote} said the minister, responding to McConaghy.`,
      `The minister told reporters, as McConaghy looked on: ${quote.replace(',”', '”')}`,
      '«Текст заявления был согласован с офисом в Гонконге», — заявил министр, отвечая Макконахи.',
    ]) {
      expect(brief(find(sentence)), sentence).toEqual([[expect.any(String), undefined]]);
    }
  });

  it('still finds the speaker as subject before or after the verb, past titles and adverbs', () => {
    const quote = '“The government issued its own statement, independent of Facebook,”';
    for (const sentence of [
      `${quote} said Meta spokesman Ben McConaghy, not the minister.`,
      `${quote} McConaghy on Tuesday said.`,
      `${quote} McConaghy has also said.`,
      `According to McConaghy, ${quote.replace(',”', '”')}`,
      `${quote} said Ben McConaghy, after the minister spoke.`,
    ]) {
      expect(brief(find(sentence)), sentence).toEqual([[expect.any(String), 'ben-mcconaghy']]);
    }
  });

  it('does not let a stray opening mark swallow the next quotation', () => {
    const quote = 'The government issued its own statement, independent of Facebook';
    expect(brief(find(`It called it a “joint. Later, “${quote},” McConaghy said.`))).toEqual([
      [quote, 'ben-mcconaghy'],
    ]);
    expect(brief(find(`It called it a "joint. Later, "${quote}," McConaghy said.`))).toEqual([
      [quote, 'ben-mcconaghy'],
    ]);
    expect(
      brief(find('Ещё “слово. По словам Балаевой, „текст совместного заявления был полностью согласован“.')),
    ).toEqual([['текст совместного заявления был полностью согласован', 'aida-balaeva']]);
  });

  it('gets through a 300,000-character paragraph of unclosed « and finds the quote after it', () => {
    const text = '«a '.repeat(100_000) + '«Мы следуем единому глобальному процессу оценки», — заявил Бен Макконахи.';
    expect(text.length).toBeGreaterThan(300_000);
    expect(brief(find(text))).toEqual([['Мы следуем единому глобальному процессу оценки', 'ben-mcconaghy']]);
  });

  it('stays fast on a long one-line page full of stray marks', () => {
    const chunk = 'a \'b " c « d “ e „ f. “One two three four five,” Sarym said. ';
    const text = chunk.repeat(4000);
    const started = performance.now();
    const passages = findQuotedPassages(text, corpus);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(passages.length).toBeGreaterThan(0);
  });

  it('returns nothing for text without quotes, or garbage', () => {
    expect(find('')).toEqual([]);
    expect(find('<div class="x"></div> 😀 « » " \' „')).toEqual([]);
  });
});

const haveSeeds = Object.values(SEED_FILES).every((file) => existsSync(`${SEEDS_DIR}/${file}`));
const seed = (id: SeedId) => readFileSync(`${SEEDS_DIR}/${SEED_FILES[id]}`, 'utf8');

describe.skipIf(!haveSeeds)('findQuotedPassages on the seed texts', () => {
  it('pairs a closing “ used by mistake, and nests ‘…’ inside «…»', () => {
    const denial = brief(find(seed('denial')));
    expect(denial).toContainEqual([expect.stringMatching(/^We follow .* of the world\.$/s), 'ben-mcconaghy']);
    expect(denial).toContainEqual(['The government issued its own statement, independent of Facebook', undefined]);
    const kazinform = find(seed('kazinform'));
    expect(kazinform).toHaveLength(1);
    expect(kazinform[0]).toMatchObject({ speakerId: 'george-chen' });
    expect(kazinform[0]!.text).toMatch(/^Facebook is delighted .*‘Content Reporting System’.* cyberspace safe\.$/s);
  });

  it('attributes The Diplomat’s rendering of George Chen’s words to him', () => {
    const chen = find(seed('diplomat')).find((passage) => passage.text.startsWith('authorized bodies'));
    expect(chen).toMatchObject({ speakerId: 'george-chen' });
  });
});
