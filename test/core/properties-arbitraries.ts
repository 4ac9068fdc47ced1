/**
 * Generators and reference models shared by the property-based tests of `src/core`
 * (`properties*.test.ts`). The models are written independently of the code under test (from the
 * JavaScript `Date` and plain loops), so a property compares two ways of computing the same thing.
 */
import fc from 'fast-check';
import { CATEGORIES, type ChronicleEvent, type Relation, type When } from '../../src/data/types.js';

export const MIN_YEAR = 1000;
export const MAX_YEAR = 2999;
export const DAY = 86_400_000;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Days in a month (1 to 12) of the proleptic Gregorian calendar, from `Date` (any year 0 to 9999). */
export function refDaysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/** `[start, end)` of a valid calendar date, in UTC milliseconds, from `Date`. */
export function refBounds(text: string): { start: number; end: number } {
  const [y, m, d] = text.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
  if (d === undefined) return { start: Date.UTC(y, m - 1, 1), end: Date.UTC(y, m, 1) };
  return { start: Date.UTC(y, m - 1, d), end: Date.UTC(y, m - 1, d) + DAY };
}

/** A year the timeline can show, often one at the limits or around a leap-year rule. */
export const yearArb = fc.oneof(
  { arbitrary: fc.integer({ min: MIN_YEAR, max: MAX_YEAR }), weight: 3 },
  { arbitrary: fc.constantFrom(MIN_YEAR, MAX_YEAR, 1900, 2000, 2024, 2100, 2011), weight: 1 },
);

/** A valid calendar date string: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const calendarDateArb: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc
      .record({
        year: yearArb,
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
        precision: fc.constantFrom('year', 'month', 'day'),
      })
      .map(({ year, month, day, precision }) =>
        precision === 'year'
          ? pad(year, 4)
          : precision === 'month'
            ? `${pad(year, 4)}-${pad(month, 2)}`
            : `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(day, refDaysInMonth(year, month)), 2)}`,
      ),
    weight: 4,
  },
  {
    arbitrary: fc.constantFrom(
      '1000',
      '1000-01',
      '1000-01-01',
      '2999',
      '2999-12',
      '2999-12-31',
      '2024-02-29',
      '2000-02-29',
      '2024-12-01',
      '2024-12',
      '2024',
    ),
    weight: 1,
  },
);

/** Two dates in the order a sound period or window needs: the second does not end before the first starts. */
export const orderedDates = (date: fc.Arbitrary<string> = calendarDateArb) =>
  fc.tuple(date, date).map(([a, b]) => (refBounds(b).end > refBounds(a).start ? ([a, b] as const) : ([b, a] as const)));

/** Any sound `When`: a date, a closed or ongoing period, a window with or without a start, undated. */
export const whenArb = (date: fc.Arbitrary<string> = calendarDateArb): fc.Arbitrary<When> =>
  fc.oneof(
    date.map((d): When => ({ type: 'date', date: d })),
    orderedDates(date).map(([start, end]): When => ({ type: 'period', start, end })),
    date.map((start): When => ({ type: 'period', start, ongoing: true })),
    orderedDates(date).map(([from, to]): When => ({ type: 'window', from, to })),
    date.map((to): When => ({ type: 'window', to })),
    fc.boolean().map((ongoing): When => (ongoing ? { type: 'undated', ongoing } : { type: 'undated' })),
  );

const LONG_TITLE = 'A very long title that never ends '.repeat(300);

/**
 * Events with unique ids (`e0`, `e1`, ...): dates often shared (a small pool of days, as a crowded
 * week), actors from a pool of up to `maxActors` names, relations to existing, missing and own ids.
 */
export const eventsArb = ({ maxLength = 40, maxActors = 3000 } = {}): fc.Arbitrary<ChronicleEvent[]> =>
  fc
    .tuple(fc.array(calendarDateArb, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: maxActors }))
    .chain(([pool, actorCount]) => {
      const date = fc.oneof(calendarDateArb, fc.constantFrom(...pool));
      const actor = fc.oneof(
        fc.integer({ min: 0, max: actorCount - 1 }).map((i) => `actor-${i}`),
        fc.constantFrom('army', 'rebels', 'un'),
        fc.string({ minLength: 1, maxLength: 6 }),
      );
      const relation = fc.record({
        type: fc.constantFrom('disputes' as const, 'supports' as const),
        target: fc.integer({ min: 0, max: maxLength + 2 }).map((i) => `e${i}`),
      });
      return fc.array(
        fc.record({
          category: fc.constantFrom(...CATEGORIES),
          when: whenArb(date),
          actors: fc.array(actor, { maxLength: 4 }),
          relations: fc.option(fc.array(relation, { maxLength: 3 }), { nil: undefined }),
          long: fc.boolean(),
        }),
        { maxLength, size: 'max' },
      );
    })
    .map((records) =>
      records.map(({ category, when, actors, relations, long }, i): ChronicleEvent => {
        const event: ChronicleEvent = {
          id: `e${i}`,
          title: long ? LONG_TITLE : `Item ${i}`,
          summary: '',
          category,
          when,
          dateBasis: { method: 'explicit', note: '' },
          actors,
          places: [],
          source: { paragraphs: [1], attribution: 'a property test' },
        };
        return relations ? { ...event, relations: relations as Relation[] } : event;
      }),
    );

/** An interval `[lo, hi]` in `box` order, for overlap checks: `hi` may equal `lo`. */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
  readonly what: string;
}

/**
 * The first pair of intervals, in order of `lo`, that come closer than `gap` (with `gap` 0: that
 * overlap; touching is allowed), or `undefined` when all are far enough apart.
 */
export function firstClash(intervals: readonly Interval[], gap: number): [Interval, Interval] | undefined {
  const sorted = [...intervals].sort((a, b) => a.lo - b.lo || a.hi - b.hi);
  let reach: Interval | undefined;
  for (const iv of sorted) {
    if (reach && iv.lo < reach.hi + gap) return [reach, iv];
    if (!reach || iv.hi > reach.hi) reach = iv;
  }
  return undefined;
}
