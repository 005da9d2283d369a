/**
 * `npm run bench`: measures Counterpoint's costs side by side in one run and
 * prints them with ratios, so a regression shows as a changed ratio rather
 * than a flaky absolute time. Nothing here is a test; numbers go in the README.
 *
 *  0. Size of what runs on every page: the stage-1 script and its static imports, gzipped.
 *  1. The claim matcher in Node: MB/s on 1 MB of story text, beside a plain
 *     `toLowerCase().split()` of the same text (how fast this machine is today).
 *  2. Stage 1 (every page): topic detection on a 20,000-char sample, with the lexicon the build compiled.
 *  3. In Chromium (skipped with --no-browser): an off-topic article, bare and
 *     on a page built like a news site, a 10 KB
 *     and a 1 MB story page and the hostile 3 MB page, loaded with an empty
 *     content script and with Counterpoint, alternating, medians: main-thread
 *     time (on the wall, and as the thread's CPU time from a trace), the
 *     longest task (any, and Counterpoint's own), JS heap, and when
 *     Counterpoint's work was done after the load event.
 *     The off-topic pages and the 10 KB one also on a fresh profile whose browser was
 *     left idle 4 s first (the extension's worker has started, as it does once
 *     after installing), on a profile that loaded them twice
 *     before (a returning reader: the scripts' code cache and the worker warm),
 *     and after two loads of another site (a returning reader opening a new
 *     site: the page's renderer process has not run the extension's scripts).
 *     The 1 MB page also with the browser left idle 4 s before the load.
 *     The off-topic article also with the floor under stage 1 (bench/floor-extension.ts)
 *     against the empty content script, on a fresh profile and on a new site.
 *  4. On the 1 MB page: one mark.js `mark()` per phrase (the naive approach;
 *     its script time, and its main-thread time with the rendering of its
 *     marks) and one bare TreeWalker pass, against Counterpoint's main-thread time;
 *     the naive approach again with the browser idle 4 s first, against the same of Counterpoint;
 *     and, once the page is painted, what adding and removing paragraphs costs
 *     the page's own script, and what a few changes of one small text node
 *     cost its rendering, with Counterpoint against the empty content script.
 *  5. In Chromium: the off-topic article and the 10 KB story article with a
 *     large imported pack (80,000 topic terms, about 9 MB, imported through
 *     the options page before each load) against none: what an imported pack
 *     costs a page that is not about its story, and whether the built-in
 *     story's highlights wait for it.
 *  6. In Chromium, a live page: the 10 KB article (marked) and the 1 MB page
 *     (painted), once drawn, re-render paragraphs spread through them; when
 *     the highlights are back, and Counterpoint's longest task and CPU until then.
 *
 * Options: --runs N (default 5), --no-browser, --packs-only (sections 0 and 5),
 * --page FILE (section 3 for that bench page alone, e.g. bench-story-10k.html;
 * section 4 only with bench-story-1m.html; no section 5 or 6), --live-only
 * (sections 0 and 6): for trying a change.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtinCorpus } from '../src/core/corpus/builtin-corpus.ts';
import { compileClaimMatcher } from '../src/core/claims/find-claims.ts';
import { detectTopic } from '../src/core/topic/detect-topic.ts';
import { topicNeedles } from '../src/core/topic/topic-needles.ts';
import { compileTopicTables, loadTopicTables } from '../src/core/topic/topic-tables.ts';
import { DIST } from './chromium.ts';
import { serveBenchPages, storyText } from './bench/bench-pages.ts';
import { baselines } from './bench/baselines.ts';
import {
  emptyExtension,
  loadOnce,
  medianFigures,
  type EarlierLoads,
  type LoadFigures,
  type Setup,
} from './bench/page-loads.ts';
import { floorExtension } from './bench/floor-extension.ts';
import { benchImportedPack } from './bench/imported-pack-loads.ts';
import { benchPageDomWork } from './bench/page-dom-work.ts';
import { benchLivePage } from './bench/live-page.ts';
import { median, medianTime } from './bench/median.ts';

const corpus = builtinCorpus();
const claims = [...corpus.claims.values()];
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 5;
const pageArg = process.argv.indexOf('--page');
const ONLY_PAGE = pageArg >= 0 ? process.argv[pageArg + 1] : undefined;

// A run of the matcher takes ~50 ms, and this machine's speed swings in phases of several runs
// (1 MB in 31 to 69 ms within one process): more runs than the page loads, at little cost.
const MATCHER_RUNS = Math.max(RUNS, 21);

const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;

// In a process of its own, as the worker runs it: see bench/matcher-speed.ts.
function benchMatcher(): void {
  const script = join(import.meta.dirname, 'bench', 'matcher-speed.ts');
  const args = ['--expose-gc', '--import', 'tsx', script, String(MATCHER_RUNS)];
  const { status } = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (status !== 0) throw new Error(`the matcher's bench exited with ${status}`);
}

function benchTopicDetection(): void {
  console.log(
    '\n2. Full topic detection (the background, for pages that pass the needles) on a 20,000-char sample (median of 200 runs)',
  );
  const body = storyText(20_000);
  const sample = {
    title: 'Facebook and Kazakhstan',
    url: 'https://example.com/news',
    description: '',
    headings: [],
    body,
  };
  const topic = corpus.packs[0]!.topic;
  const compiled = loadTopicTables(JSON.parse(JSON.stringify(compileTopicTables(topic))));
  const detect = medianTime(200, () => detectTopic(sample, topic, compiled));
  const lower = medianTime(200, () => body.toLowerCase());
  console.log(
    `   detectTopic ${detect.toFixed(3)} ms, toLowerCase ${lower.toFixed(3)} ms -> ratio ${(detect / lower).toFixed(1)}x`,
  );
}

const PAGES: [label: string, file: string, settleMs: number][] = [
  ['off-topic article (vietnam.html)', 'vietnam.html', 2500],
  ['off-topic article on a page built like a news site', 'bench-offtopic-news.html', 2500],
  ['story article, 10 KB of text', 'bench-story-10k.html', 2500],
  ['story page, 1 MB of text', 'bench-story-1m.html', 8000],
  ['hostile page, 3 MB of text (hostile.html)', 'hostile.html', 8000],
];

// Pages also measured past a fresh profile's first moments: once the worker has started, and for
// a returning reader.
const LATER_LOADS = new Set(['vietnam.html', 'bench-offtopic-news.html', 'bench-story-10k.html']);

// The loads above are each a fresh profile's first sight of the extension's scripts: V8 compiles
// them from source and the service worker starts. A reader's browser has usually run them before
// (Chrome keeps a code cache once it has seen a script a few times, and the worker may be awake).
const EARLIER_LOADS = 2;

/** Loads of one page, alternating between the empty content script and Counterpoint (or the floor under it). */
interface PairedLoads {
  bare: LoadFigures[];
  ours: LoadFigures[];
}

