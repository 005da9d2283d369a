/**
 * The fact-checker's organisation and name for ClaimReview drafts, set on the
 * options page and kept in extension storage (empty until set).
 */
import type { Reviewer } from '../core/export/export-claimreview.ts';
import { browser } from './browser.ts';

const KEY = 'reviewer';

/** The stored reviewer; empty strings for what was never set. */
export async function loadReviewer(): Promise<Reviewer> {
  const stored: Record<string, unknown> = await browser.storage.local.get(KEY);
  const value = stored[KEY] as Partial<Record<keyof Reviewer, unknown>> | undefined;
  const text = (field: unknown) => (typeof field === 'string' ? field : '');
  return { organisation: text(value?.organisation), name: text(value?.name) };
}

/** Stores the reviewer (trimmed). */
export async function saveReviewer(reviewer: Reviewer): Promise<void> {
  await browser.storage.local.set({
    [KEY]: { organisation: reviewer.organisation.trim(), name: reviewer.name.trim() },
  });
}
