/**
 * The pages an imported topic must not fire on (see core/corpus/check-specificity.ts):
 * the built-in story's near-miss pages, as the topic tests sample them
 * (tests/fixtures/topic/neg-*.json, bundled into the options page at build
 * time), and a few generic news texts in English, Russian and Kazakh.
 */
import type { OffTopicPage } from '../core/corpus/check-specificity.ts';
import type { PageSample } from '../core/topic/detect-topic.ts';
import news from './off-topic-news.json';

interface NearMissFixture {
  note: string;
  page: PageSample;
}

const nearMisses = import.meta.glob<NearMissFixture>('../../tests/fixtures/topic/neg-*.json', {
  eager: true,
  import: 'default',
});

/** Every off-topic page, near misses first, each named so that an author can find it. */
export const OFF_TOPIC_PAGES: readonly OffTopicPage[] = [
  ...Object.entries(nearMisses).map(([file, { page }]) => ({
    name: `near miss ${file.replace(/^.*\/neg-|\.json$/g, '')}: ${page.title}`,
    page,
  })),
  ...news.pages,
];
