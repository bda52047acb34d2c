import { describe, expect, it } from 'vitest';
import { dateSortKey, formatDay, formatPartialDate, machineDate } from './partial-date';

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

  it('prints a day the way the views do', () => {
    expect(formatDay('2024-04-11')).toBe('11 Apr 2024');
  });

  it('never invents a day for undated words', () => {
    expect(formatPartialDate({ text: 'For months' })).toBe('For months');
    expect(formatPartialDate(null)).toBe('undated');
  });

  it('gives a machine-readable date only where the precision has one', () => {
    expect(machineDate({ start: '2024-04-09', end: '2024-04-09', precision: 'DAY' })).toBe('2024-04-09');
    expect(machineDate({ start: '2023-10-01', end: '2023-10-31', precision: 'MONTH' })).toBe('2023-10');
    expect(machineDate({ start: '2024-01-01', end: '2024-12-31', precision: 'YEAR' })).toBe('2024');
    expect(machineDate({ start: '2023-10-01', end: '2024-03-31', precision: 'MONTH' })).toBeNull();
    expect(machineDate({ start: '2024-04-11', end: '2024-12-31', precision: 'YEAR' })).toBeNull();
    expect(machineDate({ start: '2024-04-08', end: '2024-04-14', precision: 'WEEK' })).toBeNull();
    expect(machineDate({ text: 'For months' })).toBeNull();
  });

  it('sorts undated things last', () => {
    expect([dateSortKey(null), dateSortKey({ start: '2024-01-01' })].sort()).toEqual(['2024-01-01', '9999-12-31']);
  });
});
