import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK } from '../corpus/builtin-corpus.ts';
import { random as seeded } from '../../../tests/support/random.ts';
import { compileName, findNames } from './name-match.ts';

// The per-speaker regular expression this module replaced, kept as the reference it must equal.
const CYRILLIC_WORD = /^\p{Script=Cyrillic}{5,}$/u;
function referencePattern(names: readonly string[]): RegExp {
  const source = (name: string) =>
    name
      .trim()
      .split(/\s+/)
      .map((word) => {
        const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
        return CYRILLIC_WORD.test(word) ? `${escaped.slice(0, -1)}\\p{L}{0,3}` : escaped;
      })
      .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(source).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}
const reference = (text: string, names: readonly string[]) =>
  [...text.matchAll(referencePattern(names))].map((match) => [match.index, match.index + match[0].length]);
const found = (text: string, names: readonly string[]) => findNames(text, names.map(compileName));

describe('findNames', () => {
  it('finds names as the speakers’ patterns did', () => {
    const names = ['Ben McConaghy', 'McConaghy', 'Бен Макконахи', 'Макконахи', 'Meta’s Hong Kong office', 'U.S. State'];
    const cases = [
      '"We never agreed," McConaghy said.',
      'said Ben  McConaghy, and Ben\nMcConaghy again',
      'McConaghys said; xMcConaghy said; McConaghy2 said',
      '«Это не так», — заявил Бен Макконахи. Макконахи́ и Макконахиыыы, Макконахой.',
      "Meta's Hong Kong office and Meta’s Hong Kong office and Meta`s Hong Kong office",
      'the U.S. State Department; the UxS. State',
      '',
    ];
    for (const text of cases) expect(found(text, names), text).toEqual(reference(text, names));
  });

  it('finds every built-in speaker’s names as the patterns did, in seeded random text', () => {
    const random = seeded(8);
    const speakerNames = BUILTIN_PACK.speakers.map((speaker) => [speaker.name, ...speaker.aliases]);
    const glue = [
      ' ',
      '  ',
      '\n',
      '',
      ',',
      '.',
      "'s ",
      '’s ',
      'а',
      'ой',
      'ыми',
      'ого',
      'ими',
      'ями',
      '1',
      'x',
      'Ж',
      '«',
      '» ',
      '\u00a0',
      '😀',
      // Letters and digits outside the BMP: a name must not start or end next to one, nor count
      // one as two letters of an ending.
      '𝐀',
      '𝟙',
      'о𝐀',
      'ой𝐀',
    ];
    for (let round = 0; round < 400; round++) {
      const names = speakerNames[Math.floor(random() * speakerNames.length)]!;
      const pool = speakerNames.flat();
      const parts: string[] = [];
      for (let i = 0; i < 12; i++) {
        const name = pool[Math.floor(random() * pool.length)]!;
        // Names whole, cut short, or with their spaces and apostrophes changed.
        const variant = [
          name,
          name.slice(0, Math.max(1, Math.floor(random() * name.length))),
          name.replace(/\s/g, '\n '),
          name.replace(/'/g, '’'),
        ][Math.floor(random() * 4)]!;
        parts.push(variant, glue[Math.floor(random() * glue.length)]!);
      }
      const text = parts.join('');
      expect(found(text, names), text).toEqual(reference(text, names));
    }
  });
});
