/**
 * A lenient reading of a pack that failed its schema: every id, reference and
 * quoted string that is a string, '' for anything else, arrays kept index for
 * index. It lets the reference, quote and pattern checks run anyway, so that one
 * validation lists every problem, not only the shape problems.
 */
import { z } from '../zod-setup.ts';
import type { Pack } from './schema.ts';

const text = z.string().catch('');
const list = <T extends z.ZodType>(item: T) => z.array(item).catch([]);
const record = <T extends z.ZodRawShape>(shape: T) => {
  const schema = z.looseObject(shape);
  // A non-object entry still occupies its index, with every field empty.
  return schema.catch(() => schema.parse({}));
};

const Lenient = record({
  topic: record({ groups: list(record({ id: text })), required: list(text) }),
  documents: list(record({ id: text, text })),
  speakers: list(record({ id: text })),
  statements: list(
    record({
      id: text,
      speaker: text,
      document: text,
      quote: record({ exact: text, prefix: text, suffix: text }),
      relays: list(text),
      alsoAttributedTo: list(text),
    }),
  ),
  claims: list(
    record({
      id: text,
      patterns: list(record({ id: text, match: text })),
      statements: list(record({ statement: text })),
    }),
  ),
  timeline: list(record({ id: text, statements: list(text) })),
});

/** Reads what the cross-reference, quote and pattern checks need from any JSON value. Empty strings mean "unreadable". */
export function salvagePack(json: unknown): Pack {
  // Only the fields above are read by those checks, so the partial value is safe to pass as a Pack.
  return Lenient.parse(json) as unknown as Pack;
}
