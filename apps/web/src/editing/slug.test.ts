import { describe, expect, it } from 'vitest';
import { suggestSlug } from './slug';

describe('suggestSlug', () => {
  it('makes hyphenated lower-case words without accents or punctuation', () => {
    expect(suggestSlug('  Nicolás Maduro meets “the US” — again! ')).toBe('nicolas-maduro-meets-the-us-again');
  });
  it('keeps slugs short without a trailing hyphen', () => {
    expect(suggestSlug('word '.repeat(30))).toMatch(/^(word-)*word$/);
    expect(suggestSlug('word '.repeat(30)).length).toBeLessThanOrEqual(80);
  });
});
