/**
 * Property-based tests (fast-check) of the data-level functions of `src/core`: dates, formatting,
 * filters, lanes, relations, the overview's helpers, categories and shapes. For any input of the
 * right type they return a result that satisfies their invariants, or their documented typed error,
 * and never throw anything else. Layout and axis functions are in `properties-layout.test.ts` and
 * `properties-axis.test.ts`; the shared generators and reference models in `properties-arbitraries.ts`.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CATEGORY_COLORS, CATEGORY_LABELS, categoryColor } from '../../src/core/categories.js';
import {
  calendarEnd,
  calendarStart,
  daysInMonth,
  knownEnd,
  parseCalendarDate,
  precisionOf,
  spanOf,
} from '../../src/core/dates.js';
import { countBy, filterEvents, matchesFilter, sameFilter, toggleFilter } from '../../src/core/filter.js';
import type { ChronicleFilter } from '../../src/core/filter.js';
import { dateNamesIn, formatCalendarDate, formatUtc, formatWhen, formatWhenIn } from '../../src/core/format.js';
import { assignLanes, GROUP_BY, NO_ACTOR_LANE } from '../../src/core/lanes.js';
import { moveWindow, scaleWindow, spanWindow, startDensity, timeOrder, yearOf } from '../../src/core/overview.js';
import { indexRelations } from '../../src/core/relations.js';
import { CATEGORY_SHAPES, SHAPES, shapePath } from '../../src/core/shapes.js';
import { CATEGORIES, type CalendarDate, type ChronicleEvent, type When } from '../../src/data/types.js';
import {
  calendarDateArb,
  DAY,
  eventsArb,
  MAX_YEAR,
  MIN_YEAR,
  refBounds,
  refDaysInMonth,
  whenArb,
} from './properties-arbitraries.js';

const PROBLEMS = ['format', 'month', 'day', 'range'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const T_MIN = Date.UTC(MIN_YEAR, 0, 1);
const T_MAX = Date.UTC(MAX_YEAR + 1, 0, 1);
/** An instant the timeline can show, in whole milliseconds. */
const instantArb = fc.oneof(
  fc.integer({ min: T_MIN, max: T_MAX }),
  fc.constantFrom(T_MIN, T_MAX, Date.UTC(2024, 11, 1), Date.UTC(2024, 11, 1, 23, 59)),
);
/** The dates an item's time names, in order. */
const datesOf = (w: When): CalendarDate[] =>
  w.type === 'date'
    ? [w.date]
    : w.type === 'period'
      ? [w.start, ...(w.end === undefined ? [] : [w.end])]
      : w.type === 'window'
        ? [...(w.from === undefined ? [] : [w.from]), w.to]
        : [];
