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
import { PacksView, type ImportResult } from '../ui/PacksView.tsx';
import { boundProblems } from '../core/corpus/pack-limits.ts';
import { moveLegacyPacks } from './legacy-packs.ts';
import { ReviewerSettings } from '../ui/ReviewerSettings.tsx';
import { OPTIONS_CSS } from '../ui/styles.ts';
import { OFF_TOPIC_PAGES } from '../platform/off-topic-pages.ts';
import { packStore } from './pack-store.ts';
import { PacksController } from './packs-controller.ts';
import { onPackIndexChange } from '../platform/pack-index.ts';
import { packActions, type PackMessages } from './pack-actions.ts';

/** Renders the page into `root` and re-renders after every change. */
export async function init(root: HTMLElement): Promise<void> {
  const style = document.createElement('style');
  style.textContent = OPTIONS_CSS;
  document.head.append(style);
  const controller = new PacksController(packStore, OFF_TOPIC_PAGES);
  const packs: PackMessages = { outcome: await legacyOutcome() };
  await controller.load();
  const reviewer = await loadReviewer();
  const emphasis = { mode: await getDefaultEmphasis(), saved: false };
  const language = { choice: await getLanguageChoice(), lang: await readerLanguage() };
  // A setting that could not be stored is said, and its control shows what is stored.
  let settingError: string | undefined;
  const notSaved = (error: unknown) => {
    settingError = messagesFor(language.lang).t('settingNotSaved', String(error));
    show();
  };
  const setEmphasis = (mode: EmphasisMode) =>
    void setDefaultEmphasis(mode).then(() => {
      Object.assign(emphasis, { mode, saved: true });
      settingError = undefined;
      show();
    }, notSaved);
  // Stored, then shown from the change event: the same path as every other open page.
  const setLanguage = (choice: LanguageChoice) =>
    void setLanguageChoice(choice).then(() => (settingError = undefined), notSaved);
  onReaderLanguageChange((lang, choice) => {
    Object.assign(language, { lang, choice });
    show();
  });
  // Another tab imported or removed a pack: list what is stored now.
  onPackIndexChange(() => void controller.load().then(() => show()));
  const actions = packActions(
    controller,
    packs,
    () => messagesFor(language.lang),
    () => show(),
  );
  const show = () => {
    document.documentElement.lang = language.lang;
    document.title = messagesFor(language.lang).t('optionsTitle');
    render(
      <InLanguage lang={language.lang}>
        <PacksView packs={controller.rows()} outcome={packs.outcome} packError={packs.packError} actions={actions}>
          {settingError && (
            <p role="alert" class="cp-problems">
              {settingError}
            </p>
          )}
          <LanguageSetting choice={language.choice} onChange={setLanguage} />
          <EmphasisDefault mode={emphasis.mode} saved={emphasis.saved} onChange={setEmphasis} />
          <ReviewerSettings initial={reviewer} onSave={saveReviewer} />
        </PacksView>
      </InLanguage>,
      root,
    );
  };
  show();
}

// Packs an earlier version kept in storage.local move to IndexedDB; any the checks now refuse are listed.
async function legacyOutcome(): Promise<ImportResult | null> {
  try {
    const refused = await moveLegacyPacks();
    if (refused.length === 0) return null;
    const fileName = refused.map((pack) => pack.name).join(', ');
    return { ok: false, fileName, ...boundProblems(refused.flatMap((pack) => pack.problems)) };
  } catch (error) {
    return {
      ok: false,
      fileName: 'importedPacks',
      reason: 'not-saved',
      problems: [{ path: '', message: String(error) }],
    };
  }
}

void init(document.getElementById('app')!);
