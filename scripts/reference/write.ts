/**
 * Writes the pinned references (run by pin.sh inside a copy of the reference code, commit
 * 9caaeac, with today's pack, stemmers and pages): the claim matches and the quote findings
 * on every fixture page and on generated text, keeping the generated text's size and seed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { builtinCorpus } from '../../src/core/corpus/builtin-corpus.ts';
import { findClaims } from '../../src/core/claims/find-claims.ts';
import { scanText } from '../../src/core/scan-text.ts';
import { fixturePageTexts, generatedText } from '../../tests/support/match-texts.ts';

type Row = (string | number | null)[];

const corpus = builtinCorpus();
const out = process.argv[2]!;

/** Pins `rows` of every page and of the generated text into `file`, as the tests read it. */
function pin(file: string, rows: (text: string) => Row[], extra: (found: Row[]) => object = () => ({})): void {
  const previous = JSON.parse(readFileSync(`${out}/${file}`, 'utf8')) as {
    generated: { chars: number; seed: number; first: unknown[] };
  };
  const pages = Object.fromEntries([...fixturePageTexts()].map(([name, text]) => [name, rows(text)]));
  const { chars, seed } = previous.generated;
  const found = rows(generatedText(chars, seed));
  const sha256 = createHash('sha256').update(JSON.stringify(found)).digest('hex');
  const first = found.slice(0, previous.generated.first.length);
  const generated = { chars, seed, count: found.length, sha256, first, ...extra(found) };
  writeFileSync(`${out}/${file}`, JSON.stringify({ pages, generated }));
}

pin(
  'claim-matches.json',
  (text) => findClaims(text, corpus).map((m) => [m.claimId, m.start, m.end, m.patternId, m.confidence]),
  (found) => {
    const perClaim: Record<string, number> = {};
    for (const [id] of found) perClaim[id as string] = (perClaim[id as string] ?? 0) + 1;
    return { perClaim: Object.fromEntries(Object.entries(perClaim).sort(([a], [b]) => (a < b ? -1 : 1))) };
  },
);
pin('scan-quotes.json', (text) =>
  scanText(text, corpus).quotes.map((q) => [q.start, q.end, q.speakerId ?? null, q.check.verdict]),
);
console.log(`pinned in ${out}`);
