// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtinCorpus } from '../core/corpus/builtin-corpus.ts';
import type { LanguageSource } from '../core/i18n/language.ts';
import type { ReaderLanguage } from '../core/view/localize.ts';
import { claimView } from '../core/view/claim-view.ts';
import { ClaimPopover } from './ClaimPopover.tsx';
import { InLanguage, Localized } from './i18n.tsx';
import { LanguageSetting } from './LanguageSetting.tsx';
import { accessibleName, renderInto, type Rendered } from './test-render.ts';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const corpus = builtinCorpus();
const popover = (lang: ReaderLanguage) => (
  <ClaimPopover view={claimView(corpus, 'exclusive-access', lang)!} onOpenSource={() => {}} onClose={() => {}} />
);

/** A language source the test changes by hand. */
function manualLanguage(initial: ReaderLanguage): LanguageSource & { set(lang: ReaderLanguage): void } {
  let lang = initial;
  const listeners = new Set<(lang: ReaderLanguage) => void>();
  return {
    current: () => lang,
    subscribe: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    set(next) {
      lang = next;
      for (const listener of listeners) listener(next);
    },
  };
}

describe('the claim popover in Russian and Kazakh', () => {
  it("shows its own words, the claim's summary and the why in the language; the quotes stay as the source has them", () => {
    view = renderInto(<InLanguage lang="ru">{popover('ru')}</InLanguage>);
    const dialog = view.container.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('lang')).toBe('ru');
    expect(accessibleName(dialog)).toMatch(/^Facebook предоставил правительству Казахстана/);
    expect(view.text()).toContain('Утверждение из этой истории');
    expect(view.container.querySelector('.cp-badge')!.textContent).toBe('Спорное');
    expect([...view.container.querySelectorAll('h3')].map((h) => h.textContent)).toContain('Опровергают (4)');
    expect(view.text()).toContain('В заявлении министерства говорится');
    const quote = view.container.querySelector('.cp-statement[data-stance="supports"] blockquote')!;
    expect(quote.getAttribute('lang')).toBe('en');
    expect(quote.textContent).toMatch(/direct and exclusive access/);
    expect(view.buttons('Читать в контексте').length).toBeGreaterThan(0);
    expect(view.button(/^Закрыть$/)).toBeDefined();
  });

  it('says when a source is in another language than the interface, and only then', () => {
    view = renderInto(<InLanguage lang="kk">{popover('kk')}</InLanguage>);
    expect(view.text()).toContain('Дереккөз ағылшын тілінде');
    view.unmount();
    view = renderInto(<InLanguage lang="en">{popover('en')}</InLanguage>);
    expect(view.container.querySelectorAll('[data-source-language]')).toHaveLength(0);
    expect(view.text()).not.toContain('Source in');
  });
});

describe('Localized', () => {
  it('re-renders in place when the language changes: same elements, focus kept', async () => {
    const language = manualLanguage('en');
    view = renderInto(<Localized language={language} render={popover} />);
    const close = view.button(/^Close$/);
    close.focus();
    language.set('kk');
    await vi.waitFor(() => expect(view!.text()).toContain('Осы оқиғадағы тұжырым'));
    expect(view.button(/^Жабу$/)).toBe(close);
    expect(document.activeElement).toBe(close);
    expect(view.container.querySelector('[role="dialog"]')!.getAttribute('lang')).toBe('kk');
  });
});

describe('LanguageSetting', () => {
  it('offers automatic and each language named in itself, and reports the choice', () => {
    const onChange = vi.fn();
    view = renderInto(
      <InLanguage lang="ru">
        <LanguageSetting choice="auto" onChange={onChange} />
      </InLanguage>,
    );
    const labels = [...view.container.querySelectorAll('label')].map((label) => label.textContent);
    expect(labels).toEqual(['Автоматически (язык браузера)', 'English', 'Русский', 'Қазақша']);
    expect(view.container.querySelector<HTMLInputElement>('input[value="auto"]')!.checked).toBe(true);
    view.container.querySelector<HTMLInputElement>('input[value="kk"]')!.click();
    expect(onChange).toHaveBeenCalledExactlyOnceWith('kk');
  });
});
