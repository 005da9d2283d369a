/**
 * Section 5 of `npm run bench`: page loads with a large imported pack against
 * none, alternating, each on a fresh profile (see page-loads.ts). The target
 * (issue #10): on an off-topic page, main-thread time and JS heap within 1.2x
 * of Counterpoint without the pack; on a built-in story page, the highlights
 * done as soon as without it.
 */
import { serveBenchPages } from './bench-pages.ts';
import { IMPORTED_TERMS, largePackText } from './imported-pack.ts';
import { median } from './median.ts';
import { emptyExtension, loadOnce, medianFigures, type LoadFigures, type Setup } from './page-loads.ts';

const PAGES: [label: string, file: string, settleMs: number][] = [
  ['off-topic article (vietnam.html)', 'vietnam.html', 2500],
  ['story article, 10 KB of text', 'bench-story-10k.html', 2500],
];
const SETUPS: Setup[] = ['empty content script', 'Counterpoint', 'Counterpoint + imported pack'];

/** Loads each page with and without the pack, `runs` times, and prints the figures and ratios. */
export async function benchImportedPack(runs: number): Promise<void> {
  const bytes = Buffer.byteLength(largePackText());
  console.log(
    `\n5. With an imported pack of ${IMPORTED_TERMS.toLocaleString('en')} topic terms, ${(bytes / 1e6).toFixed(1)} MB (median of ${runs} alternating runs each)`,
  );
  const server = await serveBenchPages();
  const empty = emptyExtension();
  for (const [label, file, settleMs] of PAGES) {
    const loads = new Map<Setup, LoadFigures[]>(SETUPS.map((setup) => [setup, []]));
    for (let i = 0; i < runs; i++)
      for (const setup of SETUPS) loads.get(setup)!.push(await loadOnce(setup, server.url(file), empty, settleMs));
    const figures = (setup: Setup) => medianFigures(loads.get(setup)!);
    // Counterpoint's own share: each load minus the empty extension's load of the same round.
    const extra = (setup: Setup, pick: (m: LoadFigures) => number) =>
      median(loads.get(setup)!.map((m, i) => pick(m) - pick(loads.get('empty content script')![i]!)));
    console.log(`   ${label}`);
    for (const setup of SETUPS) {
      const f = figures(setup);
      console.log(
        `     ${setup.padEnd(29)} main-thread ${f.mainThreadMs.toFixed(0).padStart(5)} ms  JS heap ${f.heapMb.toFixed(2)} MB  done ${f.doneAfterLoadMs.toFixed(0)} ms after load`,
      );
    }
    const [none, pack] = [figures('Counterpoint'), figures('Counterpoint + imported pack')];
    const own = (pick: (m: LoadFigures) => number) =>
      `${extra('Counterpoint', pick).toFixed(1)} -> ${extra('Counterpoint + imported pack', pick).toFixed(1)}`;
    console.log(
      `     with the pack / without: main-thread ${(pack.mainThreadMs / none.mainThreadMs).toFixed(2)}x, JS heap ${(pack.heapMb / none.heapMb).toFixed(2)}x; ` +
        `over the empty content script: main-thread ${own((m) => m.mainThreadMs)} ms, heap ${own((m) => m.heapMb)} MB`,
    );
  }
  server.close();
}
