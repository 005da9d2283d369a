/**
 * The options page: lists the story packs and imports new ones, sets the
 * default highlight mode and the interface language (which applies at once,
 * here and in every open page, popup and popover).
 */
import { render } from 'preact';
import type { LanguageChoice } from '../core/i18n/language.ts';
import { messagesFor } from '../core/i18n/messages.ts';
import type { EmphasisMode } from '../core/view/emphasis.ts';
import { getDefaultEmphasis, setDefaultEmphasis } from '../platform/emphasis-settings.ts';
import { loadImportedPacks, saveImportedPacks } from '../platform/pack-storage.ts';
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
import { PacksController } from './packs-controller.ts';

/** Renders the page into `root` and re-renders after every change. */
export async function init(root: HTMLElement): Promise<void> {
  const style = document.createElement('style');
  style.textContent = OPTIONS_CSS;
  document.head.append(style);
  const controller = new PacksController({ load: loadImportedPacks, save: saveImportedPacks });
  await controller.load();
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
  const show = (outcome: ImportOutcome | null) => {
    lastOutcome = outcome;
    document.documentElement.lang = language.lang;
    document.title = messagesFor(language.lang).t('optionsTitle');
    render(
      <InLanguage lang={language.lang}>
        <PacksView
          packs={controller.rows()}
          outcome={outcome}
          actions={{
            onImport: (file) =>
              void file
                .text()
                .then((text) => controller.import(file.name, text))
                .then(show, (error: unknown) => show(failure(file.name, error))),
            onRemove: (packId) =>
              void controller.remove(packId).then(
                () => show(null),
                (error: unknown) => show(failure(packId, error)),
              ),
          }}
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

function failure(name: string, error: unknown): ImportOutcome {
  return { ok: false, fileName: name, problems: [{ path: '', message: String(error) }] };
}

void init(document.getElementById('app')!);
