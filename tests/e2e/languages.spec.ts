/**
 * The interface in the browser's language, Russian and Kazakh, and the choice
 * on the options page taking effect at once in an open popup, options page and
 * popover. Chromium is started with `--lang=ru` or `--lang=kk`: it then reads
 * the extension's ru or kk catalogue (its own UI stays en-US for kk).
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, openArticle, openPopupFor, test } from './extension.ts';

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  return options;
}

/** The article with its claim popover open, and the popup pointed at it. */
async function storyWithPopoverAndPopup(context: BrowserContext, serviceWorker: Worker, extensionId: string) {
  const page = await openArticle(context, 'kazinform.html');
  await page.locator('mark[data-claim="exclusive-access"]').first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const { popup, tabId } = await openPopupFor(context, serviceWorker, extensionId, page);
  return { page, dialog, popup, tabId };
}

test.describe('a Russian browser', () => {
  test.use({ browserArgs: ['--lang=ru'] });

  test('popover, popup, reader and options are in Russian; choosing Kazakh, then English, changes them all without a reload', async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    const { page, dialog, popup } = await storyWithPopoverAndPopup(context, serviceWorker, extensionId);
    // The popover: its own words, the claim's summary and the reasons, in Russian; quotes as the source has them.
    await expect(dialog).toContainText('Утверждение из этой истории');
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(
      /^Facebook предоставил правительству Казахстана/,
    );
    await expect(dialog.getByRole('button', { name: 'Закрыть' })).toBeVisible();
    await expect(dialog).toContainText('В заявлении министерства говорится');
    await expect(dialog).toContainText('Источник на английском');
    await expect(dialog.locator('[data-stance="supports"] blockquote').first()).toContainText(
      'direct and exclusive access',
    );
    // The popup: its sections, the claim list and what the page mentions, in words.
    await expect(popup.getByRole('heading', { name: /Утверждения на этой странице/ })).toBeVisible();
    await expect(popup.locator('.cp-evidence')).toContainText('Упоминаются: ');
    await expect(popup.locator('.cp-evidence')).toContainText('Казахстан');
    await expect(popup.locator('.cp-evidence')).not.toContainText('platform');
    await expect(popup.locator('button[data-claim="exclusive-access"]')).toContainText('Facebook предоставил');
    // The reader page, opened from the popover.
    const [reader] = await Promise.all([
      context.waitForEvent('page'),
      dialog
        .locator('[data-stance="contradicts"]')
        .getByRole('button', { name: /Читать в контексте/ })
        .first()
        .click(),
    ]);
    const box = reader.getByRole('complementary', { name: 'Выделенное высказывание' });
    await expect(box).toContainText('Опровергает утверждение «Facebook предоставил');
    // The options page, automatic by default.
    const options = await openOptions(context, extensionId);
    await expect(options.getByRole('heading', { level: 1 })).toHaveText('Counterpoint: наборы историй');
    await expect(options.getByRole('radio', { name: 'Автоматически (язык браузера)' })).toBeChecked();

    await options.getByRole('radio', { name: 'Қазақша' }).check();
    await expect(options.getByRole('heading', { name: 'Тіл' })).toBeVisible();
    await expect(options).toHaveTitle('Counterpoint: оқиға жинақтары');
    await expect(popup.getByRole('heading', { name: /Осы беттегі тұжырымдар/ })).toBeVisible();
    await expect(popup.locator('button[data-claim="exclusive-access"]')).toContainText('Facebook Қазақстан үкіметіне');
    await expect(dialog).toContainText('Осы оқиғадағы тұжырым');
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(/^Facebook Қазақстан үкіметіне/);
    await expect(dialog).toContainText('Министрлік мәлімдемесінде');
    await expect(reader.getByRole('complementary', { name: 'Белгіленген мәлімдеме' })).toContainText(
      '«Facebook Қазақстан үкіметіне',
    );

    await options.getByRole('radio', { name: 'English' }).check();
    await expect(popup.getByRole('heading', { name: /Claims on this page/ })).toBeVisible();
    await expect(dialog).toContainText('Claim in this story');
    await expect(dialog).not.toContainText('Source in English');
    expect(page.url()).toContain('kazinform.html'); // Same page all along: nothing was reloaded.
  });
});

test.describe('a Kazakh browser', () => {
  test.use({ browserArgs: ['--lang=kk'] });

  test('highlights, popover, popup, options and the badge tooltip are in Kazakh, though the browser says en-US', async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    expect(await serviceWorker.evaluate(() => chrome.i18n.getUILanguage())).toBe('en-US');
    const { page, dialog, popup, tabId } = await storyWithPopoverAndPopup(context, serviceWorker, extensionId);
    // A screen reader hears the page's words, then the claim and its status, in Kazakh.
    await expect(page.locator('mark[data-claim="exclusive-access"][role="button"]').first()).toHaveAttribute(
      'aria-label',
      /— тұжырым, даулы: Facebook Қазақстан үкіметіне .* Enter пернесін басыңыз\.$/,
    );
    await expect(dialog).toContainText('Осы оқиғадағы тұжырым');
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(/^Facebook Қазақстан үкіметіне/);
    await expect(dialog.getByRole('button', { name: 'Жабу' })).toBeVisible();
    await expect(dialog).toContainText('Министрлік мәлімдемесінде');
    await expect(popup.getByRole('heading', { name: /Осы беттегі тұжырымдар/ })).toBeVisible();
    await expect(popup.locator('.cp-evidence')).toContainText('Аталады: ');
    await expect(popup.locator('.cp-evidence')).toContainText('Қазақстан');
    const options = await openOptions(context, extensionId);
    await expect(options.getByRole('heading', { name: 'Тіл' })).toBeVisible();
    await expect(options.getByRole('radio', { name: 'Автоматты (браузер тілі)' })).toBeChecked();
    const title = await serviceWorker.evaluate((tab) => chrome.action.getTitle({ tabId: tab }), tabId);
    expect(title).toMatch(/^Counterpoint: бетте \d+ тұжырым$/);
  });
});
