/**
 * The highlight marks Counterpoint made, known by reference. A page can write
 * `<mark data-counterpoint="highlight" data-claim="...">` itself, or rewrite
 * the attributes of one of ours; neither makes it ours. What a mark stands for
 * (its claim or quote) is read from here, as it was when we made the mark.
 */

// Weak: a mark the page (or a re-render) drops is forgotten with it.
const made = new WeakMap<Element, Readonly<Record<string, string>>>();

/** Records `mark` as ours, with the attributes it was made with (e.g. `data-claim`). */
export function registerMark(mark: Element, attributes: Readonly<Record<string, string>>): void {
  made.set(mark, { ...attributes });
}

/** True when `node` is a mark Counterpoint made. */
export function isOurMark(node: unknown): node is HTMLElement {
  return typeof node === 'object' && node !== null && made.has(node as Element);
}

/** What one of our marks stands for, as made; undefined for anything else. */
export function ourMarkData(mark: Element): Readonly<Record<string, string>> | undefined {
  return made.get(mark);
}

/** The claim one of our marks stands for, as made (not as its attribute may read now). */
export function ourMarkClaim(mark: Element): string | undefined {
  return made.get(mark)?.['data-claim'];
}

/**
 * Our mark under an event: the innermost one on its composed path, so a mark
 * inside an open shadow root is found although the event is retargeted to the host.
 */
export function ourMarkOnPath(event: Event): HTMLElement | null {
  for (const target of event.composedPath()) if (isOurMark(target)) return target;
  return null;
}
