/**
 * Hands what the build compiled for the built-in pack to the core: the claim
 * tables to the matcher, so the scanner parses and expands no pattern, and
 * (through the modules it imports) the documents folded for quote checks and
 * where each statement sits in its document. Imported for its effect by the
 * background's scan service, before it matches anything.
 */
import tables from 'virtual:story-claims';
import './builtin-folds.ts';
import './builtin-locations.ts';
import { BUILTIN_PACK } from '../core/corpus/builtin-corpus.ts';
import { useCompiledClaims } from '../core/claims/find-claims.ts';

useCompiledClaims(BUILTIN_PACK, tables);
