/**
 * Whether any story pack was imported, as a page learns it without a storage
 * read: reading the pack index on every page the needles rule out cost ~1 ms
 * of main thread the first time a renderer used `chrome.storage` (issue #8),
 * for the few readers who import packs. While packs exist, the background
 * registers a one-line content script (background/imported-packs-script.ts)
 * that runs before stage 1 and sets a property of the isolated world's global;
 * stage 1 reads the property. The page's own scripts live in another world.
 * A page opened before the first import learns of it when reloaded.
 */

/** The property set while packs exist. */
export const IMPORTED_PACKS_KEY = 'counterpointImportedPacks';

/** The registered content script's file in the built extension. */
export const IMPORTED_PACKS_FILE = 'imported-packs.js';

/** That file's whole text. */
export const IMPORTED_PACKS_SCRIPT = `globalThis.${IMPORTED_PACKS_KEY} = true;\n`;

/** True when the background said, as this page loaded, that imported packs exist. */
export function hasImportedPacks(): boolean {
  return (globalThis as Record<string, unknown>)[IMPORTED_PACKS_KEY] === true;
}
