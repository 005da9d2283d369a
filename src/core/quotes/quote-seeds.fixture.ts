/**
 * Test fixture: a minimal pack around the real seed texts, for the quote tests.
 * The texts are passed in (tests read them from tests/support/seeds.ts's folder), so this
 * module stays free of Node APIs like the rest of the core. Not loaded by the
 * extension.
 */
import { createCorpus, type Corpus } from '../corpus/corpus.ts';
import type { Pack, Speaker } from '../corpus/schema.ts';

/** Seed files by the short ids the tests use. */
export const SEED_FILES = {
  zdnet: '000_691ac110e3908f7b.txt',
  kazinform: '001_8a9a43c881bc08ae.txt',
  denial: '002_f572cbbbdbc953ce.txt',
  globe: '003_3ded2e3969e6feee.txt',
  diplomat: '004_1412a9cb22655cc3.txt',
} as const;

/** A short id of a seed file. */
export type SeedId = keyof typeof SEED_FILES;

const person = (id: string, name: string, organisation: string, aliases: string[]): Speaker => ({
  id,
  name,
  role: 'test speaker',
  organisation,
  aliases,
});

/** The story's speakers, with the Russian spellings pages use. */
export const SEED_SPEAKERS: Speaker[] = [
  person('george-chen', 'George Chen', 'Facebook', ['Джордж Чен']),
  person('ben-mcconaghy', 'Ben McConaghy', 'Meta', ['Бен Макконахи', 'Макконахи']),
  person('aida-balaeva', 'Aida Balaeva', 'Ministry of Information and Social Development', ['Аида Балаева']),
  person('aidos-sarym', 'Aidos Sarym', 'Mazhilis', ['Айдос Сарым']),
  person('adil-jalilov', 'Adil Jalilov', 'MediaNet', ['Адиль Джалилов']),
  // Organisations speak too; their names must not yield "surnames" like "Development".
  person('meta', 'Meta', 'Meta', ['Facebook']),
  person('kazakh-ministry', 'Ministry of Information and Social Development', 'Government of Kazakhstan', ['МИОР']),
];

/** Builds a corpus whose documents are the given seed texts, keyed by their short ids. */
export function seedCorpus(texts: Partial<Record<SeedId, string>>): Corpus {
  const documents = Object.entries(texts).map(([id, text]) => ({
    id,
    title: id,
    outlet: id,
    date: '2021-11',
    language: 'en' as const,
    kind: 'news-report' as const,
    seedFile: SEED_FILES[id as SeedId],
    text: text ?? '',
  }));
  const pack: Pack = {
    format: 'counterpoint-pack/1',
    id: 'quote-seeds',
    title: 'Quote test pack',
    description: 'Fixture',
    topic: { groups: [{ id: 'fb', label: 'Facebook', weight: 1, terms: ['facebook'] }], required: [], threshold: 1 },
    documents,
    speakers: SEED_SPEAKERS,
    statements: [],
    claims: [],
    timeline: [],
  };
  return createCorpus([pack]);
}
