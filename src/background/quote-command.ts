/**
 * "Check quote with Counterpoint": the context-menu item on selected text and
 * the keyboard shortcut both ask the tab's content script to check the
 * selection. Nothing is loaded in the page until the user asks.
 */
import { messagesFor } from '../core/i18n/messages.ts';
import type { ReaderLanguage } from '../core/view/localize.ts';
import { browser, type Tabs } from '../platform/browser.ts';
import { sendToContent } from '../platform/content-port.ts';
import { onReaderLanguageChange, readerLanguage } from '../platform/ui-language.ts';
import { framesWithSelection } from './selection-frames.ts';

const MENU_ID = 'counterpoint-check-quote';

/** Registers the context menu item and the keyboard command. */
export function registerQuoteCommand(): void {
  // onInstalled fires on updates too, when the item already exists: start from none.
  browser.runtime.onInstalled.addListener(async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({
      id: MENU_ID,
      title: menuTitle(await readerLanguage()),
      contexts: ['selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });
  // The item follows the language chosen on the options page (the browser's own is the default).
  onReaderLanguageChange((lang) => void browser.contextMenus.update(MENU_ID, { title: menuTitle(lang) }));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined) void askToCheck(tab.id, info.frameId);
  });
  browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
    if (command === 'check-quote' && tab?.id !== undefined) void askToCheck(tab.id);
  });
}

function menuTitle(lang: ReaderLanguage): string {
  return messagesFor(lang).t('menuCheckQuote');
}

// The context menu names the frame the reader right-clicked in; the shortcut does not, so every
// frame says whether it holds a selection, and the frames that do are asked (the first answers).
async function askToCheck(tabId: number, frameId?: number): Promise<void> {
  try {
    const frames = await framesWithSelection(tabId, frameId);
    if (frames.length > 0) await sendToContent(tabId, 'checkSelection', {}, frames);
  } catch {
    // No content script in that tab (e.g. the browser's own pages): nothing to check.
  }
}
