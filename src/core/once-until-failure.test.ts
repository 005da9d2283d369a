import { describe, expect, it } from 'vitest';
import { onceUntilFailure } from './once-until-failure.ts';

describe('onceUntilFailure', () => {
  it('makes the promise once and shares it', async () => {
    let made = 0;
    const get = onceUntilFailure(async () => (made += 1));
    const [first, second] = [get(), get()];
    expect(first).toBe(second);
    await expect(first).resolves.toBe(1);
    await expect(get()).resolves.toBe(1);
    expect(made).toBe(1);
  });

  it('after a failure, makes it again', async () => {
    const answers = [Promise.reject(new Error('no answer')), Promise.resolve('verdict')];
    let made = 0;
    const get = onceUntilFailure(() => answers[made++]!);
    await expect(get()).rejects.toThrow('no answer');
    await expect(get()).resolves.toBe('verdict');
    await expect(get()).resolves.toBe('verdict');
    expect(made).toBe(2);
  });
});
