/**
 * The open shadow roots some nodes live in. Duck-typed: `instanceof ShadowRoot`
 * fails across the content script's and the page's realms.
 */

/** The distinct shadow roots (not the document) that hold any of `nodes`. */
export function shadowRootsOf(nodes: Iterable<Node>): ShadowRoot[] {
  const roots = new Set<ShadowRoot>();
  for (const node of nodes) {
    const root = node.getRootNode();
    if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root) roots.add(root as ShadowRoot);
  }
  return [...roots];
}
