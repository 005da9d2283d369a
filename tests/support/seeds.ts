/**
 * Where the seed documents are for tests: `shared/seeds` beside the checkout,
 * as on developers' machines and in CI. Tests that read them skip, saying so,
 * when the folder is not there.
 */
import { resolve } from 'node:path';

/** The seed documents' folder. */
export const SEEDS_DIR = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
