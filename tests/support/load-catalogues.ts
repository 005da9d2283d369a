/**
 * Vitest setup: the Russian and Kazakh catalogues loaded before any test, as
 * the extension loads the reader's language before it draws anything, so
 * tests can render and format in every language synchronously.
 */
import { loadCatalogue } from '../../src/core/i18n/catalogues.ts';

await Promise.all([loadCatalogue('ru'), loadCatalogue('kk')]);
