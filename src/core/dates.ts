import type { CalendarDate, Precision, When } from '../data/types.js';

/** Years the timeline can show. Outside them a date is rejected by the parser. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2999;

const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface ParsedCalendarDate {
  readonly year: number;
  /** 1 to 12, when the precision is month or day. */
  readonly month?: number;
  /** 1 to 31, when the precision is day. */
  readonly day?: number;
  readonly precision: Precision;
}

/** Days in a month of the proleptic Gregorian calendar (`month` 1 to 12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export type CalendarDateProblem = 'format' | 'month' | 'day' | 'range';

/**
 * Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Returns the problem instead of throwing:
 * `format` (not that form), `month` (no such month), `day` (no such day in that month), `range` (year outside the timeline).
 */
export function parseCalendarDate(text: string): ParsedCalendarDate | CalendarDateProblem {
  const m = CALENDAR_DATE.exec(text);
  if (!m) return 'format';
  const year = Number(m[1]);
  if (m[2] === undefined) return year < MIN_YEAR || year > MAX_YEAR ? 'range' : { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return 'month';
  if (m[3] === undefined) return year < MIN_YEAR || year > MAX_YEAR ? 'range' : { year, month, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return 'day';
  return year < MIN_YEAR || year > MAX_YEAR ? 'range' : { year, month, day, precision: 'day' };
}

/** A calendar date as the time it names: `[start, end)` in UTC milliseconds, and its precision. */
interface Bounds {
  readonly start: number;
  readonly end: number;
  readonly precision: Precision;
}

/** Dates already read: an archive repeats the same days many times over. Cleared when it grows large. */
const boundsCache = new Map<string, Bounds>();

function boundsOf(text: CalendarDate): Bounds {
  let b = boundsCache.get(text);
  if (b) return b;
  const p = parseCalendarDate(text);
  if (typeof p === 'string') throw new RangeError(`"${text}" is not a calendar date the timeline can show`);
  const { year, month = 1, day = 1, precision } = p;
  b = {
    start: Date.UTC(year, month - 1, day),
    end:
      precision === 'year'
        ? Date.UTC(year + 1, 0, 1)
        : precision === 'month'
          ? Date.UTC(year, month, 1)
          : Date.UTC(year, month - 1, day + 1),
    precision,
  };
  if (boundsCache.size >= 100_000) boundsCache.clear();
  boundsCache.set(text, b);
  return b;
}

/** The precision a calendar date is written with. */
export function precisionOf(text: CalendarDate): Precision {
  return boundsOf(text).precision;
}

/** UTC milliseconds at the first instant of the year, month or day the date names. */
export function calendarStart(text: CalendarDate): number {
  return boundsOf(text).start;
}

/** UTC milliseconds at the first instant after the year, month or day the date names (exclusive end). */
export function calendarEnd(text: CalendarDate): number {
  return boundsOf(text).end;
}

export const SPAN_KINDS = ['date', 'period', 'window'] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];

/**
 * Where an item lies in time, in UTC milliseconds, `end` exclusive.
 * A date spans its whole precision (a year-precision item covers its year); a period runs from the
 * start of its start to the end of its end; a window covers the time it is known to fall in.
 */
export interface TimeSpan {
  readonly kind: SpanKind;
  readonly start: number;
  readonly end: number;
  /** The precision of the coarsest date involved. */
  readonly precision: Precision;
  /** A period still going on: `end` is the edge of the data, not a known end. */
  readonly ongoing: boolean;
  /** A window bounded only on its end ("before the advance"). */
  readonly openStart: boolean;
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

function coarser(a: Precision, b: Precision): Precision {
  return PRECISION_RANK[a] <= PRECISION_RANK[b] ? a : b;
}

const dateSpans = new Map<string, TimeSpan>();

/**
 * The span of an item. `dataEnd` is where ongoing periods stop (the edge of the data).
 * Undated items return `null`: they have no place on the axis and are listed apart.
 */
export function spanOf(when: When, dataEnd: number): TimeSpan | null {
  switch (when.type) {
    case 'date': {
      // Spans are read-only, so items on the same date share one.
      let span = dateSpans.get(when.date);
      if (!span) {
        const { start, end, precision } = boundsOf(when.date);
        span = { kind: 'date', start, end, precision, ongoing: false, openStart: false };
        if (dateSpans.size >= 100_000) dateSpans.clear();
        dateSpans.set(when.date, span);
      }
      return span;
    }
    case 'period': {
      const start = calendarStart(when.start);
      const ongoing = when.end === undefined;
      return {
        kind: 'period',
        start,
        end: ongoing ? Math.max(dataEnd, calendarEnd(when.start)) : calendarEnd(when.end!),
        precision: ongoing ? precisionOf(when.start) : coarser(precisionOf(when.start), precisionOf(when.end!)),
        ongoing,
        openStart: false,
      };
    }
    case 'window':
      return {
        kind: 'window',
        start: calendarStart(when.from ?? when.to),
        end: calendarEnd(when.to),
        precision:
          when.from === undefined ? precisionOf(when.to) : coarser(precisionOf(when.from), precisionOf(when.to)),
        ongoing: false,
        openStart: when.from === undefined,
      };
    case 'undated':
      return null;
  }
}

/** The latest known instant among the items (exclusive end of the latest closed date), ignoring ongoing ends. */
export function knownEnd(whens: readonly When[]): number | undefined {
  let max = -Infinity;
  const see = (d: CalendarDate | undefined) => {
    if (d !== undefined) max = Math.max(max, boundsOf(d).end);
  };
  for (const w of whens) {
    if (w.type === 'date') see(w.date);
    else if (w.type === 'period') {
      see(w.start);
      see(w.end);
    } else if (w.type === 'window') {
      see(w.from);
      see(w.to);
    }
  }
  return max === -Infinity ? undefined : max;
}
