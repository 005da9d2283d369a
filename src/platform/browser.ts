/**
 * The seam between Counterpoint and the browser's extension APIs. Everything
 * except the stage-1 content script reaches the browser through this module, so
 * tests can replace it with `vi.mock`.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, Menus, Storage } from 'webextension-polyfill';
