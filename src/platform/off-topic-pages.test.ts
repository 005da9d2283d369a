import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK } from '../core/corpus/builtin-corpus.ts';
import type { Topic } from '../core/corpus/schema.ts';
import { OFF_TOPIC_PAGES } from './off-topic-pages.ts';
import { checkSpecificity } from '../core/corpus/check-specificity.ts';
import { compileTopic } from '../core/topic/compile-topic.ts';

const check = (topic: Topic) => checkSpecificity(topic, compileTopic(topic), OFF_TOPIC_PAGES);
const riverton = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../tests/fixtures/packs/riverton-bridge-tolls.json'), 'utf8'),
);

describe('checkSpecificity', () => {
  it('has the near-miss pages and generic news in three languages to check against', () => {
    const names = OFF_TOPIC_PAGES.map((page) => page.name);
    expect(names.filter((name) => name.startsWith('near miss')).length).toBeGreaterThanOrEqual(28);
    for (const lang of ['en', 'ru', 'kk'])
      expect(names.filter((name) => name.startsWith(`generic news (${lang})`)).length).toBeGreaterThanOrEqual(3);
  });

  it('passes the built-in topic and a specific imported one', () => {
    expect(check(BUILTIN_PACK.topic)).toEqual([]);
    expect(check(riverton.topic)).toEqual([]);
  });

  it('refuses a topic of common words, saying which page matched and with which terms', () => {
    const problems = check({
      groups: [{ id: 'news', label: 'News', weight: 1, terms: ['government', 'ministry', 'правительств*'] }],
      required: [],
      threshold: 1,
    });
    expect(problems.map((p) => p.path)).toEqual(problems.map(() => 'topic'));
    expect(problems.map((p) => p.message)).toContainEqual(
      expect.stringContaining(
        'calls the unrelated page "generic news (en): city council budget" about this story (score 1, threshold 1) with "government" (news), "ministry" (news)',
      ),
    );
    expect(problems.map((p) => p.message).join('\n')).toContain('"правительств*" (news)');
  });

  it('refuses the built-in lexicon with a threshold low enough to fire on its near misses', () => {
    const problems = check({ ...BUILTIN_PACK.topic, required: [], threshold: 1 });
    expect(problems.some((p) => p.message.includes('near miss en-vietnam'))).toBe(true);
  });
});
