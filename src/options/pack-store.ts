/**
 * The options page's pack store: the extension's IndexedDB (platform/pack-db.ts)
 * behind the controller's PackStore seam.
 */
import {
  deleteStoredPack,
  readStoredPacks,
  readStoredText,
  withPackLock,
  writeStoredPack,
} from '../platform/pack-db.ts';
import type { PackStore } from './packs-controller.ts';

/** Imported packs in IndexedDB, changed under a Web Lock shared by every tab. */
export const packStore: PackStore = {
  exclusive: withPackLock,
  packs: readStoredPacks,
  add: writeStoredPack,
  remove: deleteStoredPack,
  text: readStoredText,
};
