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
const corpus = builtinCorpus();
const out = process.argv[2]!;
const old = (f: string) => JSON.parse(readFileSync(`${out}/${f}`, 'utf8'));
const sha = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex');
// Claims
{
  const ref = old('claim-matches.json');
  const rows = (t: string) => findClaims(t, corpus).map((m) => [m.claimId, m.start, m.end, m.patternId, m.confidence]);
  const pages: Record<string, unknown> = {};
  for (const [name, text] of fixturePageTexts()) pages[name] = rows(text);
  const { chars, seed } = ref.generated;
  const found = rows(generatedText(chars, seed));
  const perClaim: Record<string, number> = {};
  for (const [id] of found) perClaim[id as string] = (perClaim[id as string] ?? 0) + 1;
  const sorted = Object.fromEntries(Object.entries(perClaim).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(
    `${out}/claim-matches.json`,
    JSON.stringify({
      pages,
      generated: {
        chars,
        seed,
        count: found.length,
        sha256: sha(found),
        first: found.slice(0, ref.generated.first.length),
        perClaim: sorted,
      },
    }),
  );
}
// Quotes
{
  const ref = old('scan-quotes.json');
  const rows = (t: string) =>
    scanText(t, corpus).quotes.map((q) => [q.start, q.end, q.speakerId ?? null, q.check.verdict]);
  const pages: Record<string, unknown> = {};
  for (const [name, text] of fixturePageTexts()) pages[name] = rows(text);
  const { chars, seed } = ref.generated;
  const found = rows(generatedText(chars, seed));
  writeFileSync(
    `${out}/scan-quotes.json`,
    JSON.stringify({
      pages,
      generated: {
        chars,
        seed,
        count: found.length,
        sha256: sha(found),
        first: found.slice(0, ref.generated.first.length),
      },
    }),
  );
}
console.log(`pinned in ${out}`);
