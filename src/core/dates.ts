import type { CalendarDate, Precision, When } from '../data/types.js';

/** Years the timeline can show. Outside them a date is rejected by the parser. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2999;

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

/** The number `text`'s characters `from` up to `to` write, all ASCII digits; NaN for anything else. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Returns the problem instead of throwing:
 * `format` (not that form), `month` (no such month), `day` (no such day in that month), `range` (year outside the timeline).
 * (By character codes: an archive's check reads tens of thousands, and a regular expression's match
 * allocates.)
 */
export function parseCalendarDate(text: string): ParsedCalendarDate | CalendarDateProblem {
  text = String(text);
  const n = text.length;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (
    !(year >= 0) ||
    (n !== 4 && (text[4] !== '-' || !(month >= 0))) ||
    (n !== 4 && n !== 7 && (n !== 10 || text[7] !== '-' || !(day >= 0)))
  )
    return 'format';
  const range = year < MIN_YEAR || year > MAX_YEAR;
  if (n === 4) return range ? 'range' : { year, precision: 'year' };
  if (month < 1 || month > 12) return 'month';
  if (n === 7) return range ? 'range' : { year, month, precision: 'month' };
  if (day < 1 || day > daysInMonth(year, month)) return 'day';
  return range ? 'range' : { year, month, day, precision: 'day' };
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
  if (typeof p === 'string') throw new RangeError(`not a calendar date: ${text}`);
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

/**
 * Every item's span, as `spanOf` gives it with ongoing periods running to the data's end, and that
 * end (`knownEnd`) and the earliest start, in one pass over the dates (and a second over the items
 * when a period is ongoing); `start` and `end` are Infinity and -Infinity when nothing is dated.
 */
export function spansOf(whens: readonly When[]): { spans: (TimeSpan | null)[]; start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  let ongoing = false;
  // Ongoing periods first end with their start's date, as far as the data's end is concerned.
  const spans = whens.map((w) => {
    const span = spanOf(w, -Infinity);
    if (span) {
      start = Math.min(start, span.start);
      // (A period's or window's first date can end after its last: "2011" to "2011-03".)
      end = Math.max(
        end,
        span.end,
        w.type === 'period' ? calendarEnd(w.start) : w.type === 'window' ? calendarEnd(w.from ?? w.to) : end,
      );
      ongoing ||= span.ongoing;
    }
    return span;
  });
  if (ongoing) whens.forEach((w, i) => spans[i]?.ongoing && (spans[i] = spanOf(w, end)));
  return { spans, start, end };
}

/** The latest known instant among the items (exclusive end of the latest closed date), ignoring ongoing ends. */
export function knownEnd(whens: readonly When[]): number | undefined {
  const { end } = spansOf(whens);
  return end > -Infinity ? end : undefined;
}
