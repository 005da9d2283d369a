/**
 * Keeps the imported-packs content script (platform/imported-packs-flag.ts)
 * registered exactly while the pack index lists a pack: at every start of the
 * background (registrations persist, but an update or a failed call must not
 * leave it wrong) and whenever packs are imported or removed.
 */
import manifest from '../../manifest.json' with { type: 'json' };
import { browser } from '../platform/browser.ts';
import { IMPORTED_PACKS_FILE } from '../platform/imported-packs-flag.ts';
import { onPackIndexChange, readPackIndex } from '../platform/pack-index.ts';

const SCRIPT_ID = 'imported-packs';
// Where stage 1 runs: the flag is for it alone.
const MATCHES = manifest.content_scripts.flatMap((script) => script.matches);

// One change at a time: two overlapping registrations of the same id would fail.
let queue: Promise<void> = Promise.resolve();

/** Starts following the pack index; call synchronously at start-up. */
export function followImportedPacks(): void {
  onPackIndexChange((index) => follow(index.packs.length > 0));
  follow(readPackIndex().then((index) => index.packs.length > 0));
}

function follow(packsExist: boolean | Promise<boolean>): void {
  queue = queue
    .then(async () => register(await packsExist))
    .catch((error: unknown) => console.error('Counterpoint: the imported-packs script could not be updated', error));
}

async function register(packsExist: boolean): Promise<void> {
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] })).length > 0;
  if (packsExist && !registered)
    await browser.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        js: [IMPORTED_PACKS_FILE],
        matches: MATCHES,
        runAt: 'document_start',
        persistAcrossSessions: true,
      },
    ]);
  else if (!packsExist && registered) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
}
