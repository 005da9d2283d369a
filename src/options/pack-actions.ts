/**
 * The options page's pack actions: import a file (shown as being checked,
 * then its result), export a pack as the file it was imported from, remove
 * one; and what the page says about them. Failures are said, never swallowed.
 */
import type { Messages } from '../core/i18n/messages.ts';
import type { ImportOutcome, ImportResult, PacksViewProps } from '../ui/PacksView.tsx';
import type { PacksController } from './packs-controller.ts';
import { saveFile } from './save-file.ts';

/** What the page shows about packs besides the list: the last import and a failed removal or export. */
export interface PackMessages {
  outcome: ImportOutcome | null;
  packError?: string | undefined;
}

/** The actions, updating `state` and calling `refresh` to show it. */
export function packActions(
  controller: PacksController,
  state: PackMessages,
  messages: () => Messages,
  refresh: () => void,
): PacksViewProps['actions'] {
  const say = (change: Partial<PackMessages>) => {
    Object.assign(state, change);
    refresh();
  };
  const titleOf = (packId: string) => controller.rows().find((row) => row.id === packId)?.title ?? packId;
  return {
    onImport(file) {
      say({ outcome: { checking: file.name }, packError: undefined });
      void readText(file)
        .then((text) => (typeof text === 'string' ? controller.import(file.name, text) : text))
        .then(
          (outcome) => say({ outcome }),
          (error: unknown) => say({ outcome: failure(file.name, error) }),
        );
    },
    onRemove(packId) {
      const title = titleOf(packId);
      void controller.remove(packId).then(
        () => say({ outcome: null, packError: undefined }),
        (error: unknown) => say({ packError: messages().t('removeFailed', title, String(error)) }),
      );
    },
    onExport(packId) {
      void controller
        .exportFile(packId)
        .then((file) => {
          saveFile(file.name, file.text);
          say({ packError: undefined });
        })
        .catch((error: unknown) =>
          say({ packError: messages().t('packExportFailed', titleOf(packId), String(error)) }),
        );
    },
  };
}

// Decoded strictly and with a byte-order mark kept, so that the export gives back the very bytes imported.
async function readText(file: File): Promise<string | ImportResult> {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await file.arrayBuffer());
  } catch (error) {
    return { ok: false, fileName: file.name, reason: 'not-text', problems: [{ path: '', message: String(error) }] };
  }
}

function failure(fileName: string, error: unknown): ImportResult {
  return { ok: false, fileName, problems: [{ path: '', message: String(error) }] };
}
