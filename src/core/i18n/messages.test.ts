import { describe, expect, it } from 'vitest';
import { formatEntry, INTL_LOCALE, isSmallCount, messagesFor } from './messages.ts';

describe('formatEntry', () => {
  it('fills placeholders as browsers do: $name$ (any case) to its content, $1… to the substitutions, $$ to $', () => {
    const entry = {
      message: 'Remove $TITLE$ from $where$ for $$5',
      placeholders: { title: { content: '$1' }, where: { content: 'the $2 list' } },
    };
    expect(formatEntry(entry, ['My story', 'loaded'])).toBe('Remove My story from the loaded list for $5');
  });
});

describe('messagesFor', () => {
  it("writes a count under 1,000 as each language's Intl.NumberFormat does, and larger numbers with it", () => {
    for (const [lang, locale] of Object.entries(INTL_LOCALE)) {
      const format = new Intl.NumberFormat(locale);
      for (let count = 0; count < 1000; count++) {
        expect(isSmallCount(count)).toBe(true);
        expect(String(count)).toBe(format.format(count));
      }
      const messages = messagesFor(lang as keyof typeof INTL_LOCALE);
      expect(messages.number(12345)).toBe(format.format(12345));
      expect(messages.number(2.5)).toBe(format.format(2.5));
    }
    expect([1000, -1, 1.5].some(isSmallCount)).toBe(false);
  });

  it('speaks each language, with English as the reference', () => {
    expect(messagesFor('en').t('close')).toBe('Close');
    expect(messagesFor('ru').t('close')).toBe('Закрыть');
    expect(messagesFor('kk').t('close')).toBe('Жабу');
    expect(messagesFor('kk').t('siteSwitch', 'news.example')).toBe('news.example сайтында қосулы');
  });

  it("picks the language's plural form: one, few and many in Russian, one form in Kazakh", () => {
    const ru = messagesFor('ru');
    expect([1, 2, 5, 21, 22, 11].map((n) => ru.plural('mentions', n))).toEqual([
      '1 упоминание',
      '2 упоминания',
      '5 упоминаний',
      '21 упоминание',
      '22 упоминания',
      '11 упоминаний',
    ]);
    expect([1, 2].map((n) => messagesFor('en').plural('verbatimIn', n))).toEqual([
      'Verbatim in 1 source',
      'Verbatim in 2 sources',
    ]);
    expect(messagesFor('kk').plural('verbatimIn', 3)).toBe('3 дереккөзде сөзбе-сөз бар');
    // The count is $1; the other substitutions follow it.
    expect(messagesFor('en').plural('notImported', 2, 'bad.json')).toBe(
      '“bad.json” was not imported: 2 problems. The packs above are unchanged.',
    );
  });

  it('formats dates for the language, never inventing a day for a month-only date', () => {
    expect(messagesFor('en').date('2021-11-01')).toBe('1 Nov 2021');
    expect(messagesFor('en').date('2021-11')).toBe('Nov 2021');
    expect(messagesFor('ru').date('2021-11-02')).toMatch(/^2 нояб\.? 2021/);
    expect(messagesFor('kk').date('2021-11-02')).toMatch(/2021.*қар/);
    expect(messagesFor('kk').date('2021-11')).not.toMatch(/\b1\b/);
    expect(messagesFor('en').date('sometime')).toBe('sometime');
  });

  it('formats numbers, percentages (a variant never reaches 100%) and lists for the language', () => {
    expect(messagesFor('en').percent(0.876)).toBe('87%');
    expect(messagesFor('en').percent(0.999)).toBe('99%');
    expect(messagesFor('ru').percent(0.876)).toMatch(/^87\s%$/);
    expect(messagesFor('en').list(['A', 'B', 'C'])).toBe('A, B and C');
    expect(messagesFor('ru').list(['A', 'B'])).toBe('A и B');
    expect(messagesFor('ru').number(12345)).toMatch(/^12\s345$/);
  });
});
