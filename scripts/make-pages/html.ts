/**
 * The one way the page generator builds HTML: a tagged template that escapes
 * every interpolated string, so no document or page text reaches the output
 * unescaped. Markup only enters through `html` itself or `trustedCode`.
 */

/** A piece of HTML that is already safe to insert as is. */
export class SafeHtml {
  /** Wraps markup that was produced by `html` (or vetted by `trustedCode`). */
  constructor(readonly value: string) {}
  /** Returns the markup. */
  toString(): string {
    return this.value;
  }
}

/** Anything `html` accepts in a `${...}` slot; arrays are joined, null/undefined/false render nothing. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes `& < > " '` so the text is inert both in element content and in quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template: literal parts are markup, every `${value}` is escaped unless it is `SafeHtml`. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/**
 * Marks a constant script or style body written in this generator as safe.
 * Only for our own code (never document text); refuses anything that could
 * close the element early.
 */
export function trustedCode(code: string): SafeHtml {
  if (/<\/(script|style)/i.test(code) || code.includes('<!--')) {
    throw new Error('trustedCode: code must not contain </script, </style or <!--');
  }
  return new SafeHtml(code);
}
