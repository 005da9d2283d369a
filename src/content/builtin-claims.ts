/**
 * Hands the claim tables the build compiled for the built-in pack to the
 * matcher, so the scanner parses and expands no pattern on a page. Imported
 * for its effect by the scanner, before it matches anything.
 */
import tables from 'virtual:story-claims';
import { BUILTIN_PACK } from '../core/corpus/builtin-corpus.ts';
import { useCompiledClaims } from '../core/claims/find-claims.ts';

useCompiledClaims(BUILTIN_PACK, tables);
