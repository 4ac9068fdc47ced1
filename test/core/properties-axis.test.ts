/**
 * Property-based tests (fast-check) of the time axis: `niceDomain` and `axisTicks` (scale.ts), and
 * the linear and compressed axes, their zoom limit, visible segments and ticks (axis.ts). For any
 * input of the right type: ticks in order, inside the axis and with labels that never overlap; axes
 * monotonic, covering their domain and range end to end; never a throw.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  axisInvert,
  axisMaxZoom,
  axisX,
  compressedAxis,
  DEFAULT_COMPRESS,
  linearAxis,
  segmentedTicks,
  visibleSegments,
  type CompressOptions,
  type TimeAxis,
} from '../../src/core/axis.js';
import { knownEnd, spanOf } from '../../src/core/dates.js';
import { dateNamesIn } from '../../src/core/format.js';
import { axisTicks, MIN_VISIBLE_MS, niceDomain, TICK_EDGE } from '../../src/core/scale.js';
import { DAY, eventsArb, MAX_YEAR, MIN_YEAR } from './properties-arbitraries.js';

const T_MIN = Date.UTC(MIN_YEAR, 0, 1);
const T_MAX = Date.UTC(MAX_YEAR + 1, 0, 1);
const HOUR = 3_600_000;

/** An instant the timeline can show, often on a boundary or near another. */
const instantArb = fc.oneof(
  fc.integer({ min: T_MIN, max: T_MAX }),
  fc.constantFrom(T_MIN, T_MAX, Date.UTC(2024, 11, 1), Date.UTC(2011, 0, 1)),
);
/** A stretch of time `[d0, d1]`, d0 < d1, from a millisecond to the whole supported range. */
const domainArb = fc
  .tuple(
    instantArb,
    fc.oneof(
      fc.constantFrom(1, 1000, HOUR, DAY, 7 * DAY, 31 * DAY, 366 * DAY, 14 * 366 * DAY),
      fc.integer({ min: 1, max: T_MAX - T_MIN }),
      fc.integer({ min: 1, max: 3 * DAY }),
    ),
  )
  .map(([t, len]) => [Math.min(t, T_MAX - len), Math.min(t, T_MAX - len) + len] as const);
/** Widths in pixels, the hostile ones often. */
const widthArb = fc.oneof(fc.constantFrom(0, 1, 320, 1280, 100_000), fc.integer({ min: 0, max: 4000 }));
const spacingArb = fc.oneof(fc.constantFrom(80, 44), fc.integer({ min: 10, max: 400 }));
const optionsArb: fc.Arbitrary<CompressOptions> = fc.oneof(
  fc.constant(DEFAULT_COMPRESS),
  fc.record({
    gapWidth: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true })),
    minGapShare: fc.double({ min: 1e-4, max: 0.5, noNaN: true }),
    longSpanShare: fc.double({ min: 1e-4, max: 1, noNaN: true }),
    countWeight: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
);
/** The items of a generated dataset as the timeline gives them to the compressed axis, and its domain. */
const datasetAxisInput = eventsArb({ maxLength: 40, maxActors: 1 })
  .filter((events) => events.some((e) => e.when.type !== 'undated'))
  .map((events) => {
    const end = knownEnd(events.map((e) => e.when))!;
    const spans = events.flatMap((e) => spanOf(e.when, end) ?? []);
    const items = spans.map((s) => ({ start: s.start, end: s.end, period: s.kind === 'period' }));
    const domain = niceDomain(Math.min(...spans.map((s) => s.start)), Math.max(...spans.map((s) => s.end)));
    return { items, domain };
  });
/** Abstract items in a small domain (0 to 1000), crowded or spread, with long periods. */
const abstractAxisInput = fc
  .array(
    fc.record({
      start: fc.oneof(fc.integer({ min: -100, max: 1100 }), fc.constantFrom(0, 500, 1000)),
      length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 1200 })),
      period: fc.boolean(),
    }),
    { maxLength: 30, size: 'max' },
  )
  .map((list) => ({
    items: list.map(({ start, length, period }) => ({ start, end: start + length, period })),
    domain: [0, 1000] as [number, number],
  }));
