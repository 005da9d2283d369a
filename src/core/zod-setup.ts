/**
 * Zod set up for extension pages: zod 4 probes `new Function` on first parse,
 * which an extension's content security policy reports as an eval violation.
 * Every module that defines schemas imports `z` from here, so the setting is
 * in place before any parse in any context.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
