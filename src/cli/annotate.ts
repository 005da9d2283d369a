/**
 * `npm run annotate -- [--json] [--pack extra.json ...] <file.html|file.txt|->`:
 * runs Counterpoint's core on a page from the command line. Extra packs are
 * validated first; a bad pack is reported with every problem and exit code 2.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { registryWithBuiltin } from '../core/corpus/builtin-registry.ts';
import { formatProblem } from '../core/corpus/validate-pack.ts';
import { annotatePage } from './annotate-page.ts';
import { formatReport } from './format-report.ts';
import { readPage } from './read-page.ts';

const USAGE = 'usage: npm run annotate -- [--json] [--pack pack.json ...] <file.html|file.txt|->';

/** Runs the command with `argv` (without node and script); returns the exit code. */
export function main(argv: string[], out = process.stdout, err = process.stderr): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, pack: { type: 'string', multiple: true } },
    });
  } catch (error) {
    err.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [input] = args.positionals;
  if (!input || args.positionals.length > 1) {
    err.write(`${USAGE}\n`);
    return 2;
  }
  const registry = registryWithBuiltin();
  for (const file of args.values.pack ?? []) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      err.write(`${file}: pack rejected, not readable JSON: ${(error as Error).message}\n`);
      return 2;
    }
    const result = registry.add(json);
    if (!result.ok) {
      err.write(
        `${file}: pack rejected, ${result.problems.length} problem(s):\n${result.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`,
      );
      return 2;
    }
  }
  const contents = readFileSync(input === '-' ? 0 : input, 'utf8');
  const annotation = annotatePage(readPage(contents, input === '-' ? '' : input), registry.corpus);
  out.write(
    args.values.json
      ? `${JSON.stringify(annotation, null, 2)}\n`
      : `${formatReport(input, annotation, registry.corpus)}\n`,
  );
  return 0;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) process.exitCode = main(process.argv.slice(2));