/** Any four-digit year, often a century (where the leap-year rules differ) or at the limits. */
const anyYearArb = fc.oneof(
  fc.integer({ min: 0, max: 9999 }),
  fc.integer({ min: 0, max: 99 }).map((c) => c * 100),
  fc.constantFrom(MIN_YEAR - 1, MIN_YEAR, MAX_YEAR, MAX_YEAR + 1, 2024, 2023),
);
const precisionOfText = (d: string) => (d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day');
const RANK = { year: 0, month: 1, day: 2 } as const;

describe('dates, for any input (fast-check)', () => {
  it('parseCalendarDate reads every valid date, and writing it back gives the same text', () => {
    fc.assert(
      fc.property(calendarDateArb, (text) => {
        const p = parseCalendarDate(text);
        if (typeof p === 'string') throw new Error(`"${text}" refused as ${p}`);
        const [y, m, d] = text.split('-').map(Number);
        expect(p).to.deep.equal({
          year: y,
          ...(m === undefined ? {} : { month: m }),
          ...(d === undefined ? {} : { day: d }),
          precision: precisionOfText(text),
        });
        const back = [String(p.year).padStart(4, '0')];
        if (p.month !== undefined) back.push(String(p.month).padStart(2, '0'));
        if (p.day !== undefined) back.push(String(p.day).padStart(2, '0'));
        expect(back.join('-')).to.equal(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('parseCalendarDate names the problem of any date-shaped text, months before days before years', () => {
    const two = (...often: string[]) =>
      fc.oneof(
        fc.integer({ min: 0, max: 99 }).map((v) => String(v).padStart(2, '0')),
        fc.constantFrom(...often),
      );
    fc.assert(
      fc.property(
        anyYearArb.map((y) => String(y).padStart(4, '0')),
        fc.option(two('00', '01', '02', '12', '13'), { nil: undefined }),
        fc.option(two('00', '01', '28', '29', '30', '31', '32'), { nil: undefined }),
        (ys, ms, ds) => {
          const text = [ys, ms, ms === undefined ? undefined : ds].filter((s) => s !== undefined).join('-');
          const [y, m, d] = [Number(ys), Number(ms), Number(ds)];
          const expected =
            ms !== undefined && (m < 1 || m > 12)
              ? 'month'
              : ms !== undefined && ds !== undefined && (d < 1 || d > refDaysInMonth(y, m))
                ? 'day'
                : y < MIN_YEAR || y > MAX_YEAR
                  ? 'range'
                  : precisionOfText(text);
          const p = parseCalendarDate(text);
          expect(typeof p === 'string' ? p : p.precision, text).to.equal(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('parseCalendarDate answers any text with a date or a problem, never a throw', () => {
    const near = fc
      .tuple(calendarDateArb, fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), fc.nat(12), fc.nat(3))
      .map(([d, a, b, at, cut]) => (a + d.slice(0, at) + b + d.slice(at + cut)).slice(0, 20));
    const text = fc.oneof(
      near,
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom('', ' 2024', '2024 ', '2024\n', '٢٠٢٤', '2024-00', '2024-02-00', '+2024', '-2024', '2024-1-1'),
    );
    fc.assert(
      fc.property(text, (s) => {
        const p = parseCalendarDate(s);
        if (typeof p === 'string') {
          expect(PROBLEMS, s).to.include(p);
          expect(() => calendarStart(s), s).to.throw(RangeError);
        } else {
          expect(s).to.match(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          expect(p.year).to.be.within(MIN_YEAR, MAX_YEAR);
          if (p.month !== undefined) expect(p.month).to.be.within(1, 12);
          if (p.day !== undefined) expect(p.day).to.be.within(1, refDaysInMonth(p.year, p.month!));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('daysInMonth agrees with the Date calendar for every year and month', () => {
    fc.assert(
      fc.property(anyYearArb, fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constant(2)), (y, m) => {
        expect(daysInMonth(y, m), `${y}-${m}`).to.equal(refDaysInMonth(y, m));
      }),
      { numRuns: 1000 },
    );
  });

  it('calendarStart and calendarEnd bound the year, month or day a date names, nested and round-tripping', () => {
    fc.assert(
      fc.property(calendarDateArb, (text) => {
        const start = calendarStart(text);
        const end = calendarEnd(text);
        expect({ start, end }).to.deep.equal(refBounds(text));
        expect(precisionOf(text)).to.equal(precisionOfText(text));
        expect(new Date(start).toISOString().slice(0, text.length)).to.equal(text);
        // The last millisecond is still the same date; the end is the next one.
        expect(new Date(end - 1).toISOString().slice(0, text.length)).to.equal(text);
        expect(new Date(end).toISOString().slice(0, text.length)).to.not.equal(text);
        // A day lies in its month, which lies in its year.
        for (const outer of [text.slice(0, 4), text.slice(0, 7)].filter((o) => o.length < text.length)) {
          expect(calendarStart(outer)).to.be.at.most(start);
          expect(calendarEnd(outer)).to.be.at.least(end);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('spanOf gives any sound time a non-empty span with the coarsest precision, undated none', () => {
    fc.assert(
      fc.property(whenArb(), instantArb, (when, dataEnd) => {
        const span = spanOf(when, dataEnd);
        const dates = datesOf(when);
        if (when.type === 'undated') {
          expect(span).to.equal(null);
          return;
        }
        expect(span).to.not.equal(null);
        const s = span!;
        expect(s.kind).to.equal(when.type);
        expect(s.start, 'starts before it ends').to.be.lessThan(s.end);
        expect(s.start).to.equal(refBounds(dates[0]!).start);
        const coarsest = dates.map(precisionOfText).sort((a, b) => RANK[a] - RANK[b])[0];
        expect(s.precision).to.equal(coarsest);
        expect(s.openStart).to.equal(when.type === 'window' && when.from === undefined);
        const ongoing = when.type === 'period' && when.end === undefined;
        expect(s.ongoing).to.equal(ongoing);
        if (ongoing) expect(s.end).to.equal(Math.max(dataEnd, refBounds(dates[0]!).end));
        else expect(s.end).to.equal(refBounds(dates[dates.length - 1]!).end);
        // The same time, asked again, gives the same span.
        expect(spanOf(when, dataEnd)).to.deep.equal(s);
      }),
      { numRuns: 1000 },
    );
  });

  it('spanOf refuses a time with an impossible date with a RangeError, not a wrong span', () => {
    const bad = fc.constantFrom('2023-02-29', '2024-13', '0999', '3000-01-01', '2024-1-1', '', 'soon');
    fc.assert(
      fc.property(bad, calendarDateArb, fc.nat(3), (b, good, kind) => {
        const when: When = [
          { type: 'date', date: b },
          { type: 'period', start: good, end: b },
          { type: 'window', from: b, to: good },
          { type: 'period', start: b, ongoing: true },
        ][kind] as When;
        expect(() => spanOf(when, 0)).to.throw(RangeError);
      }),
      { numRuns: 100 },
    );
  });

  it('knownEnd is the latest end among the dates named, undefined when none is', () => {
    fc.assert(
      fc.property(fc.array(whenArb(), { maxLength: 30, size: 'max' }), instantArb, (whens, dataEnd) => {
        const ends = whens.flatMap(datesOf).map((d) => refBounds(d).end);
        const end = knownEnd(whens);
        expect(end).to.equal(ends.length ? Math.max(...ends) : undefined);
        for (const w of whens) {
          const span = spanOf(w, dataEnd);
          if (span && !span.ongoing) expect(span.end).to.be.at.most(end!);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('formatting, for any input (fast-check)', () => {
  const TOKENS = ['yyyy', 'y', 'M', 'MM', 'MMM', 'MMMM', 'd', 'dd', 'EEE', 'EEEE', 'HH', 'mm'];
  const refToken = (ms: number, token: string): string => {
    const d = new Date(ms);
    const p = (n: number, w: number) => String(n).padStart(w, '0');
    switch (token) {
      case 'yyyy':
        return p(d.getUTCFullYear(), 4);
      case 'y':
        return String(d.getUTCFullYear());
      case 'M':
      case 'MM':
        return p(d.getUTCMonth() + 1, token.length);
      case 'MMM':
        return MONTHS[d.getUTCMonth()]!.slice(0, 3);
      case 'MMMM':
        return MONTHS[d.getUTCMonth()]!;
      case 'd':
      case 'dd':
        return p(d.getUTCDate(), token.length);
      case 'EEE':
        return WEEKDAYS[d.getUTCDay()]!.slice(0, 3);
      case 'EEEE':
        return WEEKDAYS[d.getUTCDay()]!;
      case 'HH':
        return p(d.getUTCHours(), 2);
      default:
        return p(d.getUTCMinutes(), 2);
    }
  };
  /** A pattern as parts, each a token, a run of non-letters or quoted text, with what each must print. */
  type Part = { pattern: string; token?: string; text?: string; quoted?: boolean };
  const part: fc.Arbitrary<Part> = fc.oneof(
    fc.constantFrom(...TOKENS).map((t) => ({ pattern: t, token: t })),
    fc.stringMatching(/^[^A-Za-z']{1,4}$/).map((s) => ({ pattern: s, text: s })),
    fc
      .string({ minLength: 1, maxLength: 6 })
      .map((s) => ({ pattern: `'${s.replace(/'/g, "''")}'`, text: s, quoted: true })),
  );
  /**
   * Two tokens of one letter in a row read as one longer token, and two quoted texts in a row as one
   * holding a quote (`'a''b'` is "a'b", as in date-fns): such neighbours are kept apart by a space.
   */
  const apart = (a: Part | undefined, b: Part) =>
    !!a && ((!!a.token && !!b.token && a.token[0] === b.token[0]) || (!!a.quoted && !!b.quoted));

  it('formatUtc writes any pattern of its tokens, separators and quoted text, in UTC', () => {
    fc.assert(
      fc.property(instantArb, fc.array(part, { maxLength: 6 }), (ms, parts) => {
        const space = (i: number) => (apart(parts[i - 1], parts[i]!) ? ' ' : '');
        const pattern = parts.map((p, i) => space(i) + p.pattern);
        const expected = parts.map((p, i) => space(i) + (p.token ? refToken(ms, p.token) : p.text));
        expect(formatUtc(ms, pattern.join(''))).to.equal(expected.join(''));
      }),
      { numRuns: 1000 },
    );
  });

  /**
   * Whether `formatUtc` must refuse `pattern`: it holds a run of one letter, outside quoted text, that
   * is not a token it writes. Quoted text runs to the furthest quote that closes it (`''` inside is a
   * quote); a quote that closes nothing is skipped.
   */
  const refuses = (pattern: string): boolean => {
    for (let i = 0; i < pattern.length;) {
      const c = pattern[i]!;
      if (c === "'") {
        let close = -1;
        for (let k = i + 1; k < pattern.length; k++)
          if (pattern[k] === "'" && (pattern.slice(i + 1, k).match(/'+/g) ?? []).every((q) => q.length % 2 === 0))
            close = k;
        i = close < 0 ? i + 1 : close + 1;
      } else if (/[A-Za-z]/.test(c)) {
        let j = i;
        while (pattern[j] === c) j++;
        if (!TOKENS.includes(pattern.slice(i, j))) return true;
        i = j;
      } else i++;
    }
    return false;
  };

  it('formatUtc answers any pattern with a string, or a RangeError exactly when it holds a token it does not write', () => {
    const pattern = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.string({
        unit: fc.constantFrom('y', 'M', 'd', 'E', 'H', 'm', 'a', 'Q', 's', 'h', "'", ' ', '-'),
        maxLength: 12,
      }),
    );
    fc.assert(
      fc.property(instantArb, pattern, (ms, p) => {
        let out: unknown;
        try {
          out = formatUtc(ms, p);
        } catch (e) {
          expect(e, p).to.be.instanceOf(RangeError);
          expect(refuses(p), `"${p}" refused`).to.equal(true);
          return;
        }
        expect(out).to.be.a('string');
        expect(refuses(p), `"${p}" written as "${out}"`).to.equal(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('formatCalendarDate writes any date as precisely as it is known', () => {
    fc.assert(
      fc.property(calendarDateArb, fc.boolean(), (text, inRange) => {
        const d = new Date(refBounds(text).start);
        const year = text.slice(0, 4);
        const month = MONTHS[d.getUTCMonth()]!;
        const expected =
          text.length === 4
            ? year
            : text.length === 7
              ? `${month} ${year}`
              : `${inRange ? '' : `${WEEKDAYS[d.getUTCDay()]}, `}${d.getUTCDate()} ${month} ${year}`;
        expect(formatCalendarDate(text, inRange)).to.equal(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('formatWhen phrases any sound time, naming the year of each of its dates', () => {
    const range = (d: string) => formatCalendarDate(d, true);
    const first = (d: string, other: string) =>
      d.length > 4 && d.slice(0, 4) === other.slice(0, 4) ? range(d).replace(/ \d{4}$/, '') : range(d);
    fc.assert(
      fc.property(whenArb(), (when) => {
        const expected =
          when.type === 'date'
            ? formatCalendarDate(when.date)
            : when.type === 'period'
              ? when.end === undefined
                ? `since ${range(when.start)}, ongoing`
                : `${first(when.start, when.end)} to ${range(when.end)}`
              : when.type === 'window'
                ? when.from === undefined
                  ? `before ${range(when.to)}`
                  : `between ${first(when.from, when.to)} and ${range(when.to)}`
                : when.ongoing
                  ? 'undated, ongoing'
                  : 'undated';
        const out = formatWhen(when);
        expect(out).to.equal(expected);
        for (const d of datesOf(when)) expect(out).to.include(d.slice(0, 4));
      }),
      { numRuns: 1000 },
    );
  });

  it('formatWhenIn and dateNamesIn accept any language tag, falling back rather than throwing', () => {
    const lang = fc.oneof(
      fc.constantFrom('en', 'en-GB', 'fr', 'de', 'ar', 'ar-SY', 'ja', 'he', 'zz', 'EN', 'x-private', 'en-u-nu-arab'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(whenArb(), lang, (when, locale) => {
        const out = formatWhenIn(when, locale);
        expect(out).to.be.a('string').and.not.equal('');
        if (['en', 'en-GB', 'fr', 'de'].includes(locale))
          for (const d of datesOf(when)) expect(out).to.include(d.slice(0, 4));
        const names = dateNamesIn(locale);
        for (let m = 0; m < 12; m++) expect(names.localize.month(m as never, { width: 'wide' })).to.not.equal('');
        expect(formatUtc(Date.UTC(2024, 11, 1), 'EEEE d MMMM yyyy', names)).to.be.a('string');
      }),
      { numRuns: 300 },
    );
  });
});

/** A filter over the same few values the events use, with lists absent, empty or with repeats. */
const ACTOR_VALUES = ['army', 'rebels', 'un', 'actor-0', 'actor-1', 'nobody'];
const filterArb: fc.Arbitrary<ChronicleFilter> = fc.record(
  {
    categories: fc.array(fc.constantFrom(...CATEGORIES), { maxLength: 5 }),
    actors: fc.array(fc.constantFrom(...ACTOR_VALUES), { maxLength: 5 }),
  },
  { requiredKeys: [] },
);
/** A list the same as `list` as a set (reordered, a value repeated), or (sometimes) not: one left out, absent, empty. */
const variantOf = (list: readonly string[] | undefined) =>
  fc.oneof(
    fc.constant(list),
    fc.constant(list && [...list].reverse()),
    fc.nat().map((i) => (list?.length ? [...list, list[i % list.length]!] : list)),
    fc.nat().map((i) => (list?.length ? list.filter((_, j) => j !== i % list.length) : list)),
    fc.constantFrom(undefined, []),
  );
/** Two filters: unrelated, or the second a variant of the first (often the same as sets). */
const filterPairArb: fc.Arbitrary<[ChronicleFilter, ChronicleFilter]> = fc.oneof(
  fc.tuple(filterArb, filterArb),
  filterArb.chain((a) =>
    fc
      .tuple(variantOf(a.categories), variantOf(a.actors))
      .map(([categories, actors]): [ChronicleFilter, ChronicleFilter] => [
        a,
        { categories: categories as ChronicleFilter['categories'], actors },
      ]),
  ),
);
const events = eventsArb({ maxLength: 30, maxActors: 3 });
const ids = (list: readonly ChronicleEvent[]) => list.map((e) => e.id);
const sameSet = (a?: readonly string[], b?: readonly string[]) =>
  a === undefined || b === undefined ? a === b : a.every((v) => b.includes(v)) && b.every((v) => a.includes(v));

describe('filters, for any input (fast-check)', () => {
  it('filterEvents keeps exactly the items matchesFilter passes, in their order', () => {
    fc.assert(
      fc.property(events, filterArb, (list, filter) => {
        const out = filterEvents(list, filter);
        expect(ids(out)).to.deep.equal(ids(list.filter((e) => matchesFilter(e, filter))));
        if (!filter.categories && !filter.actors) expect(out).to.equal(list);
        for (const e of out) {
          if (filter.categories) expect(filter.categories).to.include(e.category);
          if (filter.actors) expect(e.actors.some((a) => filter.actors!.includes(a))).to.equal(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('sameFilter compares lists as sets, and filters it calls the same show the same items', () => {
    fc.assert(
      fc.property(filterPairArb, events, ([a, b], list) => {
        const same = sameFilter(a, b);
        expect(same, JSON.stringify([a, b])).to.equal(
          sameSet(a.categories, b.categories) && sameSet(a.actors, b.actors),
        );
        expect(sameFilter(b, a)).to.equal(same);
        expect(sameFilter(a, a)).to.equal(true);
        if (same) expect(ids(filterEvents(list, a))).to.deep.equal(ids(filterEvents(list, b)));
      }),
      { numRuns: 1000 },
    );
  });

  it('toggleFilter flips one value of one list, leaves the rest, and toggling back restores the filter', () => {
    const key = fc.constantFrom('categories' as const, 'actors' as const);
    const value = fc.constantFrom(...CATEGORIES, ...ACTOR_VALUES);
    fc.assert(
      fc.property(filterArb, key, value, (filter, k, v) => {
        const next = toggleFilter(filter, k, v);
        const other = k === 'categories' ? 'actors' : 'categories';
        expect(next[other]).to.equal(filter[other]);
        const had = (filter[k] as readonly string[] | undefined)?.includes(v) ?? false;
        expect((next[k] as readonly string[] | undefined)?.includes(v) ?? false).to.equal(!had);
        if (next[k]) expect(next[k]).to.not.be.empty;
        // A list that comes to be empty is dropped (so `[]`, which shows nothing, comes back as absent).
        if (filter[k]?.length !== 0) expect(sameFilter(toggleFilter(next, k, v), filter)).to.equal(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('countBy counts every item once per category and once per actor it names', () => {
    fc.assert(
      fc.property(eventsArb({ maxLength: 40, maxActors: 20 }), (list) => {
        const { categories, actors } = countBy(list);
        expect([...categories.values()].reduce((a, b) => a + b, 0)).to.equal(list.length);
        for (const [c, n] of categories) expect(n).to.equal(list.filter((e) => e.category === c).length);
        const named = new Set(list.flatMap((e) => e.actors));
        expect(new Set(actors.keys())).to.deep.equal(named);
        for (const [a, n] of actors) expect(n).to.equal(list.filter((e) => e.actors.includes(a)).length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('lanes, for any input (fast-check)', () => {
  const check = (list: readonly ChronicleEvent[], groupBy: (typeof GROUP_BY)[number], names: Map<string, string>) => {
    const { lanes, laneIndex } = assignLanes(list, groupBy, names);
    expect(laneIndex.length).to.equal(list.length);
    expect(new Set(lanes.map((l) => l.key)).size, 'lane keys are unique').to.equal(lanes.length);
    for (const l of laneIndex) expect(l).to.be.within(0, lanes.length - 1);
    const counts = lanes.map(() => 0);
    for (const l of laneIndex) counts[l]!++;
    if (groupBy === 'none') {
      expect(lanes.length).to.equal(1);
      return;
    }
    expect(
      counts.every((n) => n > 0),
      'no empty lane',
    ).to.equal(true);
    list.forEach((e, i) => {
      const key = groupBy === 'category' ? e.category : (e.actors[0] ?? NO_ACTOR_LANE.key);
      expect(lanes[laneIndex[i]!]!.key).to.equal(key);
    });
    if (groupBy === 'category') {
      expect(lanes.map((l) => l.key)).to.deep.equal(CATEGORIES.filter((c) => list.some((e) => e.category === c)));
      for (const l of lanes) expect(l.label).to.equal(CATEGORY_LABELS[l.key as keyof typeof CATEGORY_LABELS]);
      return;
    }
    for (const l of lanes)
      expect(l.label).to.equal(l.key === NO_ACTOR_LANE.key ? NO_ACTOR_LANE.label : (names.get(l.key) ?? l.key));
    const none = lanes.findIndex((l) => l.key === NO_ACTOR_LANE.key);
    if (none >= 0) expect(none, 'the lane of items naming no actor comes last').to.equal(lanes.length - 1);
    for (let i = 1; i < lanes.length; i++) {
      if (i === none) continue;
      const busier = counts[i - 1]! > counts[i]!;
      const tie = counts[i - 1] === counts[i] && lanes[i - 1]!.label.localeCompare(lanes[i]!.label) <= 0;
      expect(busier || tie, `lane ${i - 1} before lane ${i}`).to.equal(true);
    }
  };

  it('assignLanes puts every item in one non-empty lane, in the documented lane order', () => {
    fc.assert(
      fc.property(
        eventsArb({ maxLength: 40, maxActors: 30 }),
        fc.constantFrom(...GROUP_BY),
        fc.array(fc.tuple(fc.constantFrom('army', 'rebels', 'actor-1', 'actor-2'), fc.string({ maxLength: 5 }))),
        (list, groupBy, pairs) => check(list, groupBy, new Map(pairs)),
      ),
      { numRuns: 500 },
    );
  });

  it('assignLanes copes with thousands of actors', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 3000 }),
        fc.integer({ min: 1, max: 50 }),
        fc.constantFrom(...GROUP_BY),
        (n, spread, groupBy) => {
          const list = Array.from({ length: n }, (_, i): ChronicleEvent => ({
            id: `e${i}`,
            title: '',
            summary: '',
            category: CATEGORIES[i % CATEGORIES.length]!,
            when: { type: 'date', date: '2024-12-01' },
            dateBasis: { method: 'explicit', note: '' },
            actors: i % spread === 0 ? [] : [`actor-${i % Math.ceil(n / spread)}`, `other-${i}`],
            places: [],
            source: { paragraphs: [1], attribution: 'a property test' },
          }));
          check(list, groupBy, new Map([['actor-1', 'Zed']]));
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe('relations, for any input (fast-check)', () => {
  it('indexRelations links exactly the relations between shown items, both ways, in order', () => {
    fc.assert(
      fc.property(eventsArb({ maxLength: 30, maxActors: 3 }), (list) => {
        const { disputedBy, supportedBy, related } = indexRelations(list);
        const shown = new Set(ids(list));
        const want = { disputes: new Map<string, string[]>(), supports: new Map<string, string[]>() };
        const links = new Map<string, Set<string>>();
        const link = (a: string, b: string) => links.set(a, (links.get(a) ?? new Set()).add(b));
        for (const e of list)
          for (const r of e.relations ?? []) {
            if (!shown.has(r.target) || r.target === e.id) continue;
            want[r.type].set(r.target, [...(want[r.type].get(r.target) ?? []), e.id]);
            link(e.id, r.target);
            link(r.target, e.id);
          }
        expect(new Map(disputedBy)).to.deep.equal(want.disputes);
        expect(new Map(supportedBy)).to.deep.equal(want.supports);
        expect(new Map(related)).to.deep.equal(links);
        for (const [a, set] of related) {
          expect(set.has(a), 'no item is related to itself').to.equal(false);
          for (const b of set) expect(related.get(b)!.has(a), 'related both ways').to.equal(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('overview helpers, for any input (fast-check)', () => {
  it('timeOrder sorts every item by start, end and given order, undated last', () => {
    fc.assert(
      fc.property(eventsArb({ maxLength: 40, maxActors: 3 }), (list) => {
        const out = timeOrder(list);
        expect([...ids(out)].sort()).to.deep.equal([...ids(list)].sort());
        const end = knownEnd(list.map((e) => e.when)) ?? 0;
        const at = new Map(list.map((e, i) => [e, i]));
        const key = (e: ChronicleEvent) => {
          const s = spanOf(e.when, end);
          return s ? [0, s.start, s.end, at.get(e)!] : [1, 0, 0, at.get(e)!];
        };
        for (let i = 1; i < out.length; i++) {
          const a = key(out[i - 1]!);
          const b = key(out[i]!);
          const j = a.findIndex((v, n) => v !== b[n]);
          expect(j >= 0 && a[j]! < b[j]!, `${out[i - 1]!.id} before ${out[i]!.id}`).to.equal(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('yearOf gives the year the item starts in, null when undated', () => {
    fc.assert(
      fc.property(eventsArb({ maxLength: 5, maxActors: 1 }), (list) => {
        for (const e of list) {
          const first = datesOf(e.when)[0];
          expect(yearOf(e)).to.equal(first === undefined ? null : Number(first.slice(0, 4)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('startDensity counts each item starting in the domain once, in the stretch it starts in', () => {
    const bins = fc.oneof(
      fc.constantFrom(0, 1, 2, -3, 0.5),
      fc.integer({ min: 0, max: 2000 }),
      fc.double({ min: 0, max: 500, noNaN: true }),
    );
    const domain = fc.oneof(
      fc.tuple(instantArb, instantArb).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
      fc.tuple(instantArb, instantArb),
      fc.constant([Date.UTC(2024, 11, 1), Date.UTC(2024, 11, 2)] as const),
    );
    fc.assert(
      fc.property(eventsArb({ maxLength: 40, maxActors: 3 }), domain, bins, (list, [d0, d1], n) => {
        const counts = startDensity(list, [d0, d1], n);
        const size = Math.max(0, Math.floor(n));
        expect(counts.length).to.equal(size);
        const starts = list.flatMap((e) => (datesOf(e.when)[0] ? [refBounds(datesOf(e.when)[0]!).start] : []));
        const total = [...counts].reduce((a, b) => a + b, 0);
        if (size === 0 || !(d1 > d0)) {
          expect(total).to.equal(0);
          return;
        }
        expect(total, 'every start in the domain counted once').to.equal(
          starts.filter((s) => s >= d0 && s <= d1).length,
        );
        // Bins in order: the first i hold every start before their end and none after it.
        let sum = 0;
        for (let i = 0; i < size - 1; i++) {
          sum += counts[i]!;
          const edge = d0 + ((i + 1) * (d1 - d0)) / size;
          const eps = 1e-9 * (d1 - d0);
          expect(sum).to.be.at.least(starts.filter((s) => s >= d0 && s < edge - eps).length);
          expect(sum).to.be.at.most(starts.filter((s) => s >= d0 && s <= edge + eps).length);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('startDensity answers a number of bins it cannot make with no bins or a RangeError', () => {
    fc.assert(
      fc.property(
        eventsArb({ maxLength: 5, maxActors: 1 }),
        fc.constantFrom(NaN, -Infinity, -1, Infinity, 1e300),
        (list, n) => {
          let counts: Uint32Array;
          try {
            counts = startDensity(list, [T_MIN, T_MAX], n);
          } catch (e) {
            expect(e).to.be.instanceOf(RangeError);
            return;
          }
          expect(counts.length).to.equal(0);
        },
      ),
      { numRuns: 50 },
    );
  });

  /** An ordered window or domain in whole milliseconds, sometimes empty. */
  const span = fc.tuple(instantArb, instantArb).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
  const length = fc.oneof(fc.constantFrom(0, 1, DAY), fc.integer({ min: 0, max: T_MAX - T_MIN }));

  it('moveWindow keeps the length, stays in the domain, and moves by the whole delta when there is room', () => {
    const delta = fc.oneof(
      fc.integer({ min: -(T_MAX - T_MIN), max: T_MAX - T_MIN }),
      fc.constantFrom(0, Infinity, -Infinity),
    );
    fc.assert(
      fc.property(span, delta, span, (w, dt, d) => {
        const [r0, r1] = moveWindow(w, dt, d);
        expect(r1 - r0).to.equal(Math.min(w[1] - w[0], d[1] - d[0]));
        expect(r0).to.be.at.least(d[0]);
        expect(r1).to.be.at.most(d[1]);
        if (w[0] + dt >= d[0] && w[1] + dt <= d[1]) expect([r0, r1]).to.deep.equal([w[0] + dt, w[1] + dt]);
      }),
      { numRuns: 1000 },
    );
  });

  it('scaleWindow scales about the middle, no shorter than the minimum, inside the domain', () => {
    const factor = fc.oneof(fc.constantFrom(0, 0.5, 1, 2, 1e6), fc.double({ min: 0, max: 100, noNaN: true }));
    fc.assert(
      fc.property(span, factor, span, length, (w, f, d, min) => {
        const [r0, r1] = scaleWindow(w, f, d, min);
        const want = Math.min(d[1] - d[0], Math.max(min, (w[1] - w[0]) * f));
        const eps = 1e-6 * (T_MAX - T_MIN);
        expect(r1 - r0).to.be.closeTo(want, eps);
        expect(r0).to.be.at.least(d[0]);
        expect(r1).to.be.at.most(d[1] + eps);
        const mid = (w[0] + w[1]) / 2;
        if (mid - want / 2 >= d[0] && mid + want / 2 <= d[1]) expect((r0 + r1) / 2).to.be.closeTo(mid, eps);
      }),
      { numRuns: 1000 },
    );
  });

  it('spanWindow spans the drag in either direction, at least the minimum, inside the domain', () => {
    fc.assert(
      fc.property(instantArb, instantArb, span, length, (a, b, d, min) => {
        const [r0, r1] = spanWindow(a, b, d, min);
        const eps = 1e-6 * (T_MAX - T_MIN);
        expect(r0).to.be.at.least(d[0]);
        expect(r1).to.be.at.most(d[1] + eps);
        expect(r1 - r0).to.be.at.least(Math.min(min, d[1] - d[0]) - eps);
        expect(spanWindow(b, a, d, min)).to.deep.equal([r0, r1]);
        const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
        if (lo >= d[0] && hi <= d[1] && hi - lo >= min) expect([r0, r1]).to.deep.equal([lo, hi]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('categories and shapes, for any input (fast-check)', () => {
  it('categoryColor gives each category its own overridable colour', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CATEGORIES), fc.constantFrom(...CATEGORIES), (a, b) => {
        expect(categoryColor({ category: a })).to.equal(`var(--chronicle-color-${a}, ${CATEGORY_COLORS[a]})`);
        expect(CATEGORY_COLORS[a]).to.match(/^#[0-9A-F]{6}$/);
        expect(CATEGORY_LABELS[a]).to.not.equal('');
        if (a !== b) {
          expect(CATEGORY_COLORS[a]).to.not.equal(CATEGORY_COLORS[b]);
          expect(CATEGORY_SHAPES[a]).to.not.equal(CATEGORY_SHAPES[b]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('shapePath draws any shape as a closed path of finite numbers about its centre, about the area of the circle', () => {
    const coordinate = fc.oneof(fc.constantFrom(0, -0.004, 1e6, -1e6), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
    const radius = fc.oneof(fc.constantFrom(0, 0.001, 1, 5, 1e4), fc.double({ min: 0, max: 1e4, noNaN: true }));
    fc.assert(
      fc.property(fc.constantFrom(...SHAPES), coordinate, coordinate, radius, (shape, cx, cy, r0) => {
        const r = r0 + 0; // no -0
        const path = shapePath(shape, cx, cy, r);
        expect(path).to.match(/^M.*Z$/);
        expect(path).to.not.match(/NaN|Infinity|undefined/);
        expect(path, 'no negative zero').to.not.match(/(^|[^\d.e])-0(?![\d.])/);
        const numbers = path.match(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/g)!.map(Number);
        expect(numbers.every(Number.isFinite)).to.equal(true);
        if (shape === 'circle') {
          const [x, y, rx, ry] = numbers;
          expect(x).to.be.closeTo(cx - r, 0.006);
          expect(y).to.be.closeTo(cy, 0.006);
          expect([rx, ry]).to.deep.equal([r, r]);
          return;
        }
        const points = Array.from({ length: numbers.length / 2 }, (_, i) => [numbers[2 * i]!, numbers[2 * i + 1]!]);
        const round = 0.006;
        for (const [x, y] of points) {
          expect(Math.abs(x! - cx)).to.be.at.most(1.36 * r + round);
          expect(Math.abs(y! - cy)).to.be.at.most(1.36 * r + round);
        }
        const mean = (k: 0 | 1) => points.reduce((s, p) => s + p[k]!, 0) / points.length;
        expect(mean(0)).to.be.closeTo(cx, round);
        expect(mean(1)).to.be.closeTo(cy, round);
        if (r >= 5 && Math.abs(cx) < 1e4 && Math.abs(cy) < 1e4) {
          let area = 0;
          points.forEach(([x, y], i) => {
            const [u, v] = points[(i + 1) % points.length]!;
            area += x! * v! - u! * y!;
          });
          expect(Math.abs(area) / 2 / (Math.PI * r * r), `${shape} area / circle area`).to.be.within(0.7, 1.1);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
