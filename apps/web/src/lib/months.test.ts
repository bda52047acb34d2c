import { describe, expect, it } from 'vitest';
import { firstDayOf, lastDayOf, monthHistogram, monthName, monthOf } from './months';

describe('months', () => {
  it('numbers months consecutively across years and prints their bounds', () => {
    expect(monthOf('2024-01-15') - monthOf('2023-12-31')).toBe(1);
    expect(firstDayOf(monthOf('2024-02-10'))).toBe('2024-02-01');
    expect(lastDayOf(monthOf('2024-02-10'))).toBe('2024-02-29');
    expect(lastDayOf(monthOf('2023-12-01'))).toBe('2023-12-31');
    expect(monthName(monthOf('2024-04-09'))).toBe('Apr 2024');
  });

  it('counts a range in every month it overlaps, and leaves the undated out', () => {
    const histogram = monthHistogram([
      { start: '2023-11-20', end: '2024-01-05' },
      { start: '2024-01-09', end: '2024-01-09' },
      { start: null },
      null,
    ]);
    expect(histogram).toEqual({ first: monthOf('2023-11-01'), counts: [1, 1, 2] });
    expect(monthHistogram([{ start: null }])).toBeNull();
  });
});
