/**
 * A light Russian stemmer: a trimmed-down Snowball (Porter) Russian algorithm
 * that strips inflectional endings of nouns, adjectives, participles and verbs,
 * so that "доступ", "доступа" and "доступом" meet on one stem. Derivational
 * suffixes are left alone: a claim pattern wants inflections folded, not
 * different words merged.
 */

/** An ending list; `afterAYa` endings count only right after "а" or "я", which stay. */
interface EndingGroup {
  endings: readonly string[];
  afterAYa: boolean;
}

const group = (afterAYa: boolean, list: string): EndingGroup => ({ endings: list.split(' '), afterAYa });

const PERFECTIVE_GERUND = [group(true, 'в вши вшись'), group(false, 'ив ивши ившись ыв ывши ывшись')];
const REFLEXIVE = [group(false, 'ся сь')];
const ADJECTIVE = [group(false, 'ее ие ые ое ими ыми ей ий ый ой им ым ом его ого ому их ых ую юю ая яя ою ею')];
// Soft-stem adjective endings that nouns in -ема also end with (систем, систему): only after н щ ж ш ч.
const SOFT_ADJECTIVE = /[нщжшч](ем|ему)$/;
const PARTICIPLE = [group(true, 'ем нн вш ющ щ'), group(false, 'ивш ывш ующ')];
const VERB = [
  // Snowball also lists л ла ло ли н на но ны нно й here; they cut nouns (канал, страна,
  // Казахстан) and the noun endings below already fold "сказал/сказала/сказали".
  group(true, 'ете йте ем ет ют ть ешь'),
  group(
    false,
    'ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю',
  ),
];
const NOUN = [
  group(
    false,
    'а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я',
  ),
];

const FINAL_I = [group(false, 'и')];
const SUPERLATIVE = [group(false, 'ейш ейше')];
const SOFT_SIGN = [group(false, 'ь')];
const VOWEL = /[аеиоуыэюя]/;

/** Stems a lower-case Russian word. */
export function stemRussian(input: string): string {
  const word = input.replaceAll('ё', 'е');
  const vowel = word.search(VOWEL);
  if (vowel < 0) return word;
  // Endings are only looked for after the first vowel (Snowball's RV region).
  const rv = vowel + 1;
  let stem = strip(word, rv, PERFECTIVE_GERUND);
  if (stem === null) {
    const base = strip(word, rv, REFLEXIVE) ?? word;
    const adjective = stripAdjective(base, rv);
    stem =
      adjective !== null
        ? (strip(adjective, rv, PARTICIPLE) ?? adjective)
        : (strip(base, rv, VERB) ?? strip(base, rv, NOUN) ?? base);
  }
  stem = strip(stem, rv, FINAL_I) ?? stem;
  return tidyEnd(stem, rv);
}

function stripAdjective(word: string, rv: number): string | null {
  const soft = SOFT_ADJECTIVE.exec(word);
  if (soft && word.length - soft[1]!.length >= rv) return word.slice(0, word.length - soft[1]!.length);
  return strip(word, rv, ADJECTIVE);
}

/** Final Snowball step: superlative "ейш(е)", then "нн" -> "н", or else a soft sign. */
function tidyEnd(word: string, rv: number): string {
  const base = strip(word, rv, SUPERLATIVE) ?? word;
  if (base.endsWith('нн') && base.length - 2 >= rv) return base.slice(0, -1);
  return strip(base, rv, SOFT_SIGN) ?? base;
}

/** Removes the longest ending of `groups` that lies in the region starting at `rv`, or returns null. */
function strip(word: string, rv: number, groups: readonly EndingGroup[]): string | null {
  let best = -1;
  for (const { endings, afterAYa } of groups) {
    for (const ending of endings) {
      if (ending.length <= best || !word.endsWith(ending)) continue;
      const at = word.length - ending.length;
      if (at < rv) continue;
      if (afterAYa && !(at - 1 >= rv && (word[at - 1] === 'а' || word[at - 1] === 'я'))) continue;
      best = ending.length;
    }
  }
  return best < 0 ? null : word.slice(0, word.length - best);
}
