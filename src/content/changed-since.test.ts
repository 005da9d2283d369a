// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { changesSince } from './changed-since.ts';

afterEach(() => document.body.replaceChildren());

describe('changesSince', () => {
  it('is false for a page that changed nothing', async () => {
    document.body.append(document.createElement('p'));
    const since = changesSince(document);
    await new Promise((done) => setTimeout(done, 0));
    expect(since.changed()).toBe(false);
  });

  it.each([
    ['a node added', (p: HTMLElement) => p.append(document.createElement('span'))],
    ['text changed', (p: HTMLElement) => ((p.firstChild as Text).data = 'new words')],
    ['an attribute changed (a class that reveals text)', (p: HTMLElement) => p.setAttribute('class', 'shown')],
  ])('is true after %s, delivered or not yet', async (_, change) => {
    for (const wait of [true, false]) {
      const p = document.createElement('p');
      p.textContent = 'old words';
      document.body.append(p);
      const since = changesSince(document);
      change(p);
      if (wait) await new Promise((done) => setTimeout(done, 0));
      expect(since.changed()).toBe(true);
    }
  });

  it('stops watching once asked: a later change is not seen', async () => {
    const since = changesSince(document);
    expect(since.changed()).toBe(false);
    document.body.append(document.createElement('p'));
    await new Promise((done) => setTimeout(done, 0));
    expect(since.changed()).toBe(false);
  });
});
