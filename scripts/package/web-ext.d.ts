/** The part of web-ext's programmatic API that packaging uses (the package ships no types). */
declare module 'web-ext' {
  const webExt: {
    cmd: {
      lint(options: Record<string, unknown>, hooks: { shouldExitProgram: boolean }): Promise<unknown>;
    };
  };
  export default webExt;
}
