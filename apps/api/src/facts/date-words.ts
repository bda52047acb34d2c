import { isIsoDate } from '../common/date.scalar.js';
import { DatePrecision } from '../common/partial-date.js';

export interface ResolvedDate {
  text?: string;
  start: string;
  end: string;
  precision: DatePrecision;
  basis?: string;
}

export interface PartialDateSpec {
  text?: string;
  start?: string;
  end?: string;
  precision?: DatePrecision | `${DatePrecision}`;
  basis?: string;
}

const DAY_MS = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (isoDate: string, days: number) => iso(new Date(toDate(isoDate).getTime() + days * DAY_MS));
const ymd = (year: number, month: number, day: number) => iso(new Date(Date.UTC(year, month, day)));
const monthIndex = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase());
const lastDayOfMonth = (year: number, month: number) => ymd(year, month + 1, 0);

/** A capture group the pattern always fills. */
function group(match: RegExpExecArray, index: number): string {
  const value = match[index];
  if (value === undefined) throw new Error(`"${match[0]}" has no group ${index}`);
  return value;
}

/** The range a precision spans from its first day: a DAY is itself, a MONTH runs to its last day… */
export function endOfPeriod(start: string, precision: DatePrecision): string {
  const date = toDate(start);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (precision) {
    case DatePrecision.DAY:
      return start;
    case DatePrecision.WEEK:
      return addDays(start, 6);
    case DatePrecision.MONTH:
      return lastDayOfMonth(year, month);
    case DatePrecision.QUARTER:
      return lastDayOfMonth(year, month - (month % 3) + 2);
    case DatePrecision.YEAR:
      return ymd(year, 11, 31);
  }
}

/** The most recent month `month` (0–11) that is not after the anchor's month. */
function latestMonthYear(month: number, anchor: Date): number {
  return month <= anchor.getUTCMonth() ? anchor.getUTCFullYear() : anchor.getUTCFullYear() - 1;
}

/**
 * Resolves the words a news text uses for a date against the day it was published, the way a
 * reader does: "Tuesday" is the last Tuesday on or before publication, "this week" the week of
 * publication, "October" the last October, "last year" the year before. Returns null for words it
 * does not know; it never invents precision the words do not have.
 */
