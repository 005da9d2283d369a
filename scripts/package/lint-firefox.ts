/**
 * web-ext lint (Mozilla's addons-linter) on a Firefox build, with the
 * warnings we have looked at and explained in the README allowed by code and
 * file; any error, and any other warning, fails the packaging.
 */
import webExt from 'web-ext';

/** A lint message as addons-linter reports it. */
export interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

/** Warnings that are explained in the README ("Store packages"): code and the bundle file they come from. */
export const EXPLAINED_WARNINGS: readonly { code: string; file: RegExp; why: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^assets\/jsxRuntime-[\w-]+\.js$/,
    why: "Preact's own support for dangerouslySetInnerHTML, which Counterpoint never uses (lint forbids it)",
  },
  {
    code: 'DANGEROUS_EVAL',
    file: /^assets\/zod-setup-[\w-]+\.js$/,
    why: "zod's JIT compiler, switched off with z.config({ jitless: true }) before any schema runs",
  },
  {
    code: 'DANGEROUS_EVAL',
    // The background is one file (scripts/build/background-script.ts), zod inside it.
    file: /^background\.js$/,
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
  const isExplained = (warning: LintMessage) =>
    EXPLAINED_WARNINGS.some(({ code, file }) => warning.code === code && file.test(warning.file ?? ''));
  return {
    errors: result.errors,
    explained: result.warnings.filter(isExplained),
    unexplained: result.warnings.filter((warning) => !isExplained(warning)),
  };
}