/** The setup measured against the empty content script, and its extension's folder if it is not Counterpoint. */
interface Measured {
  setup: Setup;
  dir?: string;
}

/** RUNS loads of `url` with each setup, alternating, each after the `earlier` ones in its profile. */
async function pairedLoads(
  url: string,
  empty: string,
  settleMs: number,
  earlier?: EarlierLoads,
  measured: Measured = { setup: 'Counterpoint' },
): Promise<PairedLoads> {
  const loads: PairedLoads = { bare: [], ours: [] };
  for (let i = 0; i < RUNS; i++) {
    loads.bare.push(await loadOnce('empty content script', url, empty, settleMs, earlier));
    loads.ours.push(await loadOnce(measured.setup, url, measured.dir ?? empty, settleMs, earlier));
  }
  return loads;
}

/** Each pair's main-thread time of Counterpoint over the empty content script. */
function extraMainThread({ bare, ours }: PairedLoads): number[] {
  return ours.map((m, i) => m.mainThreadMs - bare[i]!.mainThreadMs);
}

/** The median over paired loads of Counterpoint's figure minus the empty content script's: one slow load of either setup does not decide. */
function pairedExtra({ bare, ours }: PairedLoads, pick: (m: LoadFigures) => number): number {
  return median(ours.map((m, i) => pick(m) - pick(bare[i]!)));
}

