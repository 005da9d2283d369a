/**
 * Who the verb of saying next to a quote has as its subject, judged from the
 * words right beside the verb: a corpus name ("McConaghy said"), someone else
 * ("the minister said", "said a spokesperson", "officials said", "he added"),
 * or nothing the words can tell ("…, who said", "said on his page that").
 * A verb with someone else as its subject means the quote is theirs, not that
 * of a name found further away.
 */
import { findSpeechVerbs, type VerbMatch } from './speech-verbs.ts';

/** A corpus name found in a stretch of context, at offsets into that stretch; only names that can be a subject. */
export interface NameSpan {
  speakerId: string;
  start: number;
  end: number;
}

/** The subject of a verb of saying: a corpus speaker, someone outside the corpus, or not known. */
export type Subject = { kind: 'speaker'; speakerId: string } | { kind: 'other' } | { kind: 'unknown' };

/** A stretch of a quote's context with the subject-capable names in it. */
export interface ContextPart {
  text: string;
  names: readonly NameSpan[];
}

// "According to X" and "по словам X" name their subject after them, never before.
const SUBJECT_AFTER = /^(?:according to|по словам)$/iu;
// Words between a subject and its verb: "Balaeva also said", "Chen has repeatedly said", "он не сказал".
const BETWEEN =
  /^(?:also|then|later|again|earlier|once|further|just|never|not|has|had|have|was|is|were|would|will|did|does|do|could|can|may|might|\p{L}+ly|\p{L}+n['’]t|также|тоже|уже|ранее|ещё|еще|не|позже)$/iu;
// Words that stand for a subject named elsewhere ("Chen, who said"), or start a clause without one.
const CONNECTIVE =
  /^(?:who|which|that|and|but|or|nor|as|to|so|when|while|where|и|а|но|или|что|как|когда|котор\p{L}*)$/iu;
const PREPOSITION =
  /^(?:on|in|at|to|from|of|with|by|for|about|after|before|during|over|under|via|through|against|into|per|в|во|на|о|об|обо|с|со|к|ко|от|для|у|по|при|из|за|про)$/iu;
// Where a subject phrase ends: punctuation, quotation marks, dashes; not the dot of "Mr. Chen".
const PHRASE_END = /[,;:!?()«»“”„"—–]|(?<!(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov))\.(?=\s|$)/u;
const LAST_WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?$/u;
const WORDS = /[\p{L}\p{N}]+/gu;

/** Whether one of the three words before `at`, in the same clause, is a preposition ("in a statement", "on Monday"). */
function inPrepositionalPhrase(text: string, at: number): boolean {
  const clause =
    text
      .slice(Math.max(0, at - 60), at)
      .split(/[,;:.!?()«»“”„"—–]/u)
      .pop() ?? '';
  return (clause.match(WORDS) ?? []).slice(-3).some((word) => PREPOSITION.test(word));
}

/** The subject named just before the verb at `verbStart`: "McConaghy said", "the minister said", "officials have said". */
function subjectBefore(part: ContextPart, verbStart: number): Subject {
  let end = verbStart;
  for (let skipped = 0; skipped <= 3; skipped += 1) {
    const slot = part.text.slice(0, end).trimEnd();
    const name = part.names.find((span) => span.end === slot.length);
    if (name) return { kind: 'speaker', speakerId: name.speakerId };
    // Only the slot's tail is searched, so a long run of letters costs nothing.
    const tail = Math.max(0, slot.length - 80);
    const word = LAST_WORD.exec(slot.slice(tail));
    // Punctuation before the verb ("Chen, the director, said"): the subject is not right there.
    if (!word) return { kind: 'unknown' };
    const wordStart = tail + word.index;
    if (BETWEEN.test(word[0])) {
      end = wordStart;
      continue;
    }
    if (CONNECTIVE.test(word[0]) || inPrepositionalPhrase(slot, wordStart)) return { kind: 'unknown' };
    return { kind: 'other' };
  }
  return { kind: 'unknown' };
}

/** The subject named just after the verb ending at `verbEnd`: "said Balaeva", "said the minister", "по словам министра". */
function subjectAfter(part: ContextPart, verbEnd: number): Subject {
  const rest = part.text.slice(verbEnd);
  const stop = rest.search(PHRASE_END);
  const phrase = rest.slice(0, stop === -1 ? 80 : Math.min(stop, 80));
  const first = phrase.match(WORDS)?.[0];
  if (first === undefined || PREPOSITION.test(first) || CONNECTIVE.test(first)) return { kind: 'unknown' };
  // "Mr. Chen" runs past the phrase's end at "Mr.", so a name need only start inside the phrase.
  const name = part.names.find((span) => span.start >= verbEnd && span.start <= verbEnd + phrase.length);
  return name ? { kind: 'speaker', speakerId: name.speakerId } : { kind: 'other' };
}

/** The subject of the verb matched in `part`: before it if the words there tell, else after it. */
function subjectOf(part: ContextPart, verb: VerbMatch): Subject {
  if (!SUBJECT_AFTER.test(verb.text)) {
    const before = subjectBefore(part, verb.index);
    if (before.kind !== 'unknown') return before;
  }
  return subjectAfter(part, verb.index + verb.text.length);
}

/**
 * The subject of the verb of saying that introduces a quote: the verb nearest
 * the quote in its own sentence (`before` ends at the opening mark, `after`
 * starts after the closing one), else the first in the next sentence.
 */
export function attributionSubject(before: ContextPart, after: ContextPart, next: ContextPart): Subject {
  const last = findSpeechVerbs(before.text).pop();
  const [first] = findSpeechVerbs(after.text);
  const lastDistance = last ? before.text.length - last.index - last.text.length : Infinity;
  if (last && lastDistance <= (first?.index ?? Infinity)) return subjectOf(before, last);
  if (first) return subjectOf(after, first);
  const [inNext] = findSpeechVerbs(next.text);
  return inNext ? subjectOf(next, inNext) : { kind: 'unknown' };
}
