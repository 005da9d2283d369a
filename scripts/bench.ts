/**
 * `npm run bench`: measures Counterpoint's costs side by side in one run and
 * prints ratios, so a regression shows as a changed ratio rather than a flaky
 * absolute time. Nothing here is a test; numbers go in the README.
 *
 *  0. Size of what runs on every page: the stage-1 script and its static imports, gzipped.
 *  1. Claim matching: one Aho-Corasick pass for all patterns vs one regular
 *     expression per pattern (the approach the matcher replaces), 1 MB and 4 MB.
 *  2. Stage 1 (every page): topic detection on a 20,000-char sample vs merely
 *     lower-casing that sample.
 *  3. In Chromium (skipped with --no-browser): main-thread work, script time
 *     and JS heap of an off-topic page, a story page and the hostile 3 MB page,
 *     with no extension, with an extension whose content script is empty (the
 *     cost any content script has), and with Counterpoint.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { builtinCorpus } from '../src/core/corpus/builtin-corpus.ts';
import { compileClaimMatcher } from '../src/core/claims/find-claims.ts';
import { parsePattern } from '../src/core/claims/pattern.ts';
import { normalizeText } from '../src/core/text/normalize.ts';
import { detectTopic } from '../src/core/topic/detect-topic.ts';
import { CHROMIUM, DIST, launchWithExtension } from './chromium.ts';
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
        const parts = chain.segments.map((stems) =>
          stems.map((stem) => `${escape(stem)}[\\p{L}\\p{N}]*`).join('[^\\p{L}\\p{N}\\n]+'),
        );
        const joined = parts.reduce(
          (acc, part, i) =>
            `${acc}(?:[^\\p{L}\\p{N}\\n]+[\\p{L}\\p{N}]+){0,${chain.gaps[i - 1] ?? 0}}[^\\p{L}\\p{N}\\n]+${part}`,
        );
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
  // Heap kept by the compiled matcher, measured first, between full collections (--expose-gc).
  const heap = () => (globalThis.gc?.(), globalThis.gc?.(), process.memoryUsage().heapUsed);
  const before = heap();
  const matcher = compileClaimMatcher(claims);
  console.log(
    `   heap kept by the compiled matcher (${claims.length} claims): ${((heap() - before) / 1e6).toFixed(2)} MB`,
  );
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
}

function benchStage1(): void {
  console.log('\n2. Stage 1 topic detection on a 20,000-char sample (median of 200 runs)');
  const body = pageText(1).slice(0, 20_000);
  const sample = {
    title: 'Facebook and Kazakhstan',
    url: 'https://example.com/news',
    description: '',
    headings: [],
    body,
  };
  const topic = corpus.packs[0]!.topic;
  detectTopic(sample, topic); // Compiles the lexicon once, as stage 1 does on its first call.
  const detect = time(200, () => detectTopic(sample, topic));
  const lower = time(200, () => body.toLowerCase());
  console.log(
    `   detectTopic ${detect.toFixed(3)} ms, toLowerCase ${lower.toFixed(3)} ms -> ratio ${(detect / lower).toFixed(1)}x`,
  );
}

type Setup = 'no extension' | 'empty content script' | 'Counterpoint';

/**
 * An extension whose content script does nothing, on the same pages: the cost any
 * content script has (injection, module loading), against which Counterpoint's own shows.
 */
function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'counterpoint-bench-empty-'));
  const manifest = {
    manifest_version: 3,
    name: 'Empty content script',
    version: '1.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'worker.js'), '');
  writeFileSync(join(dir, 'content.js'), '');
  return dir;
}

