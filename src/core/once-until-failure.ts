/**
 * A promise made once and shared, unless it fails: a failed load or question
 * is not kept, so the next caller tries again (a popover's next click, the
 * popup's next opening).
 */
export function onceUntilFailure<T>(make: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= make().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
}
