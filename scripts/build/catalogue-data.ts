/**
 * The _locales catalogues, imported by the UI chunks and the background as
 * data: only the messages and placeholders, without the translators'
 * descriptions, which the browser reads from the files themselves.
 */
import type { Plugin } from 'vite';

/** The plugin; every build of shipped code (the main one and each one-file script) uses it. */
export function catalogues(): Plugin {
  return {
    name: 'counterpoint-catalogues',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/_locales\/[\w-]+\/messages\.json$/.test(id)) return null;
      const entries = Object.entries(JSON.parse(code) as Record<string, { description?: string }>);
      return JSON.stringify(Object.fromEntries(entries.map(([key, { description: _, ...entry }]) => [key, entry])));
    },
  };
}
