/**
 * The pack service's protocol: what content scripts ask the background about
 * stories' topics and imported packs (which live in the extension's
 * IndexedDB, out of a content script's reach). Its own map, apart from
 * messages.ts, so that stage 1 can name the methods without loading zod; the
 * background validates payloads.
 */
import { z } from './zod-setup.ts';

const Text = z.string().max(100_000);

/** A page's sample (content/page-sample.ts). */
const Sample = z.strictObject({
  title: Text,
  url: Text,
  description: Text,
  headings: z.array(Text).max(200),
  body: Text,
});

/** Requests a content script sends to the background's pack service. */
export const PackRequests = {
  /** The built-in story's verdict on the sampled page (a TopicResult). */
  detectBuiltinTopic: Sample,
  /** Is the sampled page about an imported story? Answers `{ packId, result }` or null. */
  matchImportedTopic: Sample,
  /** The imported packs as stored (StoredPack[]): those with `ids`, or all. */
  importedPacks: z.strictObject({ ids: z.array(z.string().max(200)).max(1000).optional() }),
} as const;

/** A pack-service method name. */
export type PackRequestMethod = keyof typeof PackRequests;
