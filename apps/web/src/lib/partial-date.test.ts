import { describe, expect, it } from 'vitest';
import { dateSortKey, formatPartialDate } from './partial-date';

describe('formatPartialDate', () => {
  it.each([
    [{ start: '2024-04-09', end: '2024-04-09', precision: 'DAY' as const }, '9 Apr 2024'],
    [{ start: '2024-04-08', end: '2024-04-14', precision: 'WEEK' as const }, 'week of 8 Apr 2024'],
    [{ start: '2023-10-01', end: '2023-10-31', precision: 'MONTH' as const }, 'Oct 2023'],
    [{ start: '2023-10-01', end: '2024-03-31', precision: 'MONTH' as const }, 'Oct 2023 – Mar 2024'],
    [{ start: '2024-04-01', end: '2024-06-30', precision: 'QUARTER' as const }, 'Q2 2024'],
    [{ start: '2023-01-01', end: '2023-12-31', precision: 'YEAR' as const }, '2023'],
    [{ start: '2024-04-11', end: '2024-12-31', precision: 'YEAR' as const }, 'by end of 2024'],
  ])('%o → %s', (date, label) => {
    expect(formatPartialDate(date)).toBe(label);
  });

  it('never invents a day for undated words', () => {
    expect(formatPartialDate({ text: 'For months' })).toBe('For months');
    expect(formatPartialDate(null)).toBe('undated');
  });

  it('sorts undated things last', () => {
    expect([dateSortKey(null), dateSortKey({ start: '2024-01-01' })].sort()).toEqual(['2024-01-01', '9999-12-31']);
  });
});
