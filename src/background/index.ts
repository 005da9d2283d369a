/**
 * The background service worker: wires the badge, the context menu, the
 * keyboard shortcut and message routing. Each job lives in its own module.
 */
import { registerQuoteCommand } from './quote-command.ts';
import { listenToContent } from './content-messages.ts';

/** Registers every background listener. Listeners must be registered synchronously at start-up. */
export function init(): void {
  listenToContent();
  registerQuoteCommand();
}

init();