const axisInputArb = fc
  .tuple(fc.oneof(datasetAxisInput, abstractAxisInput), widthArb, fc.integer({ min: -50, max: 50 }), optionsArb)
  .map(([{ items, domain }, width, r0, options]) => ({
    items,
    domain,
    range: [r0, r0 + width] as [number, number],
    options,
  }));

/** Checks an axis is one monotonic piecewise-linear map of its whole domain onto its whole range. */
function checkAxis(axis: TimeAxis, domain: readonly [number, number], range: readonly [number, number]) {
  const s = axis.segments;
  expect(s.length).to.be.at.least(1);
  expect(s[0]!.t0).to.equal(domain[0]);
  expect(s[s.length - 1]!.t1).to.equal(domain[1]);
  expect(s[0]!.x0).to.equal(range[0]);
  const width = range[1] - range[0];
  expect(s[s.length - 1]!.x1, 'the last segment ends at the range end').to.be.closeTo(range[1], 1e-9 * width + 1e-9);
  s.forEach((seg, i) => {
    if (s.length > 1) expect(seg.t1, 'a segment is not empty').to.be.greaterThan(seg.t0);
    expect(seg.x1, 'a segment runs forwards').to.be.at.least(seg.x0);
    if (i > 0) {
      expect(seg.t0, 'segments join in time').to.equal(s[i - 1]!.t1);
      expect(seg.x0, 'segments join in pixels').to.equal(s[i - 1]!.x1);
    }
  });
  expect(axisX(axis, domain[0])).to.equal(range[0]);
  expect(axisX(axis, domain[1])).to.be.closeTo(range[1], 1e-9 * width + 1e-9);
}

/** Label forms of the English axis: years, months, days and hours. */
const LABEL = /^(\d{4}|[A-Z][a-z]{2}( \d{4})?|\d{1,2} [A-Z][a-z]{2}( \d{4})?|\d{2}:\d{2})$/;

