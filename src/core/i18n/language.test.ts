import { describe, expect, it } from 'vitest';
import { parseLanguageChoice, readerLanguageOf, resolveLanguage } from './language.ts';

describe('the language choice', () => {
  it('reads a stored choice, and anything else as automatic', () => {
    expect(['auto', 'en', 'ru', 'kk'].map(parseLanguageChoice)).toEqual(['auto', 'en', 'ru', 'kk']);
    expect([undefined, 'de', 7, 'KK'].map(parseLanguageChoice)).toEqual(['auto', 'auto', 'auto', 'auto']);
  });

  it('takes an explicit choice over the browser', () => {
    expect(resolveLanguage('kk', 'ru', 'ru-RU')).toBe('kk');
    expect(resolveLanguage('en', 'kk', 'en-US')).toBe('en');
  });

  it('follows, for automatic, the catalogue the browser chose: Chromium under --lang=kk still says en-US', () => {
    expect(resolveLanguage('auto', 'kk', 'en-US')).toBe('kk');
    expect(resolveLanguage('auto', 'ru', 'ru')).toBe('ru');
    // No answer from the catalogue (a test page, an old build): the UI language, then English.
    expect(resolveLanguage('auto', '', 'ru-KZ')).toBe('ru');
    expect(resolveLanguage('auto', undefined, 'de-DE')).toBe('en');
  });

  it('reads language codes in any of the usual spellings', () => {
    expect(['kk', 'kk-KZ', 'ru_RU', 'EN-gb', 'de', ''].map(readerLanguageOf)).toEqual([
      'kk',
      'kk',
      'ru',
      'en',
      undefined,
      undefined,
    ]);
  });
});
