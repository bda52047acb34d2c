import { describe, expect, it } from 'vitest';
import { findInText } from './find-text';

describe('findInText', () => {
  const text = 'Maduro met. MADURO left;\nthe Maduro  government (Maduro) said.';

  it('finds every occurrence, whatever its case, with its offsets', () => {
    const matches = findInText(text, 'maduro');
    expect(matches).toHaveLength(4);
    expect(matches.map(({ start, end }) => text.slice(start, end))).toEqual(['Maduro', 'MADURO', 'Maduro', 'Maduro']);
  });

  it('lets spaces in the phrase match any white space, and reads its characters literally', () => {
    expect(findInText(text, 'left; the').map(({ start, end }) => text.slice(start, end))).toEqual(['left;\nthe']);
    expect(findInText(text, 'maduro government')).toHaveLength(1);
    expect(findInText(text, '(maduro)')).toHaveLength(1);
    expect(findInText(text, '   ')).toEqual([]);
  });
});
