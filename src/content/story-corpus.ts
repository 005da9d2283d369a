/**
 * The page's own copy of its story's corpus, for what only the page shows
 * from it: a popover's statements and the exports. Loaded on first use (the
 * background matched the page without it), with the build's statement
 * locations, so that no popover searches the documents for them.
 */
import '../platform/builtin-locations.ts';

export { loadStoryCorpus } from '../platform/load-corpus.ts';
