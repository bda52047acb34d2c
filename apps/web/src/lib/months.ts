/**
 * Calendar months as consecutive integers (year × 12 + month from 0), so that ranges of months are
 * ranges of numbers: the network's time brush counts and selects by them.
 */
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The month a day ("2024-04-09") falls in. */
export function monthOf(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The month's first day, as the API writes days. */
export function firstDayOf(month: number): string {
  return `${Math.floor(month / 12)}-${pad((month % 12) + 1)}-01`;
}

/** The month's last day, as the API writes days. */
export function lastDayOf(month: number): string {
  const year = Math.floor(month / 12);
  // Day 0 of the next month is the last day of this one.
  const days = new Date(Date.UTC(year, (month % 12) + 1, 0)).getUTCDate();
  return `${year}-${pad((month % 12) + 1)}-${pad(days)}`;
}

/** "Apr 2024". */
export function monthName(month: number): string {
  return `${MONTH_NAMES[month % 12] ?? '?'} ${Math.floor(month / 12)}`;
}

/** A dated thing's range of days, as the API gives it. */
export interface DayRange {
  start?: string | null;
  end?: string | null;
}

/**
 * How many of the ranges may fall in each month, from the first month any starts in to the last
 * any ends in: a range counts in every month it overlaps, as the API's date filter keeps a
 * relation whose range overlaps the days asked for. Undated ranges are left out.
 */
export function monthHistogram(ranges: readonly (DayRange | null | undefined)[]): {
  first: number;
  counts: number[];
} | null {
  const spans = ranges.flatMap((range) =>
    range?.start ? [[monthOf(range.start), monthOf(range.end ?? range.start)] as const] : [],
  );
  if (!spans.length) return null;
  const first = Math.min(...spans.map(([start]) => start));
  const last = Math.max(...spans.map(([, end]) => end));
  const counts = Array.from({ length: last - first + 1 }, (_, index) =>
    spans.reduce((count, [start, end]) => (start <= first + index && first + index <= end ? count + 1 : count), 0),
  );
  return { first, counts };
}
