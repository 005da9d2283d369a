/**
 * The options page: lists the story packs, imports, exports and removes them
 * (and follows imports and removals made in other tabs), sets the default
 * highlight mode and the interface language (which applies at once, here and
 * in every open page, popup and popover).
 */
import { render } from 'preact';
import type { LanguageChoice } from '../core/i18n/language.ts';
import { messagesFor } from '../core/i18n/messages.ts';
import type { EmphasisMode } from '../core/view/emphasis.ts';
import { getDefaultEmphasis, setDefaultEmphasis } from '../platform/emphasis-settings.ts';
import { loadReviewer, saveReviewer } from '../platform/reviewer-settings.ts';
import {
  getLanguageChoice,
  onReaderLanguageChange,
  readerLanguage,
  setLanguageChoice,
} from '../platform/ui-language.ts';
import { EmphasisDefault } from '../ui/EmphasisDefault.tsx';
import { InLanguage } from '../ui/i18n.tsx';
import { LanguageSetting } from '../ui/LanguageSetting.tsx';
import { PacksView, type ImportOutcome } from '../ui/PacksView.tsx';
import { ReviewerSettings } from '../ui/ReviewerSettings.tsx';
import { OPTIONS_CSS } from '../ui/styles.ts';
import { OFF_TOPIC_PAGES } from '../platform/off-topic-pages.ts';
import { packStore } from './pack-store.ts';
import { PacksController } from './packs-controller.ts';
import { onPackIndexChange } from '../platform/pack-index.ts';
import { saveFile } from './save-file.ts';

/** Renders the page into `root` and re-renders after every change. */
export async function init(root: HTMLElement): Promise<void> {
  const style = document.createElement('style');
  style.textContent = OPTIONS_CSS;
  document.head.append(style);
  const controller = new PacksController(packStore, OFF_TOPIC_PAGES);
  await controller.load();
  let packError: string | undefined;
  const reviewer = await loadReviewer();
  const emphasis = { mode: await getDefaultEmphasis(), saved: false };
  const language = { choice: await getLanguageChoice(), lang: await readerLanguage() };
  let lastOutcome: ImportOutcome | null = null;
  const setEmphasis = (mode: EmphasisMode) =>
    void setDefaultEmphasis(mode).then(() => {
      Object.assign(emphasis, { mode, saved: true });
      show(lastOutcome);
    });
  // Stored, then shown from the change event: the same path as every other open page.
  const setLanguage = (choice: LanguageChoice) => void setLanguageChoice(choice);
  onReaderLanguageChange((lang, choice) => {
    Object.assign(language, { lang, choice });
    show(lastOutcome);
  });
  // Another tab imported or removed a pack: list what is stored now.
  onPackIndexChange(() => void controller.load().then(() => show(lastOutcome)));
  const m = () => messagesFor(language.lang);
  const onImport = (file: File) => {
    show({ checking: file.name });
    void readText(file)
      .then((text) => (typeof text === 'string' ? controller.import(file.name, text) : text))
      .then(show, (error: unknown) => show(failure(file.name, error)));
  };
  const onRemove = (packId: string) => {
    const title = titleOf(packId);
    packError = undefined;
    void controller.remove(packId).then(
      () => show(null),
      (error: unknown) => {
        packError = m().t('removeFailed', title, String(error));
        show(lastOutcome);
      },
    );
  };
  const onExport = (packId: string) => {
    packError = undefined;
    void controller
      .exportFile(packId)
      .then((file) => saveFile(file.name, file.text))
      .catch((error: unknown) => {
        packError = m().t('packExportFailed', titleOf(packId), String(error));
        show(lastOutcome);
      });
  };
  const titleOf = (packId: string) => controller.rows().find((row) => row.id === packId)?.title ?? packId;
  const show = (outcome: ImportOutcome | null) => {
    lastOutcome = outcome;
    document.documentElement.lang = language.lang;
    document.title = messagesFor(language.lang).t('optionsTitle');
    render(
      <InLanguage lang={language.lang}>
        <PacksView
          packs={controller.rows()}
          outcome={outcome}
          packError={packError}
          actions={{ onImport, onRemove, onExport }}
        >
          <LanguageSetting choice={language.choice} onChange={setLanguage} />
          <EmphasisDefault mode={emphasis.mode} saved={emphasis.saved} onChange={setEmphasis} />
          <ReviewerSettings initial={reviewer} onSave={saveReviewer} />
        </PacksView>
      </InLanguage>,
      root,
    );
  };
  show(null);
}

// Decoded strictly and with a byte-order mark kept, so that the export gives back the very bytes imported.
async function readText(file: File): Promise<string | ImportOutcome> {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await file.arrayBuffer());
  } catch (error) {
    return { ok: false, fileName: file.name, reason: 'not-text', problems: [{ path: '', message: String(error) }] };
  }
}

function failure(name: string, error: unknown): ImportOutcome {
  return { ok: false, fileName: name, problems: [{ path: '', message: String(error) }] };
}

void init(document.getElementById('app')!);
