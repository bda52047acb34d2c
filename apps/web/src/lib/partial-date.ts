import type { DatePrecision } from '@parley/schema';

/** A date as the API gives it: words, a range and a precision (see PartialDate in the schema). */
export interface PartialDateValue {
  text?: string | null;
  start?: string | null;
  end?: string | null;
  precision?: DatePrecision | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The parts of a calendar day written as the API writes it, "2024-04-09" (month from 0). */
function parts(iso: string) {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) - 1, day: Number(iso.slice(8, 10)) };
}

const dayLabel = (iso: string) => {
  const { year, month, day } = parts(iso);
  return `${day} ${MONTHS[month] ?? '?'} ${year}`;
};
const monthLabel = (iso: string) => {
  const { year, month } = parts(iso);
  return `${MONTHS[month] ?? '?'} ${year}`;
};

/** A calendar day as the views print it: "11 Apr 2024". */
export function formatDay(iso: string): string {
  return dayLabel(iso);
}

/**
 * The date as precisely as the source gives it, never more: "9 Apr 2024", "week of 8 Apr 2024",
 * "Oct 2023", "Oct 2023 – Mar 2024", "Q2 2024", "2023", "by end of 2024". Every precision of the
 * schema has its case: a new one fails to compile here until it is given a form.
 */
export function formatPartialDate(date: PartialDateValue | null | undefined): string {
  if (!date?.start) return date?.text ?? 'undated';
  const start = date.start;
  const last = date.end ?? start;
  switch (date.precision ?? 'DAY') {
    case 'DAY':
      return start === last ? dayLabel(start) : `${dayLabel(start)} – ${dayLabel(last)}`;
    case 'WEEK':
      return `week of ${dayLabel(start)}`;
    case 'MONTH':
      return monthLabel(start) === monthLabel(last) ? monthLabel(start) : `${monthLabel(start)} – ${monthLabel(last)}`;
    case 'QUARTER':
      return `Q${Math.floor(parts(start).month / 3) + 1} ${parts(start).year}`;
    case 'YEAR': {
      const whole = start.endsWith('-01-01') && last.endsWith('-12-31');
      if (whole)
        return parts(start).year === parts(last).year
          ? `${parts(start).year}`
          : `${parts(start).year} – ${parts(last).year}`;
      return `by end of ${parts(last).year}`;
    }
  }
}

/**
 * The machine-readable form of a date for `<time datetime>`, only where one exists at that
 * precision ("2024-04-09", "2023-10", "2024"); null for weeks, ranges and partial years.
 */
export function machineDate(date: PartialDateValue | null | undefined): string | null {
  if (!date?.start) return null;
  const start = date.start;
  const last = date.end ?? start;
  switch (date.precision ?? 'DAY') {
    case 'DAY':
      return start === last ? start : null;
    case 'MONTH':
      return start.slice(0, 7) === last.slice(0, 7) ? start.slice(0, 7) : null;
    case 'YEAR':
      return start.endsWith('-01-01') && last === `${start.slice(0, 4)}-12-31` ? start.slice(0, 4) : null;
    case 'WEEK':
    case 'QUARTER':
      return null;
  }
}

/** Sort key for a timeline: undated things go last. */
export function dateSortKey(date: PartialDateValue | null | undefined): string {
  return date?.start ?? '9999-12-31';
}