async function pageMetrics(setup: Setup, url: string, empty: string) {
  const profile = mkdtempSync(join(tmpdir(), 'counterpoint-bench-'));
  const context =
    setup === 'no extension'
      ? await chromium.launchPersistentContext(profile, {
          executablePath: CHROMIUM,
          headless: true,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
        })
      : (await launchWithExtension(profile, true, setup === 'Counterpoint' ? DIST : empty)).context;
  const page = await context.newPage();
  // Metrics count from `Performance.enable`, so enable before the page loads.
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  await page.goto(url);
  await page.waitForTimeout(2000);
  await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  await context.close();
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    scriptMs: metric('ScriptDuration') * 1000,
    taskMs: metric('TaskDuration') * 1000,
    heapMb: metric('JSHeapUsedSize') / 1e6,
  };
}

type Metrics = Awaited<ReturnType<typeof pageMetrics>>;
const BROWSER_RUNS = 3;

function medianMetrics(runs: Metrics[]): Metrics {
  const median = (pick: (m: Metrics) => number) => runs.map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  return { scriptMs: median((m) => m.scriptMs), taskMs: median((m) => m.taskMs), heapMb: median((m) => m.heapMb) };
}

async function benchBrowser(): Promise<void> {
  console.log(
    `\n3. In Chromium: main-thread work, script time and JS heap of a page load (median of ${BROWSER_RUNS} alternating runs)`,
  );
  const server = await servePages(0);
  const port = (server.address() as { port: number }).port;
  const empty = emptyExtension();
  const setups: Setup[] = ['no extension', 'empty content script', 'Counterpoint'];
  for (const name of ['vietnam.html', 'kazinform.html', 'hostile.html']) {
    const url = `http://127.0.0.1:${port}/${name}`;
    const runs = new Map<Setup, Metrics[]>(setups.map((setup) => [setup, []]));
    for (let i = 0; i < BROWSER_RUNS; i++) {
      for (const setup of setups) runs.get(setup)!.push(await pageMetrics(setup, url, empty));
    }
    const [none, bare, ours] = setups.map((setup) => medianMetrics(runs.get(setup)!)) as [Metrics, Metrics, Metrics];
    console.log(`   ${name}`);
    for (const [label, m] of [
      ['no extension', none],
      ['empty content script', bare],
      ['Counterpoint', ours],
    ] as const) {
      console.log(
        `     ${label.padEnd(21)} main-thread ${m.taskMs.toFixed(0).padStart(5)} ms  script ${m.scriptMs.toFixed(0).padStart(4)} ms  JS heap ${m.heapMb.toFixed(1)} MB`,
      );
    }
    console.log(
      `     Counterpoint / empty content script: main-thread x${(ours.taskMs / bare.taskMs).toFixed(2)}, script x${(ours.scriptMs / Math.max(bare.scriptMs, 1)).toFixed(2)}, heap x${(ours.heapMb / bare.heapMb).toFixed(2)}`,
    );
  }
  server.close();
}

/** Files the stage-1 content script loads on every page: the loader, its module, and static imports. */
function stage1Files(): string[] {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
  };
  const loader = manifest.content_scripts[0]!.js[0]!;
  const entry = /getURL\("([^"]+)"\)/.exec(readFileSync(join(DIST, loader), 'utf8'))?.[1];
  const files = new Set([loader]);
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    // Static imports only (`from"./x.js"`); dynamic `import(...)` chunks load on demand.
    for (const [, name] of code.matchAll(/from\s*["'`]\.\/([^"'`]+)["'`]/g)) visit(`assets/${name}`);
  };
  if (entry) visit(entry);
  return [...files];
}

function benchSize(): void {
  if (!existsSync(join(DIST, 'manifest.json'))) return console.log('0. Stage-1 size: run `npm run build` first');
  const files = stage1Files();
  const gzipped = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file))).length, 0);
  const raw = files.reduce((sum, file) => sum + readFileSync(join(DIST, file)).length, 0);
  console.log(`0. Stage 1 (every page): ${files.length} files, ${raw} bytes, ${gzipped} bytes gzipped\n`);
}

benchSize();
benchMatching();
benchStage1();
if (!process.argv.includes('--no-browser')) await benchBrowser();
