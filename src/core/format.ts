import type { Locale } from 'date-fns';
import type { CalendarDate, When } from '../data/types.js';
import { calendarStart, precisionOf } from './dates.js';
import { translator, type Translate } from '../i18n/words.js';

/** A pattern split into its tokens: runs of one letter, quoted text, and anything else as it is. */
const TOKENS = /([A-Za-z])\1*|'(?:[^']|'')*'|[^A-Za-z']+/g;
const tokenCache = new Map<string, string[]>();

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The part of a date-fns `Locale` the formatter reads: its month and weekday names. */
export interface DateNames {
  readonly localize: Pick<Locale['localize'], 'month' | 'day'>;
}

/** Names from Intl in `lang` (by default en-US, as date-fns's en-US writes them), made once per width. */
const names = (key: 'month' | 'weekday', lang = 'en-US') => {
  const made: Record<string, string[]> = {};
  return (i: number, o?: { width?: string }) => {
    const width = o?.width === 'abbreviated' ? 'short' : 'long';
    const list = (made[width] ??= Array.from({ length: key === 'month' ? 12 : 7 }, (_, j) =>
      new Intl.DateTimeFormat(lang, { [key]: width, timeZone: 'UTC' }).format(
        key === 'month' ? Date.UTC(2021, j, 1) : Date.UTC(2021, 0, 3 + j),
      ),
    ));
    return list[i]!;
  };
};

/**
 * English month and weekday names, as date-fns's en-US locale writes them (wide and abbreviated),
 * from the browser's Intl: the default, so the bundle carries no date-fns locale.
 */
export const ENGLISH: DateNames = {
  localize: { month: names('month'), day: names('weekday') } as unknown as DateNames['localize'],
};

const namesCache = new Map<string, DateNames>([['en', ENGLISH]]);

/**
 * Month and weekday names in `lang` from the browser's Intl (standalone forms, as a date-fns locale's
 * `localize` gives them), for `formatUtc`: axis labels in the page's language with no locale data.
 */
export function dateNamesIn(lang: string): DateNames {
  let made = namesCache.get(lang);
  if (!made) {
    let tag = 'en-US';
    try {
      tag = new Intl.DateTimeFormat(lang).resolvedOptions().locale;
    } catch {
      // Not a language tag Intl reads: English names.
    }
    made = {
      localize: { month: names('month', tag), day: names('weekday', tag) } as unknown as DateNames['localize'],
    };
    namesCache.set(lang, made);
  }
  return made;
}

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

type Parts = 'full' | 'range' | 'short';

/**
 * How an item's time reads in a sentence, with `date` writing each date: whole (`full`), inside a
 * range (`range`: no weekday), or without the year it shares with the range's other date (`short`).
 */
function phrase(when: When, date: (d: CalendarDate, parts: Parts) => string, words: Translate = english): string {
  const first = (d: CalendarDate, other: CalendarDate) =>
    date(d, precisionOf(d) !== 'year' && d.slice(0, 4) === other.slice(0, 4) ? 'short' : 'range');
  switch (when.type) {
    case 'date':
      return date(when.date, 'full');
    case 'period':
      return when.end === undefined
        ? words('since {a}, ongoing', { a: date(when.start, 'range') })
        : words('{a} to {b}', { a: first(when.start, when.end), b: date(when.end, 'range') });
    case 'window':
      return when.from === undefined
        ? words('before {b}', { b: date(when.to, 'range') })
        : words('between {a} and {b}', { a: first(when.from, when.to), b: date(when.to, 'range') });
    case 'undated':
      return words(when.ongoing ? 'undated, ongoing' : 'undated');
  }
}

const english = translator(undefined, 'en');

/**
 * How an item's time reads in a sentence: "2011", "2012 to 2016", "since 2022, ongoing",
 * "between 25 November and 1 December 2024", "before 1 December 2024", "undated".
 */
export function formatWhen(when: When): string {
  return phrase(when, (d, parts) =>
    parts === 'short'
      ? formatUtc(calendarStart(d), precisionOf(d) === 'month' ? 'MMMM' : 'd MMMM')
      : formatCalendarDate(d, parts === 'range'),
  );
}

const intlCache = new Map<string, Intl.DateTimeFormat>();

/** A calendar date in `locale` (a BCP 47 tag), as precisely as it is known: Intl, in UTC. */
function intlDate(date: CalendarDate, locale: string, parts: Parts): string {
  const precision = precisionOf(date);
  const key = `${locale}|${precision}|${parts}`;
  let format = intlCache.get(key);
  if (!format) {
    const year = parts === 'short' ? {} : { year: 'numeric' as const };
    const options: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric' }
        : precision === 'month'
          ? { ...year, month: 'long' }
          : { ...year, month: 'long', day: 'numeric', ...(parts === 'full' ? { weekday: 'long' as const } : {}) };
    try {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    } catch {
      format = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
    }
    intlCache.set(key, format);
  }
  return format.format(calendarStart(date));
}

/**
 * `formatWhen` with the dates written the way `locale` writes them ("Sunday, December 1, 2024" in
 * `en-US`, "dimanche 1 décembre 2024" in `fr`), each as precisely as it is known; a range leaves out
 * the year its first date shares with its second. `words` translates the words around the dates
 * ("since", "to", "between"); without it they are English.
 */
export function formatWhenIn(when: When, locale: string, words?: Translate): string {
  return phrase(when, (d, parts) => intlDate(d, locale, parts), words);
}
