/**
 * Hands what the build compiled for the built-in pack to the core: the claim
 * tables to the matcher, so the scanner parses and expands no pattern, and
 * the statements' locations in their documents to the corpus, so no quote
 * check searches the documents for them, and the documents folded for quote
 * checks, so none folds them. Imported for its effect by the scanner, before
 * it matches anything.
 */
import tables from 'virtual:story-claims';
import locations from 'virtual:story-locations';
import folds from 'virtual:story-folds';
import { BUILTIN_PACK } from '../core/corpus/builtin-corpus.ts';
import { useCompiledClaims } from '../core/claims/find-claims.ts';
import { useStatementLocations } from '../core/corpus/corpus.ts';
import { useShippedFolds } from '../core/quotes/shipped-folds.ts';

useCompiledClaims(BUILTIN_PACK, tables);
useStatementLocations(BUILTIN_PACK, locations);
useShippedFolds(BUILTIN_PACK, folds);
