/**
 * Renders icons/icon.svg to the PNG sizes the manifest uses (16, 32, 48, 128)
 * with the system Chromium, on a transparent background.
 *
 * Usage: npx tsx scripts/render-icons.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ICONS_DIR = join(import.meta.dirname, '..', 'icons');
const SIZES = [16, 32, 48, 128] as const;

async function main(): Promise<void> {
  const svg = readFileSync(join(ICONS_DIR, 'icon.svg'), 'utf8');
  // A data: URL keeps the page self-contained: no file access, no network.
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">` +
          `<img id="icon" src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.locator('#icon').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      writeFileSync(join(ICONS_DIR, `icon-${size}.png`), png);
      console.log(`icons/icon-${size}.png ${png.length} bytes`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
