/**
 * Full topic detection for the built-in story, a module of its own (built as
 * one file: scripts/build/stage1-script.ts) that stage 1 imports only for a
 * page its needles let through (topic-needles.ts), or when the popup asks why
 * a page is not about the story. Nearly every page fails
 * the needles, so stage 1, which runs on all of them, neither ships nor
 * parses the ~18 KB lexicon and tables (a new site's renderer compiles stage 1
 * from source on every first visit).
 */
import detection from 'virtual:story-topic-detection';
import { detectTopic, type PageSample, type TopicResult } from '../core/topic/detect-topic.ts';
import { loadTopicTables } from '../core/topic/topic-tables.ts';

// Compiled by the build: no page re-tokenises the built-in lexicon.
const compiled = loadTopicTables(detection.tables);

/** The built-in story's verdict on a sampled page. */
export function detectBuiltin(sample: PageSample): TopicResult {
  return detectTopic(sample, detection.topic, compiled);
}
