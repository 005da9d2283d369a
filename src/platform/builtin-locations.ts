/**
 * Hands the corpus where the build found each built-in statement in its
 * document, so that no popover, export or scan searches the documents for
 * them. Imported for its effect wherever built-in statements are shown; a
 * page that only shows popovers needs this, not the claim tables.
 */
import locations from 'virtual:story-locations';
import { BUILTIN_PACK } from '../core/corpus/builtin-corpus.ts';
import { useStatementLocations } from '../core/corpus/corpus.ts';

useStatementLocations(BUILTIN_PACK, locations);
