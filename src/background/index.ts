/**
 * The background service worker: wires the badge, the context menu, the
 * keyboard shortcut and message routing. Each job lives in its own module.
 */
// Every catalogue, statically: a service worker may not import() one on demand.
import '../core/i18n/bundled-catalogues.ts';
import { registerQuoteCommand } from './quote-command.ts';
import { listenToContent } from './content-messages.ts';
import { followImportedPacks } from './imported-packs-script.ts';
import { listenForPackRequests } from './pack-service.ts';
import { listenForScanRequests } from './scan-service.ts';

/** Registers every background listener. Listeners must be registered synchronously at start-up. */
export function init(): void {
  listenToContent();
  listenForPackRequests();
  listenForScanRequests();
  registerQuoteCommand();
  followImportedPacks();
}

init();
