/**
 * web-ext lint (Mozilla's addons-linter) on a Firefox build, with the
 * warnings we have looked at and explained in the README allowed by code and
 * file; any error, and any other warning, fails the packaging.
 */
import webExt from 'web-ext';
import { BACKGROUND_FILE } from '../build/background-script.ts';

/** A lint message as addons-linter reports it. */
export interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

/**
 * Warnings that are explained in the README ("Store packages"): code, the
 * bundle file they come from, and how many of them that file has. One more
 * of the same kind in the same file is a new one, and fails: the background
 * is one file with zod inside it, and an `eval` of our own there must not
 * pass as zod's.
 */
export const EXPLAINED_WARNINGS: readonly { code: string; file: RegExp; count: number; why: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^assets\/jsxRuntime-[\w-]+\.js$/,
    count: 1,
    why: "Preact's own support for dangerouslySetInnerHTML, which Counterpoint never uses (lint forbids it)",
  },
  {
    code: 'DANGEROUS_EVAL',
    file: /^assets\/zod-setup-[\w-]+\.js$/,
    count: 1,
    why: "zod's JIT compiler, switched off with z.config({ jitless: true }) before any schema runs",
  },
  {
    code: 'DANGEROUS_EVAL',
    file: new RegExp(`^${BACKGROUND_FILE.replaceAll('.', '\\.')}$`),
    count: 1,
    why: "zod's JIT compiler, in the background's one file, switched off the same way",
  },
];

/** The lint result: errors, and the warnings split into explained and unexplained ones. */
export interface LintOutcome {
  errors: LintMessage[];
  explained: LintMessage[];
  unexplained: LintMessage[];
}

/** Lints the unpacked Firefox extension in `dir`. */
export async function lintFirefox(dir: string): Promise<LintOutcome> {
  const result = (await webExt.cmd.lint(
    { sourceDir: dir, output: 'none', selfHosted: false, boring: true },
    { shouldExitProgram: false },
  )) as { errors: LintMessage[]; warnings: LintMessage[] };
  const left = EXPLAINED_WARNINGS.map(({ count }) => count);
  const explained: LintMessage[] = [];
  const unexplained: LintMessage[] = [];
  for (const warning of result.warnings) {
    const index = EXPLAINED_WARNINGS.findIndex(
      ({ code, file }, at) => warning.code === code && file.test(warning.file ?? '') && left[at]! > 0,
    );
    if (index >= 0) left[index]! -= 1;
    (index >= 0 ? explained : unexplained).push(warning);
  }
  return { errors: result.errors, explained, unexplained };
}
