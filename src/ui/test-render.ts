/**
 * Test helper: renders a Preact tree into a fresh container in the document
 * and offers the few queries the UI tests need, by role and accessible name
 * (no testing-library in this project).
 */
import { render, type ComponentChild } from 'preact';

/** A rendered tree and queries over it. */
export interface Rendered {
  container: HTMLElement;
  /** Buttons (and role=switch checkboxes) whose accessible name contains `name`. */
  buttons(name: string | RegExp): HTMLElement[];
  /** The single button whose accessible name contains `name`; throws otherwise. */
  button(name: string | RegExp): HTMLElement;
  /** The text of the container with whitespace collapsed. */
  text(): string;
  unmount(): void;
}

/** Renders `tree` into a new div appended to document.body. */
export function renderInto(tree: ComponentChild): Rendered {
  const container = document.createElement('div');
  document.body.append(container);
  render(tree, container);
  const buttons = (name: string | RegExp) =>
    [...container.querySelectorAll<HTMLElement>('button, [role="switch"]')].filter((element) => {
      const accessible = accessibleName(element);
      return typeof name === 'string' ? accessible.includes(name) : name.test(accessible);
    });
  return {
    container,
    buttons,
    button(name) {
      const found = buttons(name);
      if (found.length !== 1) throw new Error(`expected one button named ${String(name)}, found ${found.length}`);
      return found[0]!;
    },
    text: () => collapse(container.textContent ?? ''),
    unmount() {
      render(null, container);
      container.remove();
    },
  };
}

/** A simplified accessible name: aria-label, aria-labelledby, a wrapping or `for` label, then text. */
export function accessibleName(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const label = element.getAttribute('aria-label');
  if (label) return collapse(label);
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    return collapse(
      labelledBy
        .split(/\s+/)
        .map((id) => root.getElementById?.(id)?.textContent ?? '')
        .join(' '),
    );
  }
  const wrapping = element.closest('label');
  if (wrapping) return collapse(wrapping.textContent ?? '');
  const byFor = element.id ? root.querySelector?.(`label[for="${element.id}"]`) : null;
  return collapse((byFor ?? element).textContent ?? '');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
