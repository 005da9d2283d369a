/**
 * Every catalogue, imported statically, for the background: a service worker
 * may not `import()` (the UI contexts load Russian and Kazakh on demand; the
 * chunks are the same files). Imported for its effect.
 */
import kk from '../../../_locales/kk/messages.json';
import ru from '../../../_locales/ru/messages.json';
import { provideCatalogue } from './catalogues.ts';

provideCatalogue('ru', ru);
provideCatalogue('kk', kk);
