/**
 * Every catalogue, imported statically, for the background: a service worker
 * may not `import()` (the UI contexts load Russian and Kazakh on demand, as
 * chunks; the background, built as one file, has its own copies). Imported
 * for its effect.
 */
import kk from '../../../_locales/kk/messages.json';
import ru from '../../../_locales/ru/messages.json';
import { provideCatalogue } from './catalogues.ts';

provideCatalogue('ru', ru);
provideCatalogue('kk', kk);
