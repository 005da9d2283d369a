/**
 * Handles messages from content scripts: the badge count and opening a source
 * document in the reader page. Only our own content scripts are heard, and
 * every payload is validated against the protocol first.
 */
import { messagesFor } from '../core/i18n/messages.ts';
import { ContentToBackground, parseMessage } from '../core/messages.ts';
import { readerQuery, type SourceRequest } from '../core/reader-query.ts';
import { browser, type Runtime } from '../platform/browser.ts';
import { readerLanguage } from '../platform/ui-language.ts';
import { createOpenLimit } from './open-limit.ts';

const BADGE_COLOUR = '#7a3db8';
const openLimit = createOpenLimit();

/** Starts listening to content scripts. */
export function listenToContent(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return undefined;
    const parsed = parseMessage(ContentToBackground, message);
    if (!parsed) return undefined;
    const tab = sender.tab;
    switch (parsed.method) {
      case 'pageScanned':
        return showClaimCount(tab.id!, parsed.payload.claimCount);
      case 'openSource':
        return openLimit.allow(tab.id!) ? openReader(tab, parsed.payload) : undefined;
    }
  });
}

async function showClaimCount(tabId: number, count: number): Promise<void> {
  const m = messagesFor(await readerLanguage());
  await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  // The tooltip says in words what the number means.
  await browser.action.setTitle({ tabId, title: count > 0 ? m.plural('badgeTitle', count) : m.t('extensionName') });
}

async function openReader(opener: { id?: number; index: number }, source: SourceRequest) {
  await browser.tabs.create({
    url: browser.runtime.getURL(`src/reader/index.html?${readerQuery(source)}`),
    index: opener.index + 1,
    openerTabId: opener.id,
  });
}