// The browser left idle after it starts, before a fresh profile's first load: long enough for the
// extension's service worker to have started (on this two-core machine its first start slowed
// the page loading beside it by 30 to 65 ms, 9 side-by-side loads each).
const WORKER_STARTED_MS = 4000;

/** The figures of a page loaded by a reader whose browser is past its first moments with the extension. */
async function benchLaterLoads(url: string, empty: string, settleMs: number): Promise<void> {
  const started = await pairedLoads(url, empty, settleMs, { count: 0, waitMs: WORKER_STARTED_MS });
  printLaterLoads("a fresh profile once the extension's worker has started (the browser idle 4 s first)", started);
  const loads = await pairedLoads(url, empty, settleMs, { count: EARLIER_LOADS });
  printLaterLoads('a returning reader (the page loaded twice before in the same profile)', loads);
  const elsewhere = await pairedLoads(url, empty, settleMs, { count: EARLIER_LOADS, url: otherSite(url) });
  printLaterLoads('a returning reader on a new site (two loads of another site before)', elsewhere);
}

/**
 * The floor under stage 1 on the off-topic article (floor-extension.ts) where Counterpoint misses its
 * 5 ms: on a fresh profile and on a new site. Printed as Counterpoint's figures are, to read beside them.
 */
async function benchFloor(url: string, empty: string, settleMs: number): Promise<void> {
  const floor: Measured = { setup: 'minimal stage 1', dir: floorExtension(topicNeedles(corpus.packs[0]!.topic)) };
  console.log(
    '     the floor under stage 1: a minimal content script that reads the page and searches it for the story',
  );
  printLaterLoads('  on a fresh profile', await pairedLoads(url, empty, settleMs, { count: 0 }, floor));
  const elsewhere = await pairedLoads(url, empty, settleMs, { count: EARLIER_LOADS, url: otherSite(url) }, floor);
  printLaterLoads('  a returning reader on a new site', elsewhere);
}

// The same page on another site (localhost, not 127.0.0.1): a renderer process of its own,
// whose V8 has never compiled the extension's scripts.
function otherSite(url: string): string {
  return url.replace('127.0.0.1', 'localhost');
}

function printLaterLoads(label: string, loads: PairedLoads): void {
  const extra = (pick: (m: LoadFigures) => number) => pairedExtra(loads, pick);
  const ours = medianFigures(loads.ours);
  console.log(
    `     ${label}: main-thread +${extra((m) => m.mainThreadMs).toFixed(0)} ms (CPU +${extra((m) => m.mainThreadCpuMs).toFixed(1)} ms), JS heap +${extra((m) => m.heapMb).toFixed(2)} MB; the tasks that ran the extension's script: ${ours.oursTotalMs.toFixed(1)} ms (CPU ${ours.oursCpuMs.toFixed(1)} ms, +${extra((m) => m.oursCpuMs).toFixed(1)} over the empty content script's)`,
  );
}

