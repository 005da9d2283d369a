/**
 * Stage-1 topic detection: is the page the user opened about the story? Runs
 * in the content script on every page, so it only tokenises a bounded sample
 * of each page part once and looks tokens up in tables compiled per Topic.
 *
 * Scoring. A hit's evidence is its part's factor (title 2, headings,
 * description and URL 1.5, body 1) times its count. A group's strength is its
 * evidence over SATURATION, capped at 1: a title, heading, description or URL
 * hit or two body mentions make a group full, one body mention three quarters,
 * and no further repetition adds anything, so one repeated word cannot
 * dominate. The score is the sum of weight x strength over the groups;
 * the page is about the story when every required group fired and the score
 * reaches the topic's threshold.
 *
 * Ambiguity is the lexicon's job, not this module's: the pack's topic lexicon never
 * lists a bare "meta" (meta tags, мета-теги) or "CRS", only phrases such as
 * "meta platforms", "meta's", "компания Мета" and "content reporting system".
 */
import type { Topic, TopicGroup } from '../corpus/schema.ts';
import { compileTopic, scanTokens, type CompiledTopic } from './compile-topic.ts';
import { tokenize } from './tokenize.ts';

/** The parts of a page that topic detection reads. */
export interface PageSample {
  title: string;
  url: string;
  description: string;
  headings: string[];
  body: string;
}

/** Where on a page a term was found. */
export type PagePart = 'title' | 'url' | 'description' | 'headings' | 'body';

/** One lexicon term that fired, in which group, in which part of the page, how often. */
export interface TopicEvidence {
  group: string;
  term: string;
  part: PagePart;
  count: number;
}

/** The verdict, its score, and the evidence behind it in lexicon order. */
export interface TopicResult {
  about: boolean;
  score: number;
  evidence: TopicEvidence[];
}

const PARTS: readonly PagePart[] = ['title', 'url', 'description', 'headings', 'body'];
const PART_FACTOR: Record<PagePart, number> = { title: 2, url: 1.5, description: 1.5, headings: 1.5, body: 1 };
const SATURATION = 4 / 3;
// Defensive caps: the caller samples the body, but a hostile page can still hand over huge parts.
const MAX_BODY = 20_000;
const MAX_SHORT = 2_000;
const MAX_HEADINGS = 4_000;

/** The URL with percent-escapes decoded, so Cyrillic slugs tokenise as words. */
function decodeUrl(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/** The texts of one part, each scanned on its own so a multi-word term never spans two headings. */
function partTexts(page: PageSample, part: PagePart): string[] {
  switch (part) {
    case 'title':
    case 'description':
      return [page[part].slice(0, MAX_SHORT)];
    case 'url':
      return [decodeUrl(page.url.slice(0, MAX_SHORT))];
    case 'body':
      return [page.body.slice(0, MAX_BODY)];
    case 'headings': {
      const out: string[] = [];
      let budget = MAX_HEADINGS;
      for (const heading of page.headings) {
        if (budget <= 0) break;
        out.push(heading.slice(0, budget));
        budget -= heading.length;
      }
      return out;
    }
  }
}

/** Every text detection scans, as it scans them (a quick check reads the same, topic-needles.ts). */
export function pageTexts(page: PageSample): string[] {
  return PARTS.flatMap((part) => partTexts(page, part));
}

/** What detection needs of a pack's topic: no labels (stage 1 ships this to every page). */
export type TopicLexicon = Omit<Topic, 'groups'> & { groups: readonly Pick<TopicGroup, 'id' | 'weight' | 'terms'>[] };

/**
 * Decides whether a page is about the story, with the terms that fired and where.
 * `compiled` is the topic's lexicon compiled ahead (the build ships the built-in one); by default it is compiled here, once per Topic.
 */
export function detectTopic(
  page: PageSample,
  topic: TopicLexicon,
  compiled: CompiledTopic = compileTopic(topic),
): TopicResult {
  const hits = new Map<string, { g: number; t: number; p: number; count: number }>();
  const groupEvidence = new Array<number>(topic.groups.length).fill(0);
  PARTS.forEach((part, p) => {
    for (const text of partTexts(page, part)) {
      scanTokens(tokenize(text), compiled, ({ group: g, term: t }) => {
        const key = `${g}/${t}/${p}`;
        const hit = hits.get(key);
        if (hit) hit.count++;
        else hits.set(key, { g, t, p, count: 1 });
        groupEvidence[g]! += PART_FACTOR[part];
      });
    }
  });
  let score = 0;
  topic.groups.forEach((group, g) => {
    score += group.weight * Math.min(1, groupEvidence[g]! / SATURATION);
  });
  score = Math.round(score * 1000) / 1000;
  const fired = new Set([...hits.values()].map((hit) => topic.groups[hit.g]!.id));
  // Lexicon order (group, term, part), not page order, so equal pages give equal results.
  const evidence = [...hits.values()]
    .sort((a, b) => a.g - b.g || a.t - b.t || a.p - b.p)
    .map(({ g, t, p, count }) => {
      const group = topic.groups[g]!;
      return { group: group.id, term: group.terms[t]!, part: PARTS[p]!, count };
    });
  const about = topic.required.every((id) => fired.has(id)) && score >= topic.threshold;
  return { about, score, evidence };
}