describe('time scale, for any input (fast-check)', () => {
  it('niceDomain runs from the start of the first year to a month boundary at or after the end', () => {
    fc.assert(
      fc.property(instantArb, instantArb, (a, b) => {
        const [from, to] = niceDomain(a, b);
        expect(to, 'a non-empty domain').to.be.greaterThan(from);
        expect(new Date(from).toISOString()).to.match(/^\d{4}-01-01T00:00:00.000Z$/);
        expect(new Date(to).toISOString()).to.match(/^\d{4}-\d{2}-01T00:00:00.000Z$/);
        if (a <= b) {
          expect(from).to.be.at.most(a);
          expect(new Date(from).getUTCFullYear()).to.equal(new Date(a).getUTCFullYear());
          expect(to).to.be.at.least(b);
          expect(to - b, 'at most a month past the end').to.be.at.most(31 * DAY);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('axisTicks are in order, inside the domain and the range, clear of the edge, with axis labels', () => {
    const edgeArb = fc.option(fc.integer({ min: -100, max: 5000 }), { nil: undefined });
    const visibleArb = fc.option(
      fc.tuple(fc.integer({ min: -500, max: 5000 }), fc.integer({ min: 0, max: 5000 })).map(([a, w]) => [a, a + w]),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        domainArb,
        fc.integer({ min: -200, max: 200 }),
        widthArb,
        spacingArb,
        edgeArb,
        visibleArb,
        ([d0, d1], r0, width, spacing, edge, visible) => {
          const r1 = r0 + width;
          const ticks = axisTicks([d0, d1], [r0, r1], spacing, edge, visible as [number, number] | undefined);
          const right = (edge ?? Math.max(r0, r1)) - TICK_EDGE;
          const count = Math.max(1, Math.floor(width / spacing));
          // About one tick per spacing: d3 takes the time interval nearest the one asked for, at worst
          // √5 times finer (1 minute for 2 minutes 13 seconds).
          if (!visible) expect(ticks.length, 'about one tick per spacing').to.be.at.most(2.5 * count + 2);
          const px = (t: number) => r0 + ((t - d0) * (r1 - r0)) / (d1 - d0);
          ticks.forEach((tick, i) => {
            expect(tick.time).to.be.within(d0, d1);
            expect(tick.x).to.be.closeTo(px(tick.time), 1e-6 * (Math.abs(r0) + width + 1));
            expect(tick.x, 'clear of the right edge').to.be.at.most(right);
            expect(tick.label).to.match(LABEL);
            expect(tick.anchor).to.equal('start');
            if (i > 0) {
              expect(tick.time, 'ticks in time order').to.be.greaterThan(ticks[i - 1]!.time);
              expect(tick.x).to.be.at.least(ticks[i - 1]!.x);
            }
            if (visible && width > 0) {
              const at = (x: number) => d0 + ((x - r0) * (d1 - d0)) / (r1 - r0);
              expect(tick.time).to.be.within(Math.floor(at(visible[0]!)) - 1, Math.ceil(at(visible[1]!)) + 1);
            }
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('axisTicks never throws for reversed, empty or hostile ranges and domains', () => {
    fc.assert(
      fc.property(
        instantArb,
        instantArb,
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.integer({ min: -100_000, max: 100_000 }),
        spacingArb,
        (d0, d1, r0, r1, spacing) => {
          const ticks = axisTicks([d0, d1], [r0, r1], spacing, undefined, [0, 2000]);
          expect(ticks).to.be.an('array');
          if (!(d1 > d0)) expect(ticks).to.deep.equal([]);
          for (const t of ticks) expect(t.label).to.match(LABEL);
        },
      ),
      { numRuns: 500 },
    );
  });

  // Found by this property: below a minute a tick, labels were still "HH:mm", so neighbours shared
  // one (axisTicks([0, 1000], [0, 320], 10) labelled 32 ticks "00:00"). Ticks are now never finer
  // than a minute.
  it('axisTicks never gives two neighbouring ticks the same label', () => {
    fc.assert(
      fc.property(domainArb, widthArb, spacingArb, ([d0, d1], width, spacing) => {
        const ticks = axisTicks([d0, d1], [0, width], spacing);
        ticks.slice(1).forEach((t, i) => expect(t.label, `${t.time}`).to.not.equal(ticks[i]!.label));
      }),
      { numRuns: 1000 },
    );
  });

  // Found by this property: a spacing of 0 asked for a tick a millisecond (72,001 ticks for
  // axisTicks([0, 1e5], [0, 100], 0); out of memory over years). A spacing under a pixel counts as one.
  it('axisTicks with a spacing of 0 makes no more ticks than pixels, or refuses with a RangeError', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e5 }),
        fc.integer({ min: 1, max: 1e5 }),
        fc.integer({ min: 1, max: 400 }),
        (d0, length, width) => {
          let ticks;
          try {
            ticks = axisTicks([d0, d0 + length], [0, width], 0);
          } catch (e) {
            expect(e).to.be.instanceOf(RangeError);
            return;
          }
          expect(ticks.length).to.be.at.most(width + 1);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('time axes, for any input (fast-check)', () => {
  it('a linear axis maps its domain onto its range, monotonic, and inverts', () => {
    fc.assert(
      fc.property(domainArb, fc.integer({ min: -100, max: 100 }), widthArb, instantArb, ([d0, d1], r0, width, t) => {
        const axis = linearAxis([d0, d1], [r0, r0 + width]);
        checkAxis(axis, [d0, d1], [r0, r0 + width]);
        const x = axisX(axis, t);
        expect(x).to.be.closeTo(r0 + ((t - d0) * width) / (d1 - d0), 1e-9 * (Math.abs(x) + 1));
        // Rounding of x, read back through the slope, and of t itself.
        const slope = width / (d1 - d0);
        const tol = 1 + 1e-13 * ((Math.abs(x) + Math.abs(r0) + 1) / slope + Math.abs(t));
        if (width > 0) expect(axisInvert(axis, x)).to.be.closeTo(t, tol);
      }),
      { numRuns: 1000 },
    );
  });

  it('compressedAxis covers its domain and range, monotonic, inverting, with gaps only where nothing is', () => {
    fc.assert(
      fc.property(axisInputArb, fc.array(instantArb, { maxLength: 20 }), ({ items, domain, range, options }, ts) => {
        const axis = compressedAxis(items, domain, range, options);
        checkAxis(axis, domain, range);
        const [d0, d1] = domain;
        const width = range[1] - range[0];
        const span = d1 - d0;
        const gaps = axis.segments.filter((s) => s.gap);
        if (gaps.length === 0) expect(axis).to.deep.equal(linearAxis(domain, range));
        let gapPixels = 0;
        for (const g of gaps) {
          const px = g.x1 - g.x0;
          gapPixels += px;
          expect(px, 'a gap keeps at most gapWidth').to.be.at.most(options.gapWidth + 1e-9);
          expect(px, 'a gap is never wider than on the linear axis').to.be.at.most(
            ((g.t1 - g.t0) / span) * width + 1e-6,
          );
          // Nothing lies inside a gap: a short item by its whole span, a long period by its ends.
          for (const { start, end, period } of items) {
            const s = Math.max(d0, Math.min(d1, start));
            const e = Math.max(s, Math.min(d1, end));
            const anchors = period && e - s > span * options.longSpanShare ? [s, s, e, e] : [s, e];
            for (let k = 0; k < anchors.length; k += 2)
              expect(
                anchors[k + 1]! <= g.t0 || anchors[k]! >= g.t1,
                `item ${start}..${end} inside gap ${g.t0}..${g.t1}`,
              ).to.equal(true);
          }
        }
        expect(gapPixels, 'gaps together take at most half the width').to.be.at.most(width / 2 + 1e-6);
        // Monotonic everywhere (time within and beyond the domain), inverting where a segment has width.
        const times = [...ts, d0, d1, ...axis.segments.map((s) => (s.t0 + s.t1) / 2)].sort((a, b) => a - b);
        const xs = times.map((t) => axisX(axis, t));
        xs.slice(1).forEach((x, i) => expect(x, 'axisX is monotonic').to.be.at.least(xs[i]! - 1e-6));
        for (const seg of axis.segments) {
          if (seg.x1 - seg.x0 < 1e-6) continue;
          const t = (seg.t0 + seg.t1) / 2;
          const x = axisX(axis, t);
          const slope = (seg.x1 - seg.x0) / (seg.t1 - seg.t0);
          const tol = 1 + 1e-13 * ((Math.abs(x) + Math.abs(seg.x0) + 1) / slope + Math.abs(t));
          expect(axisInvert(axis, x)).to.be.closeTo(t, tol);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('compressedAxis is the same whatever order its items come in (in time order it sorts nothing)', () => {
    fc.assert(
      fc.property(axisInputArb, fc.integer(), ({ items, domain, range, options }, seed) => {
        const axis = compressedAxis(items, domain, range, options);
        const inTime = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
        const shuffled = items.map((item, i) => ({ item, key: Math.sin(seed + i) })).sort((a, b) => a.key - b.key);
        expect(compressedAxis(inTime, domain, range, options)).to.deep.equal(axis);
        expect(compressedAxis([...inTime].reverse(), domain, range, options)).to.deep.equal(axis);
        expect(
          compressedAxis(
            shuffled.map((s) => s.item),
            domain,
            range,
            options,
          ),
        ).to.deep.equal(axis);
      }),
      { numRuns: 400 },
    );
  });

  it('axisMaxZoom is at least 1 and stops where the steepest stretch shows an hour across the width', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          axisInputArb.map(({ items, domain, range, options }) => compressedAxis(items, domain, range, options)),
          fc
            .tuple(instantArb, fc.constantFrom(0, 1, HOUR, 1000 * 366 * DAY), widthArb)
            .map(([t, len, w]) => linearAxis([t, t + len], [0, w])),
        ),
        widthArb,
        (axis, width) => {
          const k = axisMaxZoom(axis, width);
          expect(k, 'a zoom factor').to.be.at.least(1);
          if (k > 1 && Number.isFinite(k)) {
            const slope = Math.max(...axis.segments.map((s) => (s.x1 - s.x0) / (s.t1 - s.t0)));
            expect(width / (k * slope)).to.be.closeTo(MIN_VISIBLE_MS, 1e-6 * MIN_VISIBLE_MS);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  /** A zoom transform, from none to far past the maximum, panned anywhere (or to the axis's start). */
  const zoomArb = (axis: TimeAxis, width: number) => {
    const max = axisMaxZoom(axis, Math.max(width, 1));
    const cap = Number.isFinite(max) && max >= 1 ? max : 1;
    return fc
      .tuple(
        fc.oneof(fc.constantFrom(1, 2, 1e3, 1e6, 1e9, cap), fc.double({ min: 1, max: cap, noNaN: true })),
        fc.double({ min: 0, max: 1, noNaN: true }),
      )
      .map(([k, at]) => {
        const x1 = axis.segments[axis.segments.length - 1]!.x1;
        const x0 = axis.segments[0]!.x0;
        return { k, x: -k * (x0 + at * (x1 - x0)) + (at * width) / 2 };
      });
  };

  it('visibleSegments keeps exactly the segments in view, in order, zoomed', () => {
    fc.assert(
      fc.property(
        axisInputArb.chain(({ items, domain, range, options }) => {
          const axis = compressedAxis(items, domain, range, options);
          const width = range[1] - range[0];
          return fc.tuple(fc.constant(axis), fc.constant(width), zoomArb(axis, width));
        }),
        ([axis, width, t]) => {
          const shown = visibleSegments(axis, t, width);
          const want = axis.segments
            .map((s) => ({ ...s, x0: t.k * s.x0 + t.x, x1: t.k * s.x1 + t.x }))
            .filter((s) => s.x1 > 0 && s.x0 < width);
          expect(shown).to.deep.equal(want);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('segmentedTicks labels never overlap, stay in view, follow the axis and skip narrow gaps', () => {
    const labelWidthArb = fc.oneof(
      fc.constant(undefined),
      fc.double({ min: 0, max: 20, noNaN: true }).map((c) => (label: string) => label.length * c),
      fc.constantFrom(
        () => 1000,
        () => 0,
      ),
    );
    fc.assert(
      fc.property(
        axisInputArb.chain(({ items, domain, range, options }) => {
          // The timeline draws its axis from 0: the range starts at 0 and the view is the range.
          const width = range[1] - range[0];
          const axis = compressedAxis(items, domain, [0, width], options);
          return fc.tuple(fc.constant(axis), fc.constant(width), zoomArb(axis, width));
        }),
        spacingArb,
        labelWidthArb,
        fc.boolean(),
        ([axis, width, t], spacing, labelWidth, arabic) => {
          const names = arabic ? dateNamesIn('ar') : undefined;
          const ticks = segmentedTicks(axis, t, width, spacing, labelWidth, names);
          const measure = labelWidth ?? ((label: string) => label.length * 6.5);
          const shown = visibleSegments(axis, t, width);
          const end = axis.segments[axis.segments.length - 1]!.t1;
          let lastRight = -Infinity;
          ticks.forEach((tick, i) => {
            expect(tick.x).to.be.within(0, width);
            expect(tick.time, 'no tick at the end of the domain').to.be.lessThan(end);
            if (i > 0) expect(tick.time, 'ticks in time order').to.be.greaterThan(ticks[i - 1]!.time);
            const x = t.k * axisX(axis, tick.time) + t.x;
            expect(tick.x, 'a tick sits at its time').to.be.closeTo(x, 1e-6 * (Math.abs(t.x) + t.k * width + 1));
            const seg = shown.find((s) => tick.time >= s.t0 && tick.time < s.t1);
            expect(seg, 'a tick lies in a visible segment').to.not.equal(undefined);
            if (seg!.gap) expect(seg!.x1 - seg!.x0, 'a gap gets ticks once wide').to.be.at.least(spacing);
            if (!names) expect(tick.label).to.match(LABEL);
            const w = measure(tick.label);
            expect(tick.anchor).to.equal(tick.x + 3 + w > width ? 'end' : 'start');
            const [left, right] = tick.anchor === 'start' ? [tick.x, tick.x + 3 + w] : [tick.x - 3 - w, tick.x];
            expect(left, `label "${tick.label}" clear of the one before`).to.be.at.least(lastRight + 8);
            lastRight = right;
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});
