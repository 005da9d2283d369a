// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageReportSchema } from '../core/view/page-report.ts';
import { pageState } from './page-state.ts';
import { route } from './router.ts';

const EVIDENCE = [{ group: 'platform', term: 'facebook*', part: 'body', count: 3 }] as const;

beforeEach(() => {
  vi.stubGlobal('chrome', { storage: { local: { get: async () => ({}) } } });
});
afterEach(() => {
  pageState.detection = null;
  vi.unstubAllGlobals();
});

describe('the popup report', () => {
  it("gives the verdict's score and evidence", async () => {
    pageState.detection = { about: false, result: async () => ({ about: false, score: 1, evidence: [...EVIDENCE] }) };
    const report = PageReportSchema.parse(await route({ method: 'getReport', payload: {} }));
    expect(report).toMatchObject({ about: false, score: 1, evidence: EVIDENCE });
    expect(report.evidenceMissing).toBeUndefined();
  });

  it('still answers when the background cannot give the reasons, and says they are missing', async () => {
    pageState.detection = { about: false, result: () => Promise.reject(new Error('no receiving end')) };
    const report = PageReportSchema.parse(await route({ method: 'getReport', payload: {} }));
    expect(report).toMatchObject({ about: false, enabled: true, evidenceMissing: true, evidence: [], claims: [] });
  });

  it('before any verdict, reports a page not about the story with nothing missing', async () => {
    const report = PageReportSchema.parse(await route({ method: 'getReport', payload: {} }));
    expect(report).toMatchObject({ about: false, evidence: [] });
    expect(report.evidenceMissing).toBeUndefined();
  });
});
