import { describe, expect, it } from 'vitest';
import { axisLabels, firstDayOf, lastDayOf, monthHistogram, monthName, monthOf } from './months';

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

  it('labels as many months as fit under the histogram, on calendar boundaries, without touching', () => {
    const january2024 = monthOf('2024-01-01');
    // A year across a desktop's width: every month.
    expect(axisLabels(january2024, 12, 1200).map((label) => label.text)).toEqual(
      ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((m) => `${m} 2024`),
    );
    // The same year on a phone: quarters.
    expect(axisLabels(january2024, 12, 343).map((label) => label.text)).toEqual([
      'Jan 2024',
      'Apr 2024',
      'Jul 2024',
      'Oct 2024',
    ]);
    // Ten years on a phone: every other year, under its January.
    const decade = axisLabels(monthOf('2015-03-01'), 120, 343);
    expect(decade.map((label) => label.text)).toEqual(['2016', '2018', '2020', '2022', '2024']);
    expect(decade[0]?.index).toBe(monthOf('2016-01-01') - monthOf('2015-03-01'));
    for (const [width, count] of [
      [343, 7],
      [343, 30],
      [900, 30],
      [900, 200],
    ] as const) {
      const starts = axisLabels(january2024, count, width).map((label) => (label.index / count) * width);
      expect(starts.length).toBeGreaterThan(0);
      for (let i = 1; i < starts.length; i += 1) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(36 + 8);
    }
  });
});