async function benchBrowser(): Promise<void> {
  console.log(`\n3. In Chromium: page loads (median of ${RUNS} alternating runs each)`);
  const server = await serveBenchPages();
  const empty = emptyExtension();
  let oneMegabyte: number[] = [];
  let oneMegabyteIdle: number[] = [];
  for (const [label, file, settleMs] of PAGES.filter(([, file]) => !ONLY_PAGE || file === ONLY_PAGE)) {
    const loads = await pairedLoads(server.url(file), empty, settleMs);
    const bare = medianFigures(loads.bare);
    const ours = medianFigures(loads.ours);
    const extra = (pick: (m: LoadFigures) => number) => pairedExtra(loads, pick);
    console.log(`   ${label}`);
    console.log(
      `     empty content script  main-thread ${ms(bare.mainThreadMs)}  longest task ${ms(bare.longestMs)}  JS heap ${bare.heapMb.toFixed(2)} MB`,
    );
    console.log(
      `     Counterpoint          main-thread ${ms(ours.mainThreadMs)}  longest task ${ms(ours.longestMs)}  JS heap ${ours.heapMb.toFixed(2)} MB`,
    );
    console.log(
      `     Counterpoint over the empty content script: main-thread +${extra((m) => m.mainThreadMs).toFixed(0)} ms (CPU +${extra((m) => m.mainThreadCpuMs).toFixed(1)} ms), JS heap +${extra((m) => m.heapMb).toFixed(2)} MB; its longest task ${ours.longestOursMs.toFixed(0)} ms; its work done ${ours.doneAfterLoadMs.toFixed(0)} ms after the load event`,
    );
    // The whole page's main-thread time varies by tens of ms between loads of the same page on
    // this machine; its thread time (CPU) and the tasks that ran the extension's script, summed
    // from the trace, much less (trace.ts says why).
    console.log(
      `     the tasks that ran the extension's script: ${ours.oursTotalMs.toFixed(1)} ms, CPU ${ours.oursCpuMs.toFixed(1)} ms (the empty content script's: ${bare.oursTotalMs.toFixed(1)} ms, CPU ${bare.oursCpuMs.toFixed(1)} ms), +${extra((m) => m.oursTotalMs).toFixed(1)} ms, CPU +${extra((m) => m.oursCpuMs).toFixed(1)} ms`,
    );
    if (LATER_LOADS.has(file)) await benchLaterLoads(server.url(file), empty, settleMs);
    if (file === 'vietnam.html') await benchFloor(server.url(file), empty, settleMs);
    if (file === 'bench-story-1m.html') {
      oneMegabyte = extraMainThread(loads);
      // A fresh profile's first seconds are the browser's busiest: besides the extension's worker
      // starting, Chromium builds its own UI in a renderer (1.5 s of CPU here), and on two cores the
      // page's tasks wait for one. The naive baseline runs seconds later; both are also compared
      // with the browser left idle first, as a reader's usually is.
      const idle = await pairedLoads(server.url(file), empty, settleMs, { count: 0, waitMs: WORKER_STARTED_MS });
      printLaterLoads('the browser idle 4 s before the load', idle);
      oneMegabyteIdle = extraMainThread(idle);
    }
  }
  if (ONLY_PAGE && ONLY_PAGE !== 'bench-story-1m.html') return server.close();
  console.log(`\n4. Highlighting the 1 MB story page (median of ${RUNS} runs each)`);
  const phrases = naivePhrases(100);
  const naive: number[] = [];
  const naiveMainThread: number[] = [];
  const walk: number[] = [];
  const naiveIdle: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await baselines(server.url('bench-story-1m.html'), phrases);
    naive.push(result.naiveMs);
    naiveMainThread.push(result.naiveMainThreadMs);
    walk.push(result.walkMs);
    naiveIdle.push((await baselines(server.url('bench-story-1m.html'), phrases, WORKER_STARTED_MS)).naiveMs);
  }
  const ours = median(oneMegabyte);
  console.log(`   one mark.js mark() per phrase (${phrases.length} phrases): ${median(naive).toFixed(0)} ms`);
  console.log(`   one bare TreeWalker pass over the text nodes: ${median(walk).toFixed(1)} ms`);
  console.log(`   Counterpoint (main-thread over the empty content script): ${ours.toFixed(0)} ms`);
  console.log(
    `   -> ${(median(naive) / ours).toFixed(1)}x faster than mark() per phrase; ${(ours / median(walk)).toFixed(0)}x the TreeWalker pass`,
  );
  const oursIdle = median(oneMegabyteIdle);
  console.log(
    `   both with the browser idle 4 s first: mark() per phrase ${median(naiveIdle).toFixed(0)} ms, Counterpoint ${oursIdle.toFixed(0)} ms -> ${(median(naiveIdle) / oursIdle).toFixed(1)}x`,
  );
  // Counterpoint's figure holds the layout its marks cause; the script time above does not.
  console.log(
    `   one mark() per phrase as main-thread time, with the rendering of its marks: ${median(naiveMainThread).toFixed(0)} ms -> ${(median(naiveMainThread) / ours).toFixed(1)}x`,
  );
  const work = await benchPageDomWork(server.url('bench-story-1m.html'), empty, 8000, RUNS);
  console.log(
    `   the page's own DOM work once painted (${work.changes} paragraphs added and removed): empty content script ${work.emptyMs.toFixed(1)} ms, Counterpoint ${work.oursMs.toFixed(1)} ms -> ${(work.oursMs / work.emptyMs).toFixed(2)}x`,
  );
  console.log(
    `   the page's rendering after ${work.ticks} changes of one small text node once painted: empty content script ${work.emptyRenderingMs.toFixed(1)} ms, Counterpoint ${work.oursRenderingMs.toFixed(1)} ms -> ${(work.oursRenderingMs / work.emptyRenderingMs).toFixed(1)}x`,
  );
  server.close();
}

