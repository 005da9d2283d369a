import { describe, expect, it } from 'vitest';
import { random as seeded, randomText } from '../../../tests/support/random.ts';
import { followsObjectWord, isPossessive } from './quote-speakers.ts';

// The regular expression followsObjectWord replaced, kept as the reference it must equal.
const REFERENCE =
  /(?<![\p{L}])(?:on|in|at|(?<!according\s+)to|from|of|with|by|for|about|after|before|against|than|like|unlike|over|under|his|her|its|their|на|в|во|о|об|с|со|к|от|для|у|после|против|его|её|их)\s+$/iu;

describe('followsObjectWord', () => {
  it('tells an object from a subject as the pattern did', () => {
    const cases = [
      'wrote on ',
      'wrote On\u00a0',
      'wrote on',
      'won ',
      'according to ',
      'According  TO ',
      'said to ',
      'сообщил в ',
      'заявил В ',
      'его ',
      'её\n',
      'ее ',
      '(for ',
      'x1for ',
      '',
      ' ',
      '𝐀for ',
      'because ',
    ];
    for (const before of cases) expect(followsObjectWord(before), JSON.stringify(before)).toBe(REFERENCE.test(before));
  });

  it('agrees with the pattern on seeded random text', () => {
    const random = seeded(20);
    const pieces = [
      'on',
      'to',
      'TO',
      'according',
      'в',
      'против',
      'их',
      'Его',
      'x',
      'ion',
      '1',
      '.',
      '(',
      ' ',
      '  ',
      '\n',
      '\u00a0',
      'é',
      '𝐀',
      'said',
    ];
    for (let round = 0; round < 3000; round++) {
      // As the caller does: at most the 20 characters before a name.
      const before = randomText(random, pieces, 1 + Math.floor(random() * 6)).slice(-20);
      expect(followsObjectWord(before), JSON.stringify(before)).toBe(REFERENCE.test(before));
    }
  });
});

// The pattern isPossessive replaced.
const POSSESSIVE = /['’][sS](?![\p{L}\p{N}])/uy;

describe('isPossessive', () => {
  it('agrees with the pattern after every name end in seeded random text', () => {
    const random = seeded(21);
    const pieces = ["'", '’', 's', 'S', 'a', '1', '𝐀', '𝟙', ' ', '.', 'x'];
    for (let round = 0; round < 3000; round++) {
      const context = randomText(random, pieces, 5);
      for (let end = 0; end <= context.length; end++) {
        POSSESSIVE.lastIndex = end;
        expect(isPossessive(context, end), `${JSON.stringify(context)} at ${end}`).toBe(POSSESSIVE.test(context));
      }
    }
  });
});
