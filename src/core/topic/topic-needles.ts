/**
 * A quick first check for stage 1: can this page be about the story at all?
 *
 * A page is about the story only when every required group of its topic
 * fires, and a term fires only where each of its words is found in the
 * folded text: as a token, or as the start of one. So a page on which no
 * word of a required group's terms appears, as plain text in any folded part,
 * cannot be about the story. The build picks those words ("needles", one set
 * per required group); stage 1 looks for them with the browser's own string
 * search. Nearly every page on the web fails the check there and then, with no
 * tokenising and no tables loaded.
 *
 * The check never refuses a page that detection would accept (topic-needles.test.ts
 * compares the two): it only says "maybe".
 */
import { pageTexts, type PageSample, type TopicLexicon } from './detect-topic.ts';
import { parseTerm } from './compile-topic.ts';
import { foldText } from './tokenize.ts';

// Shorter words are in too many ordinary words to tell anything ("s" of "meta's").
const MIN_NEEDLE = 4;

/**
 * For each required group, words of which at least one is in any page the group fires on.
 * A word covers a term when one of the term's words contains it; the build picks, again and
 * again, the word that covers the most terms not yet covered (the longer on a tie): "мета"
 * covers "компани* мета" and five more, where each term's longest word would have made
 * "компани", in every Russian business page, a needle.
 */
export function topicNeedles(topic: TopicLexicon): string[][] {
  return topic.required.map((id) => {
    // The words detection matches (parseTerm splits as compileTopic does), of every group with the id.
    let uncovered = topic.groups
      .filter((group) => group.id === id)
      .flatMap((group) => group.terms.map((term) => parseTerm(term).map((word) => word.text)))
      .filter((words) => words.length > 0);
    const covers = (words: string[], needle: string) => words.some((word) => word.includes(needle));
    const needles: string[] = [];
    while (uncovered.length > 0) {
      let best = '';
      let bestCount = 0;
      for (const words of uncovered) {
        const long = words.filter((word) => word.length >= MIN_NEEDLE);
        const candidates = long.length > 0 ? long : [longest(words)];
        for (const word of candidates) {
          const count = uncovered.filter((other) => covers(other, word)).length;
          if (count > bestCount || (count === bestCount && word.length > best.length))
            [best, bestCount] = [word, count];
        }
      }
      needles.push(best);
      uncovered = uncovered.filter((words) => !covers(words, best));
    }
    // A needle that holds another says nothing the shorter one does not.
    return needles.filter((needle) => !needles.some((other) => other !== needle && needle.includes(other)));
  });
}

function longest(words: string[]): string {
  return words.reduce((best, word) => (word.length > best.length ? word : best));
}

/** False when the page cannot be about the topic whose needles these are; true when it may be. */
export function mayBeAbout(page: PageSample, needles: readonly (readonly string[])[]): boolean {
  return mayContain(pageTexts(page), needles);
}

/** False when no word of some required group is in any of the texts (folded as detection folds them). */
export function mayContain(texts: readonly string[], needles: readonly (readonly string[])[]): boolean {
  const folded = texts.map(foldText);
  return searchesOf(needles).every((search) => folded.some((text) => search.test(text)));
}

// Per group, one regular expression of its needles as alternatives: one pass over a text for the
// group instead of one `includes` per needle (a news page's 150 KB: ~0.2 against ~0.9 ms for
// the 23 needles of a group it lacks). Made once per set of needles: stage 1's are the build's.
const searches = new WeakMap<readonly (readonly string[])[], RegExp[]>();

function searchesOf(needles: readonly (readonly string[])[]): RegExp[] {
  let found = searches.get(needles);
  if (!found) {
    found = needles.map((group) => new RegExp(group.map(escapeRegExp).join('|') || '(?!)'));
    searches.set(needles, found);
  }
  return found;
}

// Without a regular expression of its own: compiling one cost stage 1 ~0.2 ms on a new site.
function escapeRegExp(word: string): string {
  let escaped = '';
  for (const char of word) escaped += SYNTAX.includes(char) ? `\\${char}` : char;
  return escaped;
}

const SYNTAX = '\\^$.*+?()[]{}|';
