/**
 * Attributes a quotation to a corpus speaker: a speaker's name, alias or
 * surname in the words around the quote, i.e. the rest of its sentence
 * (`"…," McConaghy said.`, `Balaeva wrote: “…”`, `«…», — заявил Бен
 * Макконахи.`) or, when the quote ends its sentence, the next sentence of
 * the paragraph (`«…». Об этом заявил Макконахи.`).
 */
import type { Corpus } from '../corpus/corpus.ts';
import type { Speaker } from '../corpus/schema.ts';

/** A speaker and the pattern matching every way pages write their name. */
interface NameMatcher {
  speakerId: string;
  pattern: RegExp;
}

/** A name found near a quote, and how far it is from a verb of saying. */
interface Mention {
  speakerId: string;
  verbDistance: number;
  quoteDistance: number;
}

// Verbs of saying in English, Russian and Kazakh (stems cover gender and tense: заявил, заявила, заявило).
const SPEECH_VERBS = [
  'said',
  'says',
  'say',
  'added',
  'adds',
  'wrote',
  'writes',
  'told',
  'tells',
  'stated',
  'states',
  'comment(?:s|ed)?',
  'noted',
  'notes',
  'explained',
  'insisted',
  'argued',
  'warned',
  'according to',
  'заяви\\p{L}*',
  'сказа\\p{L}*',
  'написа\\p{L}*',
  'пише\\p{L}*',
  'отмети\\p{L}*',
  'добави\\p{L}*',
  'сообщи\\p{L}*',
  'говори\\p{L}*',
  'подчеркну\\p{L}*',
  'по словам',
  'айтт\\p{L}*',
  'деді',
  'жазд\\p{L}*',
  'мәлімде\\p{L}*',
];
const SPEECH_VERB = new RegExp(`(?<![\\p{L}])(?:${SPEECH_VERBS.join('|')})(?![\\p{L}])`, 'giu');
const NOT_A_SUBJECT =
  /(?<![\p{L}])(?:on|in|at|to|from|of|with|by|for|about|his|her|its|their|на|в|во|о|об|с|со|к|от|для|у|его|её|их)\s+$/iu;
const CYRILLIC_WORD = /^\p{Script=Cyrillic}{5,}$/u;
const cache = new WeakMap<Corpus, NameMatcher[]>();

/** A name as a regex source: flexible spaces and apostrophes; Russian words may take a case ending. */
function nameSource(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word) => {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
      return CYRILLIC_WORD.test(word) ? `${escaped.slice(0, -1)}\\p{L}{0,3}` : escaped;
    })
    .join('\\s+');
}

/** The surname of a person's name ("Ben McConaghy"); none for an organisation's ("Ministry of Information"). */
function surnameOf(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  const personLike = words.length >= 2 && words.length <= 3 && words.every((word) => /^\p{Lu}/u.test(word));
  const last = words[words.length - 1]!;
  return personLike && last.length >= 3 ? last : undefined;
}

/** Full name, aliases, and the surname of each, longest first. */
function namesOf(speaker: Speaker): string[] {
  const full = [speaker.name, ...speaker.aliases];
  const surnames = full.map(surnameOf).filter((surname) => surname !== undefined);
  return [...new Set([...full, ...surnames])].sort((a, b) => b.length - a.length);
}

/** One name pattern per speaker, built once per corpus. */
export function nameMatchers(corpus: Corpus): NameMatcher[] {
  let matchers = cache.get(corpus);
  if (!matchers) {
    matchers = [...corpus.speakers.values()].map((speaker) => ({
      speakerId: speaker.id,
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${namesOf(speaker).map(nameSource).join('|')})(?![\\p{L}\\p{N}])`,
        'gu',
      ),
    }));
    cache.set(corpus, matchers);
  }
  return matchers;
}

/**
 * Distance from a name at [start, end) to the nearest verb of saying in `text`, or Infinity.
 * A name just before the verb ("Chen says") beats one just after it ("says Facebook is pleased").
 */
function distanceToVerb(text: string, start: number, end: number): number {
  let best = Infinity;
  for (const verb of text.matchAll(SPEECH_VERB)) {
    const verbEnd = verb.index + verb[0].length;
    best = Math.min(best, verb.index >= end ? verb.index - end : verbEnd <= start ? start - verbEnd + 1 : 0);
  }
  return best;
}

/** Every speaker mention in a stretch of context that can be the subject; `anchor` is where the quote sits relative to it. */
function mentionsIn(context: string, anchor: number, corpus: Corpus, penalty = 0): Mention[] {
  return nameMatchers(corpus).flatMap(({ speakerId, pattern }) =>
    [...context.matchAll(pattern)]
      // "wrote on Facebook", "his Facebook page", "with Meta's office": an object, not the speaker.
      .filter((match) => !NOT_A_SUBJECT.test(context.slice(Math.max(0, match.index - 12), match.index)))
      .map((match) => {
        const end = match.index + match[0].length;
        const quoteDistance = match.index >= anchor ? match.index - anchor : anchor - end;
        return {
          speakerId,
          verbDistance: distanceToVerb(context, match.index, end),
          quoteDistance: quoteDistance + penalty,
        };
      }),
  );
}

/** Context around a quote: its sentence outside the marks, and the next sentence if the quote ends its own. */
export interface QuoteContext {
  before: string;
  after: string;
  next: string;
}

/** The speaker the context attributes the quote to: names near a verb of saying first, then names near the quote. */
export function attributeSpeaker(context: QuoteContext, corpus: Corpus): string | undefined {
  const mentions = [
    ...mentionsIn(context.before, context.before.length, corpus),
    ...mentionsIn(context.after, 0, corpus),
    ...mentionsIn(context.next, 0, corpus, context.after.length + 1),
  ];
  mentions.sort((a, b) => a.verbDistance - b.verbDistance || a.quoteDistance - b.quoteDistance);
  return mentions[0]?.speakerId;
}
