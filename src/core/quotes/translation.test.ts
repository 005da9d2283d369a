import { describe, expect, it } from 'vitest';
import { builtinCorpus } from '../corpus/builtin-corpus.ts';
import { baseLanguage, closestStatements, isTranslation } from './translation.ts';

const corpus = builtinCorpus();
const MCCONAGHY_NL =
  'We volgen wereldwijd een consistent proces om individuele claims te beoordelen, ongeacht de overheid. Dit proces is in Kazachstan hetzelfde als in andere landen van de wereld';
const MCCONAGHY_RU = 'Правительство выпустило собственное заявление, независимо от Facebook';

describe('isTranslation', () => {
  it("is true for a quote in a language none of its speaker's sources is in", () => {
    expect(isTranslation(corpus, 'ben-mcconaghy', 'nl')).toBe(true);
    expect(isTranslation(corpus, 'aida-balaeva', 'ru')).toBe(true);
    // "the sides said": the words are Meta's too.
    expect(isTranslation(corpus, 'meta', 'kk')).toBe(true);
  });

  it("is false in the sources' language, so an invented quote is still not found", () => {
    expect(isTranslation(corpus, 'george-chen', 'en')).toBe(false);
    expect(isTranslation(corpus, 'george-chen', 'en-GB')).toBe(false);
  });

  it('is false when the speaker or the language is unknown', () => {
    expect(isTranslation(corpus, undefined, 'nl')).toBe(false);
    expect(isTranslation(corpus, 'ben-mcconaghy', undefined)).toBe(false);
    expect(isTranslation(corpus, 'nobody', 'nl')).toBe(false);
  });
});

describe('closestStatements', () => {
  it("lists only the speaker's statements, as exact source passages", () => {
    const matches = closestStatements(corpus, 'ben-mcconaghy', MCCONAGHY_NL);
    expect(matches.length).toBe(3);
    for (const match of matches) {
      const text = corpus.documents.get(match.documentId)!.text;
      expect(text.slice(match.start, match.end)).toBe(match.passage);
    }
  });

  it('ranks the statement the translation renders first, in Dutch and in Russian', () => {
    expect(closestStatements(corpus, 'ben-mcconaghy', MCCONAGHY_NL)[0]!.passage).toMatch(/^We follow a consistent/);
    expect(closestStatements(corpus, 'ben-mcconaghy', MCCONAGHY_RU)[0]!.passage).toBe(
      'The government issued its own statement, independent of Facebook',
    );
  });

  it('gives a shared number its weight', () => {
    const [best] = closestStatements(corpus, 'kazakh-government', 'Не менее 3,2 млн пользователей');
    expect(best!.passage).toMatch(/3\.2 million/);
  });
});

describe('baseLanguage', () => {
  it('keeps the primary subtag', () => {
    expect(baseLanguage('en-US')).toBe('en');
    expect(baseLanguage('kk')).toBe('kk');
    expect(baseLanguage('zh_Hant')).toBe('zh');
  });
});
