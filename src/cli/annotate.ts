/**
 * `npm run annotate -- [--json | --format markdown|annotations|claimreview]
 * [--pack extra.json ...] [--out DIR] <file.html|file.txt|glob|-> ...`: runs
 * Counterpoint's core on saved pages from the command line. Extra packs are
 * validated first; a bad pack is reported with every problem and exit code 2.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { globSync } from 'tinyglobby';
import packageJson from '../../package.json' with { type: 'json' };
import { registryWithBuiltin } from '../core/corpus/builtin-registry.ts';
import type { Corpus } from '../core/corpus/corpus.ts';
import { claimReviewTodo } from '../core/export/export-claimreview.ts';
import { boundProblems, checkPackLimits, checkPackSize, type ProblemReport } from '../core/corpus/pack-limits.ts';
import { formatProblem } from '../core/corpus/validate-pack.ts';
import { annotatePage } from './annotate-page.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../core/export/formats.ts';
import { exportPage, type ExportOptions } from './export-page.ts';
import { formatReport } from './format-report.ts';
import { readPage } from './read-page.ts';

const USAGE = `usage: npm run annotate -- [--json | --format ${EXPORT_FORMATS.join('|')}] [--pack pack.json ...]
       [--out DIR] [--reviewer-org NAME] [--reviewer-name NAME] <file.html|file.txt|glob|-> ...`;
// More files than this and each one gets a progress line on stderr.
const QUIET_UP_TO = 3;
const EXTENSIONS: Record<ExportFormat | 'json' | 'text', string> = {
  markdown: '.md',
  annotations: '.annotations.jsonld',
  claimreview: '.claimreview.jsonld',
  json: '.json',
  text: '.txt',
};

type Output = Pick<NodeJS.WriteStream, 'write'>;

/** Runs the command with `argv` (without node and script); returns the exit code. `now` is a test seam. */
export function main(
  argv: string[],
  out: Output = process.stdout,
  err: Output = process.stderr,
  now = () => new Date(),
): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        format: { type: 'string' },
        pack: { type: 'string', multiple: true },
        out: { type: 'string' },
        'reviewer-org': { type: 'string', default: '' },
        'reviewer-name': { type: 'string', default: '' },
      },
    });
  } catch (error) {
    err.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const format = args.values.format;
  if ((format !== undefined && !isFormat(format)) || (format !== undefined && args.values.json)) {
    err.write(`--format takes one of ${EXPORT_FORMATS.join(', ')} (and not with --json)\n${USAGE}\n`);
    return 2;
  }
  const inputs = expandInputs(args.positionals);
  if (inputs.length === 0 || (inputs.includes('-') && inputs.length > 1)) {
    err.write(`${args.positionals.length > 0 ? 'no file matches\n' : ''}${USAGE}\n`);
    return 2;
  }
  const corpus = loadPacks(args.values.pack ?? [], err);
  if (!corpus) return 2;
  const kind = format ?? (args.values.json ? 'json' : 'text');
  const reviewer = { organisation: args.values['reviewer-org'], name: args.values['reviewer-name'] };
  const options: ExportOptions = {
    checkedAt: now().toISOString(),
    reviewer,
    generator: `Counterpoint ${packageJson.version} (command line)`,
    newId: () => `urn:uuid:${randomUUID()}`,
  };
  const results: { input: string; output: string | object }[] = [];
  let failed = 0;
  inputs.forEach((input, index) => {
    if (inputs.length > QUIET_UP_TO) err.write(`[${index + 1}/${inputs.length}] ${input}\n`);
    try {
      const output = runOne(input, kind, corpus, options);
      if (args.values.out) writeBeside(args.values.out, input, kind, output);
      else results.push({ input, output });
    } catch (error) {
      failed += 1;
      err.write(`${input}: ${(error as Error).message}\n`);
    }
  });
  if (!args.values.out) out.write(joinResults(results, kind));
  if (kind === 'claimreview') {
    err.write(
      `ClaimReview drafts: before publishing, fill in or check:\n${claimReviewTodo(reviewer)
        .map((item) => `  - ${item}`)
        .join('\n')}\n`,
    );
  }
  return failed > 0 ? 1 : 0;
}

function isFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

// The shell usually expands globs; a quoted one (or a shell that does not) is expanded here.
function expandInputs(positionals: readonly string[]): string[] {
  return positionals.flatMap((arg) =>
    arg === '-' || existsSync(arg) || !/[*?[\]{}]/.test(arg) ? [arg] : globSync(arg, { onlyFiles: true }).sort(),
  );
}

function loadPacks(files: readonly string[], err: Output): Corpus | null {
  const registry = registryWithBuiltin();
  for (const file of files) {
    // The options page's limits (pack-limits.ts), so a pack the CLI accepts imports too.
    const text = readFileSync(file, 'utf8');
    const size = checkPackSize(text);
    if (size.problems.length > 0) return rejectPack(file, size, err);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      err.write(`${file}: pack rejected, not readable JSON: ${(error as Error).message}\n`);
      return null;
    }
    const limits = checkPackLimits(json);
    if (limits.problems.length > 0) return rejectPack(file, limits, err);
    const result = registry.add(json);
    if (!result.ok) return rejectPack(file, boundProblems(result.problems), err);
  }
  return registry.corpus;
}

// Every problem by JSON path, up to the bound, and how many more there are.
function rejectPack(file: string, report: ProblemReport, err: Output): null {
  const total = report.problems.length + report.more;
  const listed = report.problems.map((problem) => `  ${formatProblem(problem)}\n`).join('');
  const rest = report.more > 0 ? `  ...and ${report.more} more problem(s), not listed\n` : '';
  err.write(`${file}: pack rejected, ${total} problem(s):\n${listed}${rest}`);
  return null;
}

function runOne(input: string, kind: ExportFormat | 'json' | 'text', corpus: Corpus, options: ExportOptions) {
  const contents = readFileSync(input === '-' ? 0 : input, 'utf8');
  const page = readPage(contents, input === '-' ? '' : input);
  if (kind === 'json') return annotatePage(page, corpus);
  if (kind === 'text') return formatReport(input, annotatePage(page, corpus), corpus);
  return exportPage(page, corpus, kind, options);
}

function serialise(output: string | object): string {
  return typeof output === 'string' ? output.replace(/\n*$/, '\n') : `${JSON.stringify(output, null, 2)}\n`;
}

// One page prints as before; several print as one JSON array (JSON formats) or one after another.
function joinResults(results: readonly { input: string; output: string | object }[], kind: string): string {
  if (results.length === 1) return serialise(results[0]!.output);
  if (kind === 'text' || kind === 'markdown') return results.map((result) => serialise(result.output)).join('\n');
  return serialise(
    results.map((result) => (kind === 'json' ? { file: result.input, ...(result.output as object) } : result.output)),
  );
}

function writeBeside(dir: string, input: string, kind: keyof typeof EXTENSIONS, output: string | object): void {
  mkdirSync(dir, { recursive: true });
  const name = input === '-' ? 'stdin' : basename(input, extname(input));
  writeFileSync(join(dir, `${name}${EXTENSIONS[kind]}`), serialise(output));
}

if (process.argv[1] && import.meta.filename === process.argv[1]) process.exitCode = main(process.argv.slice(2));
