/**
 * Hands the quote checker the built-in documents as the build folded them,
 * so that no quote check folds them again. Imported for its effect wherever
 * quotes are checked against the built-in pack.
 */
import folds from 'virtual:story-folds';
import { BUILTIN_PACK } from '../core/corpus/builtin-corpus.ts';
import { useShippedFolds } from '../core/quotes/shipped-folds.ts';

useShippedFolds(BUILTIN_PACK, folds);
