import type { Locale } from 'date-fns';
import type { CalendarDate, When } from '../data/types.js';
import { calendarStart, precisionOf } from './dates.js';

/** A pattern split into its tokens: runs of one letter, quoted text, and anything else as it is. */
const TOKENS = /([A-Za-z])\1*|'(?:[^']|'')*'|[^A-Za-z']+/g;
const tokenCache = new Map<string, string[]>();

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The part of a date-fns `Locale` the formatter reads: its month and weekday names. */
export interface DateNames {
  readonly localize: Pick<Locale['localize'], 'month' | 'day'>;
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
const name = (names: string[]) => (i: number, o?: { width?: string }) =>
  o?.width === 'abbreviated' ? names[i]!.slice(0, 3) : names[i]!;

/**
 * English month and weekday names, as date-fns's en-US locale writes them (wide and abbreviated).
 * The default, so the bundle carries twenty-one words instead of a whole date-fns locale.
 */
export const ENGLISH: DateNames = {
  localize: { month: name(MONTHS), day: name(DAYS) } as unknown as DateNames['localize'],
};

/**
 * Formats UTC milliseconds with a date-fns pattern in a date-fns locale (English names by default), in UTC
 * whatever the viewer's time zone. It reads names from the locale as date-fns `format` does and
 * supports the tokens the library writes: `y yyyy`, `M MM MMM MMMM`, `d dd`, `EEE EEEE`, `HH`, `mm`
 * and `'quoted text'`; any other letter is a `RangeError`. It is what date-fns `format` gives for
 * these tokens at a fraction of its cost (axis labels are formatted on every zoom frame) and size.
 */
export function formatUtc(ms: number, pattern: string, locale: DateNames = ENGLISH): string {
  let tokens = tokenCache.get(pattern);
  if (!tokens) {
    tokens = pattern.match(TOKENS) ?? [];
    tokenCache.set(pattern, tokens);
  }
  const date = new Date(ms);
  const { localize } = locale;
  let out = '';
  for (const token of tokens) {
    switch (token) {
      case 'yyyy':
        out += pad(date.getUTCFullYear(), 4);
        break;
      case 'y':
        out += date.getUTCFullYear();
        break;
      case 'M':
      case 'MM':
        out += pad(date.getUTCMonth() + 1, token.length);
        break;
      case 'MMM':
      case 'MMMM':
        out += localize.month(date.getUTCMonth() as never, {
          width: token === 'MMM' ? 'abbreviated' : 'wide',
          context: 'formatting',
        });
        break;
      case 'd':
      case 'dd':
        out += pad(date.getUTCDate(), token.length);
        break;
      case 'EEE':
      case 'EEEE':
        out += localize.day(date.getUTCDay() as never, {
          width: token === 'EEE' ? 'abbreviated' : 'wide',
          context: 'formatting',
        });
        break;
      case 'HH':
        out += pad(date.getUTCHours(), 2);
        break;
      case 'mm':
        out += pad(date.getUTCMinutes(), 2);
        break;
      default:
        if (token.startsWith("'")) out += token.slice(1, -1).replace(/''/g, "'");
        else if (/^[A-Za-z]/.test(token))
          throw new RangeError(`formatUtc: unsupported token "${token}" in "${pattern}"`);
        else out += token;
    }
  }
  return out;
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
