/**
 * JSON-LD expansion for tests with no network: a document loader that answers
 * the two contexts Counterpoint's exports use from tests/fixtures/jsonld and
 * refuses everything else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'jsonld');
const CONTEXTS: Record<string, string> = {
  'http://www.w3.org/ns/anno.jsonld': 'anno.jsonld',
  'https://schema.org': 'schemaorg.jsonld',
  'https://schema.org/': 'schemaorg.jsonld',
};

// Async because jsonld expects the loader to return a promise.
async function documentLoader(url: string) {
  const file = CONTEXTS[url];
  if (!file) throw new Error(`no network in tests: ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: JSON.parse(readFileSync(join(DIR, file), 'utf8')) };
}

/** Expands a JSON-LD document offline, in safe mode: a term the context does not define is an error, not a silent drop. */
export function expandOffline(document: object): Promise<Record<string, unknown>[]> {
  const options = { documentLoader, safe: true } as unknown as jsonld.Options.Expand;
  return jsonld.expand(document as jsonld.JsonLdDocument, options) as Promise<Record<string, unknown>[]>;
}
