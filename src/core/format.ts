import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import type { CalendarDate, When } from '../data/types.js';
import { calendarStart, precisionOf } from './dates.js';

/** Formats UTC milliseconds with a date-fns pattern, in UTC whatever the viewer's time zone. */
export function formatUtc(ms: number, pattern: string): string {
  return format(new UTCDate(ms), pattern);
}

const PATTERN = { year: 'yyyy', month: 'MMMM yyyy', day: 'EEEE, d MMMM yyyy' } as const;
const IN_RANGE = { year: 'yyyy', month: 'MMMM yyyy', day: 'd MMMM yyyy' } as const;

/**
 * A calendar date written with its true precision: "2011", "December 2016", "Sunday, 1 December 2024".
 * Inside a range (`inRange`) days drop the weekday: "1 December 2024".
 */
export function formatCalendarDate(date: CalendarDate, inRange = false): string {
  return formatUtc(calendarStart(date), (inRange ? IN_RANGE : PATTERN)[precisionOf(date)]);
}

/** The shorter of two dates in one phrase: "25 November" when the year is the other date's. */
function withoutSharedYear(date: CalendarDate, other: CalendarDate): string {
  const p = precisionOf(date);
  if (p === 'year' || date.slice(0, 4) !== other.slice(0, 4)) return formatCalendarDate(date, true);
  return formatUtc(calendarStart(date), p === 'month' ? 'MMMM' : 'd MMMM');
}

/**
 * How an item's time reads in a sentence: "2011", "2012 to 2016", "since 2022, ongoing",
 * "between 25 November and 1 December 2024", "before 1 December 2024", "undated".
 */
export function formatWhen(when: When): string {
  switch (when.type) {
    case 'date':
      return formatCalendarDate(when.date);
    case 'period':
      return when.end === undefined
        ? `since ${formatCalendarDate(when.start, true)}, ongoing`
        : `${withoutSharedYear(when.start, when.end)} to ${formatCalendarDate(when.end, true)}`;
    case 'window':
      return when.from === undefined
        ? `before ${formatCalendarDate(when.to, true)}`
        : `between ${withoutSharedYear(when.from, when.to)} and ${formatCalendarDate(when.to, true)}`;
    case 'undated':
      return when.ongoing ? 'undated, ongoing' : 'undated';
  }
}
