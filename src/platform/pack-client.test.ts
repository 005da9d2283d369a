import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectBuiltinTopic } from './pack-client.ts';

const SAMPLE = { title: 't', url: 'https://example.test/', description: '', headings: [], body: 'b' };

afterEach(() => vi.unstubAllGlobals());

function answering(answer: unknown) {
  const sent: unknown[] = [];
  vi.stubGlobal('chrome', { runtime: { sendMessage: async (message: unknown) => (sent.push(message), answer) } });
  return sent;
}

describe("stage 1's question to the background about the built-in story", () => {
  it('sends the sample and takes the verdict', async () => {
    const verdict = {
      about: true,
      score: 2.5,
      evidence: [{ group: 'platform', term: 'facebook*', part: 'body', count: 3 }],
    };
    const sent = answering(verdict);
    await expect(detectBuiltinTopic(SAMPLE)).resolves.toEqual(verdict);
    expect(sent).toEqual([{ method: 'detectBuiltinTopic', payload: SAMPLE }]);
  });

  it('rejects an answer that is no verdict, as when no listener took the question', async () => {
    for (const answer of [undefined, null, { about: 'yes', score: 1, evidence: [] }, { about: true, score: 1 }]) {
      answering(answer);
      await expect(detectBuiltinTopic(SAMPLE)).rejects.toThrow(/no verdict/);
    }
  });
});
