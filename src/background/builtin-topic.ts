/**
 * Full topic detection for the built-in story, in the background: stage 1
 * sends the sample of a page its needles let through (topic-needles.ts), or
 * of any page when the popup asks why it is not about the story. Nearly every
 * page fails the needles and sends nothing. The lexicon and its tables (~18
 * KB) are loaded once per start of the worker, where the code stays warm. In
 * the page, a first visit to a site compiled and ran the module cold: our
 * tasks on a 10 KB story article on a new site went 48.2 -> 38.7 ms when it
 * moved here (11 loads each, side by side).
 */
import detection from 'virtual:story-topic-detection';
import type { CompiledTopic } from '../core/topic/compile-topic.ts';
import { detectTopic, type PageSample, type TopicResult } from '../core/topic/detect-topic.ts';
import { loadTopicTables } from '../core/topic/topic-tables.ts';

// Compiled by the build, so nothing re-tokenises the built-in lexicon; loaded on the first
// question, not at each start of the worker.
let compiled: CompiledTopic | null = null;

/** The built-in story's verdict on a sampled page. */
export function detectBuiltin(sample: PageSample): TopicResult {
  compiled ??= loadTopicTables(detection.tables);
  return detectTopic(sample, detection.topic, compiled);
}
