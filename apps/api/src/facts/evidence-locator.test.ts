import { describe, expect, it } from 'vitest';
import { locateQuote } from './evidence-locator.js';

const text = 'Maduro met Petro. Maduro’s aide met Petro’s aide. “Quote” — done.';

describe('locateQuote', () => {
  it('returns UTF-16 offsets whose slice is the quote', () => {
    const span = locateQuote(text, { quote: 'Maduro’s aide' });
    expect(text.slice(span.start, span.end)).toBe('Maduro’s aide');
    expect(span.start).toBe(18);
  });

  it('rejects an ambiguous quote unless a hint picks one', () => {
    expect(() => locateQuote(text, { quote: 'met Petro' })).toThrow(/occurs 2 times; add "occurrence" or "within"/);
    expect(locateQuote(text, { quote: 'met', occurrence: 2 }).start).toBe(32);
    expect(locateQuote(text, { quote: 'met', within: 'aide met Petro’s' }).start).toBe(32);
  });

  it('names the missing quote', () => {
    expect(() => locateQuote(text, { quote: "Maduro's aide" })).toThrow(/quote not found in the text: "Maduro's aide"/);
    expect(() => locateQuote(text, { quote: 'met', occurrence: 5 })).toThrow(/no occurrence 5/);
    expect(() => locateQuote(text, { quote: 'Petro', within: 'Maduro' })).toThrow(/does not contain/);
  });
});
