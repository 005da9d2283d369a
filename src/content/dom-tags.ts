/**
 * Tag names (`localName`) that text scanning treats specially. Shared by the
 * stage-1 page sampler and the full text extractor, so it stays a plain data
 * module with no imports.
 */

/**
 * Elements whose text is not readable page prose: code, styles, templates,
 * graphics, embedded documents and form controls. Buttons are included: their
 * labels ("Share", "Subscribe") are UI chrome, and a highlight inside a button
 * would compete with the button's own click.
 */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'svg',
  'math',
  'canvas',
  'iframe',
  'frame',
  'object',
  'embed',
  'video',
  'audio',
  'input',
  'textarea',
  'select',
  'option',
  'datalist',
  'button',
]);

/** Elements that start a new line when rendered: text on either side must not run together. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
