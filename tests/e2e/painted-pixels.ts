/**
 * What a reader sees of painted highlights (CSS Custom Highlight API): they
 * leave no element to query, so tests read the fill under a phrase from a
 * real screenshot, and count what the page's highlight registry holds. The
 * functions marked "for page.evaluate" are self-contained, so Playwright's
 * and Puppeteer's (Firefox) tests can both run them in the page.
 */
import type { Page } from '@playwright/test';

/** For page.evaluate: the viewport box of the first occurrence of `phrase` inside `scope`, in the page's own text. */
export function phraseBox([phrase, scope]: readonly [string, string]) {
  const root = document.querySelector(scope)!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(phrase);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + phrase.length);
    const box = range.getClientRects()[0]!;
    return { x: box.left, y: box.top, width: box.width, height: box.height };
  }
  return null;
}

/** The viewport box of the first occurrence of `phrase` inside `scope`. */
export function boxOf(page: Page, phrase: string, scope = 'body') {
  return page.evaluate(phraseBox, [phrase, scope] as const);
}

/** For page.evaluate: scrolls the last `article > p` holding `phrase` to mid-view; its selector. */
export function lastParagraphWith(phrase: string): string {
  const paragraphs = [...document.querySelectorAll('article > p')];
  const at = paragraphs.findLastIndex((p) => p.textContent!.includes(phrase));
  paragraphs[at]!.scrollIntoView({ block: 'center' });
  return `article > p:nth-of-type(${at + 1})`;
}

/**
 * For page.evaluate: how many ranges our painted highlights hold that the browser paints: over
 * text, in the page (a StaticRange whose node the page removed or shortened paints nothing).
 */
export function ourPaintedRanges(): number {
  return [...CSS.highlights]
    .filter(([name]) => name.startsWith('counterpoint-'))
    .flatMap(([, highlight]) => [...highlight])
    .filter(
      (range) =>
        !range.collapsed &&
        range.endContainer.isConnected &&
        range.endOffset <= (range.endContainer as CharacterData).length,
    ).length;
}

/** Fills over white as the screen shows them: rgba(255, 176, 32, .28) and rgba(46, 170, 90, .18) composited. */
export const AMBER = [255, 233, 193] as const;
export const GREEN = [217, 240, 225] as const;
export const RING = [186, 214, 248] as const;

/** The share of pixels under `phrase` that have `fill` (within a few levels), read from a real screenshot. */
export async function fillShare(
  page: Page,
  phrase: string,
  fill: readonly number[] = AMBER,
  scope?: string,
): Promise<number> {
  const box = await boxOf(page, phrase, scope);
  if (!box || box.width < 1) return 0;
  const png = await page.screenshot({ clip: box });
  return page.evaluate(
    async ([data, rgb]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      let matching = 0;
      for (let i = 0; i < pixels.length; i += 4)
        if ([0, 1, 2].every((c) => Math.abs(pixels[i + c]! - rgb[c]!) < 12)) matching += 1;
      return matching / (pixels.length / 4);
    },
    [png.toString('base64'), [...fill]] as const,
  );
}
