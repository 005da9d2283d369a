/**
 * The words the popup uses for a story's topics ("Facebook / Meta",
 * "Kazakhstan"…): the topic groups' labels in the reader's language. The
 * built-in pack's come with the popup (not with stage 1, which runs on every
 * page and needs only the terms); an imported pack's from its stored pack.
 */
import builtin from 'virtual:story-topic-labels';
import type { TopicGroup } from '../core/corpus/schema.ts';
import { localized, type ReaderLanguage } from '../core/view/localize.ts';
import { readStoredPacksById } from '../platform/pack-db.ts';
import type { TopicLabels } from '../ui/evidence.ts';

type Labelled = Pick<TopicGroup, 'id' | 'label' | 'translations'>;

/** The labels of `packId`'s topic groups (the built-in pack's when it is absent or unknown). */
export async function topicLabels(packId: string | undefined, lang: ReaderLanguage): Promise<TopicLabels> {
  let groups: readonly Labelled[] = builtin.groups;
  if (packId && packId !== builtin.packId) {
    const [stored] = await readStoredPacksById([packId]).catch(() => []);
    groups = stored?.pack.topic.groups ?? groups;
  }
  return Object.fromEntries(
    groups
      .filter((group) => typeof group.label === 'string')
      .map((group) => [group.id, localized(group, 'label', lang)]),
  );
}
