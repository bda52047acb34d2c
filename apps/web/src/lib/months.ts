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

/** A label under the time brush: the month it marks (an index into the histogram) and its words. */
export interface AxisLabel {
  index: number;
  text: string;
}

/** How far apart labels may be, in months: every month, every other one, quarters, halves, years… */
const LABEL_STEPS = [1, 2, 3, 6, 12, 24, 60, 120];
/** Past the longest step, a label each century: no histogram is that long. */
const WIDEST_STEP = 1200;

/** Room a label takes, in pixels at the axis's type size ("Sep 2024", "2024"), and the gap kept after it. */
const MONTH_LABEL_WIDTH = 64;
const YEAR_LABEL_WIDTH = 36;
const LABEL_GAP = 8;

/**
 * The labels under a histogram of `count` months from `first`, drawn `width` pixels wide: as many
 * as fit without touching, on calendar boundaries (quarters start in January, April, July,
 * October), each label starting where its month does. Months read "Apr 2024"; when only years
 * fit, years read "2024" under their January. A label that would run past the end is left out.
 */
export function axisLabels(first: number, count: number, width: number): AxisLabel[] {
  if (count <= 0 || width <= 0) return [];
  const monthWidth = width / count;
  const step =
    LABEL_STEPS.find(
      (months) => monthWidth * months >= (months < 12 ? MONTH_LABEL_WIDTH : YEAR_LABEL_WIDTH) + LABEL_GAP,
    ) ?? WIDEST_STEP;
  const labelWidth = step < 12 ? MONTH_LABEL_WIDTH : YEAR_LABEL_WIDTH;
  const labels: AxisLabel[] = [];
  for (let index = 0; index < count; index += 1) {
    const month = first + index;
    if (month % step !== 0) continue;
    if (index * monthWidth + labelWidth > width) continue;
    labels.push({ index, text: step < 12 ? monthName(month) : String(Math.floor(month / 12)) });
  }
  return labels;
}
