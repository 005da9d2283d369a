/**
 * `npm run bench`: measures Counterpoint's costs side by side in one run and
 * prints ratios, so a regression shows as a changed ratio rather than a flaky
 * absolute time. Nothing here is a test; numbers go in the README.
 *
 *  1. Claim matching: one Aho-Corasick pass for all patterns vs one regular
 *     expression per pattern (the approach the matcher replaces), 1 MB and 4 MB.
 *  2. Stage 1 (every page): topic detection on a 20,000-char sample vs merely
 *     lower-casing that sample.
 *  3. In Chromium (skipped with --no-browser): script time and JS heap of an
 *     off-topic page and a story page, with and without the extension.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { builtinCorpus } from '../src/core/corpus/builtin-corpus.ts';
import { compileClaimMatcher } from '../src/core/match/find-claims.ts';
import { parsePattern } from '../src/core/match/pattern.ts';
import { normalizeText } from '../src/core/text/normalize.ts';
import { detectTopic } from '../src/core/topic/detect-topic.ts';
import { CHROMIUM, launchWithExtension } from './chromium.ts';
import { PAGES_DIR, servePages } from './serve-pages.ts';

const corpus = builtinCorpus();
const claims = [...corpus.claims.values()];

/** Median wall time of `runs` calls, in milliseconds. */
function time(runs: number, fn: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

// Filler made of the fixture pages' text (story and near misses), so real claims are sprinkled through it.
function pageText(megabytes: number): string {
  const files = readdirSync(PAGES_DIR).filter((name) => name.endsWith('.html') && name !== 'hostile.html');
  const plain = files.map((name) => readFileSync(join(PAGES_DIR, name), 'utf8').replace(/<[^>]+>/g, ' ')).join('\n');
  return plain.repeat(Math.ceil((megabytes * 1e6) / plain.length)).slice(0, megabytes * 1e6);
}

// The baseline the issue warns against: one regular expression per pattern chain, over the whole page.
function regexBaseline(): RegExp[] {
  return claims.flatMap((claim) =>
    claim.patterns.flatMap((pattern) => {
      const parsed = parsePattern(pattern.match);
      if (!parsed.ok) return [];
      return parsed.pattern.chains.map((chain) => {
        const parts = chain.segments.map((stems) => stems.map((stem) => `${escape(stem)}[\\p{L}\\p{N}]*`).join('[^\\p{L}\\p{N}\\n]+'));
        const joined = parts.reduce((acc, part, i) => `${acc}(?:[^\\p{L}\\p{N}\\n]+[\\p{L}\\p{N}]+){0,${chain.gaps[i - 1] ?? 0}}[^\\p{L}\\p{N}\\n]+${part}`);
        return new RegExp(`(?<![\\p{L}\\p{N}])${joined}`, 'gu');
      });
    }),
  );
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function benchMatching(): void {
  console.log('1. Claim matching (median of 5 runs)');
  const matcher = compileClaimMatcher(claims);
  const regexes = regexBaseline();
  for (const size of [1, 4]) {
    const text = pageText(size);
    const ours = time(5, () => matcher.find(text));
    const theirs = time(5, () => {
      const folded = normalizeText(text).text;
      for (const regex of regexes) for (const _ of folded.matchAll(regex));
    });
    console.log(
      `   ${size} MB: one-pass matcher ${ours.toFixed(0)} ms, ${regexes.length} regexes ${theirs.toFixed(0)} ms -> ratio ${(theirs / ours).toFixed(1)}x`,
    );
  }
  const heapBefore = process.memoryUsage().heapUsed;
  const text = pageText(4);
  const heapText = process.memoryUsage().heapUsed;
  matcher.find(text);
  const heapAfter = process.memoryUsage().heapUsed;
  console.log(`   heap while matching 4 MB: ${((heapAfter - heapText) / 1e6).toFixed(0)} MB over the ${((heapText - heapBefore) / 1e6).toFixed(0)} MB text`);
}

function benchStage1(): void {
  console.log('\n2. Stage 1 topic detection on a 20,000-char sample (median of 200 runs)');
  const body = pageText(1).slice(0, 20_000);
  const sample = { title: 'Facebook and Kazakhstan', url: 'https://example.com/news', description: '', headings: [], body };
  const topic = corpus.packs[0]!.topic;
  detectTopic(sample, topic); // Compiles the lexicon once, as stage 1 does on its first call.
  const detect = time(200, () => detectTopic(sample, topic));
  const lower = time(200, () => body.toLowerCase());
  console.log(`   detectTopic ${detect.toFixed(3)} ms, toLowerCase ${lower.toFixed(3)} ms -> ratio ${(detect / lower).toFixed(1)}x`);
}

async function pageMetrics(withExtension: boolean, url: string) {
  const profile = mkdtempSync(join(tmpdir(), 'counterpoint-bench-'));
  const context = withExtension
    ? (await launchWithExtension(profile, true)).context
    : await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForTimeout(2000);
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  await context.close();
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { scriptMs: metric('ScriptDuration') * 1000, heapMb: metric('JSHeapUsedSize') / 1e6 };
}

async function benchBrowser(): Promise<void> {
  console.log('\n3. In Chromium: page script time and JS heap, without and with Counterpoint');
  const server = await servePages(0);
  const port = (server.address() as { port: number }).port;
  for (const name of ['vietnam.html', 'kazinform.html', 'hostile.html']) {
    const url = `http://127.0.0.1:${port}/${name}`;
    const without = await pageMetrics(false, url);
    const withExt = await pageMetrics(true, url);
    console.log(
      `   ${name.padEnd(15)} script ${without.scriptMs.toFixed(0)} -> ${withExt.scriptMs.toFixed(0)} ms (x${(withExt.scriptMs / without.scriptMs).toFixed(2)}), ` +
        `heap ${without.heapMb.toFixed(1)} -> ${withExt.heapMb.toFixed(1)} MB (x${(withExt.heapMb / without.heapMb).toFixed(2)})`,
    );
  }
  server.close();
}

benchMatching();
benchStage1();
if (!process.argv.includes('--no-browser')) await benchBrowser();