// The naive approach's phrases: the words Counterpoint highlights as claims on the page (the distinct
// matched texts), then the claim patterns with their syntax taken out (first alternative, no gaps).
function naivePhrases(count: number): string[] {
  const text = storyText(1_000_000);
  const phrases = new Set<string>();
  for (const match of compileClaimMatcher(claims).find(text)) {
    phrases.add(text.slice(match.start, match.end).replace(/\s+/g, ' '));
  }
  for (const claim of claims) {
    for (const { match } of claim.patterns) {
      const literal = match
        .replace(/\(([^|)]*)[^)]*\)/g, '$1')
        .replace(/~\d+|\.\.\.|…/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (literal) phrases.add(literal);
    }
  }
  return [...phrases].slice(0, count);
}

/** Files the stage-1 content script is on every page: the manifest's content scripts, classic scripts that import nothing up front. */
function stage1Files(): string[] {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
  };
  return [...new Set(manifest.content_scripts.flatMap((script) => script.js))];
}

function benchSize(): void {
  if (!existsSync(join(DIST, 'manifest.json'))) return console.log('0. Stage-1 size: run `npm run build` first');
  const files = stage1Files();
  const gzipped = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file))).length, 0);
  const raw = files.reduce((sum, file) => sum + readFileSync(join(DIST, file)).length, 0);
  console.log(
    `0. Stage 1 (every page): ${files.length} file${files.length === 1 ? '' : 's'}, ${raw} bytes, ${gzipped} bytes gzipped\n`,
  );
}

const LIVE_PAGES: [label: string, file: string, settleMs: number][] = [
  ['story article, 10 KB of text (marked)', 'bench-story-10k.html', 2500],
  ['story page, 1 MB of text (painted)', 'bench-story-1m.html', 8000],
];

async function benchLivePages(): Promise<void> {
  console.log(
    `\n6. A live page: once drawn, the page re-renders paragraphs spread through it, the same words in new nodes (median of ${RUNS} runs)`,
  );
  const server = await serveBenchPages();
  for (const [label, file, settleMs] of LIVE_PAGES) {
    const live = await benchLivePage(server.url(file), settleMs, RUNS);
    const back = Number.isFinite(live.backMs) ? `all back ${live.backMs.toFixed(0)} ms later` : 'not all back';
    const missed =
      live.notBack > 0 ? ` (not all back within ${live.withinMs / 1000} s in ${live.notBack} of ${RUNS} loads)` : '';
    console.log(`   ${label}, ${live.paragraphs} paragraphs re-rendered`);
    console.log(
      `     ${live.removed} of ${live.chars} highlighted characters taken out, ${back}${missed}; Counterpoint's longest task ${live.longestOursMs.toFixed(0)} ms, its CPU ${live.oursCpuMs.toFixed(1)} ms`,
    );
  }
  server.close();
}

const packsOnly = process.argv.includes('--packs-only');
const liveOnly = process.argv.includes('--live-only');
benchSize();
if (!packsOnly && !liveOnly) benchMatcher();
if (!packsOnly && !liveOnly) benchTopicDetection();
if (!process.argv.includes('--no-browser')) {
  if (!packsOnly && !liveOnly) await benchBrowser();
  if (!ONLY_PAGE && !liveOnly) await benchImportedPack(RUNS);
  if (!ONLY_PAGE && !packsOnly) await benchLivePages();
}
