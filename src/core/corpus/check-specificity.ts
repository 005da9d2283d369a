/**
 * Is an imported pack's topic specific? Its lexicon is run against pages that
 * are about something else: the built-in story's near-miss pages (Facebook,
 * Kazakhstan, ministries, exclusive deals, but not the story) and a few
 * generic news texts in English, Russian and Kazakh. A topic that calls any of
 * them "about the story" would highlight claims on unrelated pages, so the
 * pack is refused, naming the page and the terms that fired.
 */
import type { Topic } from './schema.ts';
import type { PackProblem } from './validate-pack.ts';
import type { CompiledTopic } from '../topic/compile-topic.ts';
import { detectTopic, type PageSample } from '../topic/detect-topic.ts';

/** A page a specific topic must not fire on, with a name the author can recognise. */
export interface OffTopicPage {
  name: string;
  page: PageSample;
}

/** How many fired terms a problem names; the rest are counted. */
const TERMS_NAMED = 8;

/** One problem per off-topic page the topic calls about its story, at path `topic`. */
export function checkSpecificity(topic: Topic, compiled: CompiledTopic, pages: readonly OffTopicPage[]): PackProblem[] {
  const problems: PackProblem[] = [];
  for (const { name, page } of pages) {
    const result = detectTopic(page, topic, compiled);
    if (!result.about) continue;
    const terms = [...new Set(result.evidence.map((hit) => `"${hit.term}" (${hit.group})`))];
    const named = terms.slice(0, TERMS_NAMED).join(', ');
    const rest = terms.length > TERMS_NAMED ? ` and ${terms.length - TERMS_NAMED} more` : '';
    problems.push({
      path: 'topic',
      message:
        `is not specific: it calls the unrelated page "${name}" about this story ` +
        `(score ${result.score}, threshold ${topic.threshold}) with ${named}${rest}. ` +
        'Use terms only pages about this story use, require more groups or raise the threshold.',
    });
  }
  return problems;
}
