import { describe, expect, it } from 'vitest';
import {
  claimEmphasis,
  DEFAULT_EMPHASIS_MODE,
  modeForSite,
  parseEmphasisMode,
  quoteEmphasis,
  repeatFlags,
  siteModes,
  withSiteMode,
} from './emphasis.ts';

describe('claimEmphasis', () => {
  it('makes disputed and contradicted claims notable where they first appear', () => {
    expect(claimEmphasis('disputed', false)).toBe('notable');
    expect(claimEmphasis('contradicted', false)).toBe('notable');
    expect(claimEmphasis('supported', false)).toBe('quiet');
    expect(claimEmphasis('context', false)).toBe('quiet');
  });

  it('makes every later mention quiet, even of a disputed claim', () => {
    expect(claimEmphasis('disputed', true)).toBe('quiet');
    expect(claimEmphasis('contradicted', true)).toBe('quiet');
  });
});

describe('quoteEmphasis', () => {
  it('makes altered, unknown and misattributed quotes notable, verbatim ones quiet', () => {
    expect(quoteEmphasis('variant', false)).toBe('notable');
    expect(quoteEmphasis('not-found', false)).toBe('notable');
    expect(quoteEmphasis('verbatim', true)).toBe('notable');
    expect(quoteEmphasis('verbatim', false)).toBe('quiet');
  });
});

describe('repeatFlags', () => {
  it('flags every mention of a claim after its first, in page order', () => {
    expect(repeatFlags(['a', 'b', 'a', 'c', 'b', 'a'])).toEqual([false, false, true, false, true, true]);
    expect(repeatFlags([])).toEqual([]);
  });
});

describe('modes in storage', () => {
  it('parses only the known modes', () => {
    expect(parseEmphasisMode('all')).toBe('all');
    expect(parseEmphasisMode('none')).toBe('none');
    expect(parseEmphasisMode('loud')).toBeNull();
    expect(parseEmphasisMode(undefined)).toBeNull();
  });

  it("uses the site's choice, then the reader's default, then contested only", () => {
    const sites = { 'a.example': 'none', 'b.example': 'bogus' };
    expect(modeForSite({ sites, defaultMode: 'all' }, 'a.example')).toBe('none');
    expect(modeForSite({ sites, defaultMode: 'all' }, 'b.example')).toBe('all');
    expect(modeForSite({ sites, defaultMode: 'weird' }, 'c.example')).toBe(DEFAULT_EMPHASIS_MODE);
    expect(modeForSite({ sites: undefined, defaultMode: undefined }, 'c.example')).toBe('contested');
    expect(DEFAULT_EMPHASIS_MODE).toBe('contested');
  });

  it('drops malformed stored values', () => {
    expect(siteModes(['none'])).toEqual({});
    expect(siteModes(null)).toEqual({});
    expect(siteModes({ 'a.example': 'all', 'b.example': 3 })).toEqual({ 'a.example': 'all' });
  });

  it("stores a site's choice, and forgets it when the choice is the default", () => {
    const sites = { 'a.example': 'none', 'b.example': 'all' };
    expect(withSiteMode(sites, 'c.example', 'all', 'contested')).toEqual({ ...sites, 'c.example': 'all' });
    expect(withSiteMode(sites, 'a.example', 'all', 'contested')).toEqual({ 'a.example': 'all', 'b.example': 'all' });
    expect(withSiteMode(sites, 'a.example', 'contested', 'contested')).toEqual({ 'b.example': 'all' });
    expect(withSiteMode(undefined, 'a.example', 'none', 'all')).toEqual({ 'a.example': 'none' });
  });
});