export function resolveDateWords(words: string, publishedAt: string): Omit<ResolvedDate, 'text' | 'basis'> | null {
  const anchor = toDate(publishedAt);
  const year = anchor.getUTCFullYear();
  const text = words
    .trim()
    .toLowerCase()
    .replace(/[\u2019']/g, '’')
    .replace(/^(on|in|since|starting|from|during)\s+/, '')
    .replace(/^(late|early) (?=(?:sun|mon|tues|wednes|thurs|fri|satur)day\b)/, '')
    .replace(/\s+/g, ' ');
  let match: RegExpExecArray | null;

  if (isIsoDate(text)) return { start: text, end: text, precision: DatePrecision.DAY };
  if (text === 'today') return { start: publishedAt, end: publishedAt, precision: DatePrecision.DAY };
  if (text === 'yesterday') {
    const day = addDays(publishedAt, -1);
    return { start: day, end: day, precision: DatePrecision.DAY };
  }
  if (
    (match = /^(sunday|monday|tuesday|wednesday|thursday|friday|saturday)( morning| afternoon| evening| night)?$/.exec(
      text,
    ))
  ) {
    const back = (anchor.getUTCDay() - WEEKDAYS.indexOf(group(match, 1)) + 7) % 7;
    const day = addDays(publishedAt, -back);
    return { start: day, end: day, precision: DatePrecision.DAY };
  }
  if ((match = /^(earlier |later )?(this|last|next) week$/.exec(text))) {
    const monday = addDays(publishedAt, -((anchor.getUTCDay() + 6) % 7));
    const shift = match[2] === 'last' ? -7 : match[2] === 'next' ? 7 : 0;
    const start = addDays(monday, shift);
    const end = match[1] === 'earlier ' && shift === 0 ? publishedAt : addDays(start, 6);
    return { start, end, precision: DatePrecision.WEEK };
  }
  if ((match = new RegExp(`^${MONTH_WORD} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?$`).exec(text))) {
    const start = ymd(match[3] ? Number(match[3]) : year, monthIndex(group(match, 1)), Number(match[2]));
    if (!isIsoDate(start) || Number(start.slice(8)) !== Number(match[2])) return null;
    return { start, end: start, precision: DatePrecision.DAY };
  }
  if ((match = new RegExp(`^${MONTH_WORD}(?:,? (\\d{4}))?$`).exec(text))) {
    const month = monthIndex(group(match, 1));
    const monthYear = match[2] ? Number(match[2]) : latestMonthYear(month, anchor);
    return { start: ymd(monthYear, month, 1), end: lastDayOfMonth(monthYear, month), precision: DatePrecision.MONTH };
  }
  if ((match = new RegExp(`^${MONTH_WORD} (?:until|to|through|till|-|–) ${MONTH_WORD}$`).exec(text))) {
    const last = monthIndex(group(match, 2));
    const lastYear = latestMonthYear(last, anchor);
    const first = monthIndex(group(match, 1));
    const firstYear = first <= last ? lastYear : lastYear - 1;
    return { start: ymd(firstYear, first, 1), end: lastDayOfMonth(lastYear, last), precision: DatePrecision.MONTH };
  }
  if ((match = /^q([1-4]) (\d{4})$/.exec(text))) {
    const start = ymd(Number(match[2]), (Number(match[1]) - 1) * 3, 1);
    return { start, end: endOfPeriod(start, DatePrecision.QUARTER), precision: DatePrecision.QUARTER };
  }
  if ((match = /^(earlier |later )?(this|last|next) month$/.exec(text))) {
    const month =
      anchor.getUTCMonth() + ({ last: -1, this: 0, next: 1 } as const)[match[2] as 'last' | 'this' | 'next'];
    const start = ymd(year, month, 1);
    const end = match[1] === 'earlier ' && month === anchor.getUTCMonth() ? publishedAt : lastDayOfMonth(year, month);
    return { start, end, precision: DatePrecision.MONTH };
  }
  if ((match = /^(last|this|next) year$/.exec(text))) {
    const target = year + ({ last: -1, this: 0, next: 1 } as const)[match[1] as 'last' | 'this' | 'next'];
    return { start: ymd(target, 0, 1), end: ymd(target, 11, 31), precision: DatePrecision.YEAR };
  }
  if ((match = /^(\d{4})$/.exec(text))) {
    return { start: ymd(Number(match[1]), 0, 1), end: ymd(Number(match[1]), 11, 31), precision: DatePrecision.YEAR };
  }
  if ((match = /^by (?:the )?end of (\d{4})$/.exec(text))) {
    // From publication up to the year's end: "by" bounds the end, the text gives no earlier start.
    const end = ymd(Number(match[1]), 11, 31);
    return { start: publishedAt < end ? publishedAt : ymd(Number(match[1]), 0, 1), end, precision: DatePrecision.YEAR };
  }
  return null;
}

/**
 * A bundle's date: words to resolve, or explicit values (which win; a missing end follows from
 * the precision). Throws a message naming what is missing when neither gives a start.
 */
export function resolvePartialDate(spec: string | PartialDateSpec, publishedAt: string): ResolvedDate {
  const given: PartialDateSpec = typeof spec === 'string' ? { text: spec } : spec;
  if (given.start) {
    const precision = given.precision ? DatePrecision[given.precision] : DatePrecision.DAY;
    const end = given.end ?? endOfPeriod(given.start, precision);
    if (end < given.start) throw new Error(`end ${end} is before start ${given.start}`);
    return { text: given.text, start: given.start, end, precision, basis: given.basis };
  }
  if (given.end || given.precision) throw new Error('"end" and "precision" need a "start"');
  const resolved = given.text ? resolveDateWords(given.text, publishedAt) : null;
  if (!resolved) {
    throw new Error(
      `cannot resolve the date words ${JSON.stringify(given.text ?? '')}; give "start" (and "precision") explicitly`,
    );
  }
  return { text: given.text, ...resolved, basis: given.basis };
}
