import { describe, expect, it } from 'vitest';
import { endOfPeriod, resolveDateWords, resolvePartialDate } from './date-words.js';

// The seed article was published on Thursday 2024-04-11.
const published = '2024-04-11';

describe('resolveDateWords against a Thursday publication date', () => {
  it.each([
    ['Tuesday', '2024-04-09', '2024-04-09', 'DAY'],
    ['On Thursday', '2024-04-11', '2024-04-11', 'DAY'],
    ['Friday', '2024-04-05', '2024-04-05', 'DAY'],
    ['this week', '2024-04-08', '2024-04-14', 'WEEK'],
    ['earlier this week', '2024-04-08', '2024-04-11', 'WEEK'],
    ['Feb. 23', '2024-02-23', '2024-02-23', 'DAY'],
    ['July 28', '2024-07-28', '2024-07-28', 'DAY'],
    ['October', '2023-10-01', '2023-10-31', 'MONTH'],
    ['From October until March', '2023-10-01', '2024-03-31', 'MONTH'],
    ['late Wednesday', '2024-04-10', '2024-04-10', 'DAY'],
    ['last month', '2024-03-01', '2024-03-31', 'MONTH'],
    ['next month', '2024-05-01', '2024-05-31', 'MONTH'],
    ['earlier this month', '2024-04-01', '2024-04-11', 'MONTH'],
    ['last year', '2023-01-01', '2023-12-31', 'YEAR'],
    ['this year', '2024-01-01', '2024-12-31', 'YEAR'],
    ['by the end of 2024', '2024-04-11', '2024-12-31', 'YEAR'],
    ['Q1 2024', '2024-01-01', '2024-03-31', 'QUARTER'],
  ])('"%s" → %s..%s (%s)', (words, start, end, precision) => {
    expect(resolveDateWords(words, published)).toEqual({ start, end, precision });
  });

  it('knows nothing of vague words rather than inventing a date', () => {
    expect(resolveDateWords('For months', published)).toBeNull();
    expect(resolveDateWords('Feb. 30', published)).toBeNull();
  });
});

describe('resolvePartialDate', () => {
  it('keeps explicit values and their basis, deriving the end from the precision', () => {
    expect(
      resolvePartialDate({ text: 'a deadline nears', start: '2024-04-18', basis: 'Reuters, 2024-04-12' }, published),
    ).toEqual({
      text: 'a deadline nears',
      start: '2024-04-18',
      end: '2024-04-18',
      precision: 'DAY',
      basis: 'Reuters, 2024-04-12',
    });
    expect(resolvePartialDate({ start: '2024-02-01', precision: 'MONTH' }, published).end).toBe('2024-02-29');
  });

  it('resolves bare words and keeps them as written', () => {
    expect(resolvePartialDate('Tuesday', published)).toMatchObject({
      text: 'Tuesday',
      start: '2024-04-09',
      precision: 'DAY',
    });
  });

  it('says what to add when words cannot be resolved', () => {
    expect(() => resolvePartialDate('For months', published)).toThrow(/cannot resolve the date words "For months"/);
    expect(() => resolvePartialDate({ start: '2024-04-10', end: '2024-04-01' }, published)).toThrow(/before start/);
  });

  it('spans whole periods', () => {
    expect(endOfPeriod('2024-04-08', 'WEEK' as never)).toBe('2024-04-14');
    expect(endOfPeriod('2024-04-01', 'QUARTER' as never)).toBe('2024-06-30');
  });
});
