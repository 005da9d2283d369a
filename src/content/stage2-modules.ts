/**
 * The modules stage 1 loads only when they are needed: the scanner on a page
 * about the story, the router when the popup or the background asks, the
 * on-demand quote check in a frame. Stage 1 itself ships as one classic script
 * (scripts/build/stage1-script.ts), which cannot import a module by its path:
 * there the build puts in place of this file one that imports the same modules
 * from the extension's URLs of the chunks they were built into.
 */

/** Stage 2: reads, highlights and follows the page. */
export const importScanner = (): Promise<typeof import('./scanner.ts')> => import('./scanner.ts');

/** Answers the popup's and the background's messages. */
export const importRouter = (): Promise<typeof import('./router.ts')> => import('./router.ts');

/** Checks the quote selected in a frame. */
export const importQuoteOnDemand = (): Promise<typeof import('./quote-on-demand.tsx')> =>
  import('./quote-on-demand.tsx');
