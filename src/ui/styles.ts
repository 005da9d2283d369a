/**
 * Every stylesheet Counterpoint ships, as CSS strings: the popover's (for its
 * shadow root), the popup's, the reader page's, and the one injected into
 * pages for highlights. Strings rather than .css files so the content script
 * can put them into a shadow root or the page without a fetch.
 */
export { POPOVER_CSS } from './popover-css.ts';
export { POPUP_CSS } from './popup-css.ts';
export { READER_CSS } from './reader-css.ts';
export { HIGHLIGHT_PAGE_CSS } from './highlight-css.ts';
export { OPTIONS_CSS } from './options-css.ts';
