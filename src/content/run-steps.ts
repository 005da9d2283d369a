/**
 * Work written as a generator that yields where it may pause (reading the
 * page, marking it, painting it) runs either with pauses, by its caller, or
 * through at once, here.
 */

/** Runs `steps` to the end without pausing and returns what it returns. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
