/**
 * Attributes a quotation to a corpus speaker: a speaker's name, alias or
 * surname in the words around the quote, i.e. the rest of its sentence
 * (`"…," McConaghy said.`, `Balaeva wrote: “…”`, `«…», — заявил Бен
 * Макконахи.`) or, when the quote ends its sentence, the next sentence of
 * the paragraph (`«…». Об этом заявил Макконахи.`). A name in the possessive
 * ("Balaeva's spokesman") or after a preposition ("wrote on Facebook") is not
 * the speaker, and neither is any name when the verb beside the quote has
 * another subject ("…," the minister said, citing McConaghy).
 */
import type { Corpus } from '../corpus/corpus.ts';
import type { Speaker } from '../corpus/schema.ts';
import { isLetter, isLetterOrDigit, isSpace } from './char-class.ts';
import { compileName, findNames, type CompiledName } from './name-match.ts';
import { attributionSubject, type ContextPart, type NameSpan } from './quote-subject.ts';
import { findSpeechVerbs, type VerbMatch } from './speech-verbs.ts';

/** A speaker and every way pages write their name. */
interface NameMatcher {
  speakerId: string;
  /** Full name, aliases and surnames, longest first: where two fit, the longer is the mention. */
  names: CompiledName[];
  /** Text every match starts with, one per name: a context holding none of them cannot match (cheap to test first). */
  needles: string[];
}

/** A name found near a quote, and how far it is from a verb of saying. */
interface Mention extends NameSpan {
  verbDistance: number;
  quoteDistance: number;
}

// Words after which a name is an object or a possession, not the speaker: "wrote on Facebook",
// "his Facebook page", "with Meta's office". "according to Balaeva" names the speaker, so "to"
// counts there.
const OBJECT_WORD =
  /^(?:on|in|at|to|from|of|with|by|for|about|after|before|against|than|like|unlike|over|under|his|her|its|their|на|в|во|о|об|с|со|к|от|для|у|после|против|его|её|их)$/iu;
const ACCORDING = /according\s+$/iu;
// How far before a name the word that makes it an object is looked for.
const OBJECT_REACH = 20;
const cache = new WeakMap<Corpus, NameMatcher[]>();

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

/** Each speaker's names, ready to be found, built once per corpus. */
export function nameMatchers(corpus: Corpus): NameMatcher[] {
  let matchers = cache.get(corpus);
  if (!matchers) {
    matchers = [...corpus.speakers.values()].map((speaker) => {
      const names = namesOf(speaker).map(compileName);
      return { speakerId: speaker.id, needles: names.map(needleOf), names };
    });
    cache.set(corpus, matchers);
  }
  return matchers;
}

/**
 * Distance from a name at [start, end) to the nearest of the verbs of saying `verbs`, or Infinity.
 * A name just before the verb ("Chen says") beats one just after it ("says Facebook is pleased").
 */
function distanceToVerb(verbs: readonly VerbMatch[], start: number, end: number): number {
  let best = Infinity;
  for (const verb of verbs) {
    const verbEnd = verb.index + verb.text.length;
    best = Math.min(best, verb.index >= end ? verb.index - end : verbEnd <= start ? start - verbEnd + 1 : 0);
  }
  return best;
}

/**
 * Whether `before` (the text just before a name) ends in one of the OBJECT_WORDs and white
 * space: the word being the whole run of letters there (nothing but a non-letter or the start
 * of `before` precedes it), "to" not after "according".
 */
export function followsObjectWord(before: string): boolean {
  let end = before.length;
  while (end > 0 && isSpace(before.charCodeAt(end - 1))) end -= 1;
  if (end === before.length) return false;
  let start = end;
  while (start > 0) {
    const codePoint = before.codePointAt(start - 1)!;
    // The low half of a pair: the letter is the code point that starts one unit earlier.
    const pair = start >= 2 && codePoint >= 0xdc00 && codePoint <= 0xdfff ? before.codePointAt(start - 2)! : -1;
    const [letter, width] = pair > 0xffff ? [pair, 2] : [codePoint, 1];
    if (!isLetter(letter)) break;
    start -= width;
  }
  const word = before.slice(start, end);
  if (!OBJECT_WORD.test(word)) return false;
  return !(word.toLowerCase() === 'to' && ACCORDING.test(before.slice(0, start)));
}

/** Whether the name ending at `end` takes a possessive 's ("Balaeva's spokesman", "McConaghy’s account"): someone else's words. */
export function isPossessive(context: string, end: number): boolean {
  const apostrophe = context[end];
  if ((apostrophe !== "'" && apostrophe !== '’') || (context[end + 1] !== 's' && context[end + 1] !== 'S'))
    return false;
  return end + 2 >= context.length || !isLetterOrDigit(context.codePointAt(end + 2)!);
}

/** What a match of `name` always starts with: its first word (less any Russian ending) up to any apostrophe. */
function needleOf(name: CompiledName): string {
  return name.words[0]!.text.split(/['’]/)[0]!;
}

/** Every speaker mention in a stretch of context that can be the subject; `anchor` is where the quote sits relative to it. */
function mentionsIn(context: string, anchor: number, corpus: Corpus, penalty = 0): Mention[] {
  const present = nameMatchers(corpus).filter(({ needles }) => needles.some((needle) => context.includes(needle)));
  // The verbs are found once for the context, and only where a name may be.
  let verbs: VerbMatch[] | undefined;
  return present.flatMap(({ speakerId, names }) =>
    findNames(context, names)
      .filter(([start]) => !followsObjectWord(context.slice(Math.max(0, start - OBJECT_REACH), start)))
      .filter(([, end]) => !isPossessive(context, end))
      .map(([start, end]) => {
        const quoteDistance = start >= anchor ? start - anchor : anchor - end;
        verbs ??= findSpeechVerbs(context);
        return {
          speakerId,
          start,
          end,
          verbDistance: distanceToVerb(verbs, start, end),
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

/**
 * The speaker the context attributes the quote to. The subject of the verb of
 * saying beside the quote decides when the words there name one ("McConaghy
 * said") or someone outside the corpus ("the minister said": nobody); else
 * names near a verb of saying come first, then names near the quote.
 */
export function attributeSpeaker(context: QuoteContext, corpus: Corpus): string | undefined {
  const before = mentionsIn(context.before, context.before.length, corpus);
  const after = mentionsIn(context.after, 0, corpus);
  const next = mentionsIn(context.next, 0, corpus, context.after.length + 1);
  const part = (text: string, names: Mention[]): ContextPart => ({ text, names });
  const subject = attributionSubject(
    part(context.before, before),
    part(context.after, after),
    part(context.next, next),
  );
  if (subject.kind === 'speaker') return subject.speakerId;
  if (subject.kind === 'other') return undefined;
  const mentions = [...before, ...after, ...next];
  mentions.sort((a, b) => a.verbDistance - b.verbDistance || a.quoteDistance - b.quoteDistance);
  return mentions[0]?.speakerId;
}
