import { describe, expect, it } from 'vitest';
import { messagesFor } from '../i18n/messages.ts';
import { claimLabel, quoteLabel } from './highlight-label.ts';

describe('highlight labels', () => {
  it('start with the marked words, then say the claim and its status', () => {
    expect(claimLabel('direct and\n  exclusive access', 'disputed', 'Facebook gave exclusive access.')).toBe(
      'direct and exclusive access — claim, disputed: Facebook gave exclusive access. Press Enter for sources.',
    );
  });

  it('say each quote verdict in words', () => {
    expect(quoteLabel(' a regular channel ', 'verbatim')).toBe(
      'a regular channel — quote check: verbatim in the sources. Press Enter for details.',
    );
    expect(quoteLabel('x', 'variant')).toContain('quote check: altered.');
    expect(quoteLabel('x', 'not-found')).toContain('quote check: not found in the sources.');
  });
});

describe('highlight labels in the reader’s language', () => {
  it('say the claim, its status and what Enter does in Russian and Kazakh, the page’s words first', () => {
    expect(claimLabel('прямой доступ', 'disputed', 'Facebook дал доступ.', messagesFor('ru'))).toBe(
      'прямой доступ — утверждение, спорное: Facebook дал доступ. Нажмите Enter, чтобы увидеть источники.',
    );
    expect(quoteLabel('сөздер', 'variant', true, messagesFor('kk'))).toBe(
      'сөздер — дәйексөзді тексеру: өзгертілген, басқа адамға телінген. Толығырақ білу үшін Enter пернесін басыңыз.',
    );
  });
});
