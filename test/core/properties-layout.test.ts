/**
 * Property-based tests (fast-check) of placement: the horizontal timeline's rows and badges
 * (`indexEntries`, `layoutTimeline`, `densityBins` in layout.ts), hit testing (hit.ts) and the
 * vertical column (column.ts). For any input of the right type: every item in view is drawn or
 * counted exactly once, nothing drawn overlaps in a row, hit testing finds what is drawn, never a throw.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { axisX, compressedAxis } from '../../src/core/axis.js';
import { layoutColumn, type ColumnEntry, type ColumnOptions } from '../../src/core/column.js';
import { knownEnd, spanOf } from '../../src/core/dates.js';
import { hitTest, type HitBox } from '../../src/core/hit.js';
import { assignLanes } from '../../src/core/lanes.js';
import {
  DEFAULT_LAYOUT,
  densityBins,
  indexEntries,
  layoutTimeline,
  type LayoutEntry,
  type LayoutOptions,
  type TimelineLayout,
} from '../../src/core/layout.js';
import { niceDomain } from '../../src/core/scale.js';
import { eventsArb, firstClash, type Interval } from './properties-arbitraries.js';

/** Label widths: none, usual, and very long titles. */
const labelWidthArb = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 200 }), weight: 4 },
  { arbitrary: fc.constantFrom(0, 100_000), weight: 1 },
  { arbitrary: fc.double({ min: 0, max: 5000, noNaN: true }), weight: 1 },
);

/** Entries in abstract time (about -500 to 1500), crowded at a few instants, some long. */
const entriesArb = (laneCount: number, maxLength = 120) =>
  fc
    .array(
      fc.record({
        lane: fc.integer({ min: 0, max: laneCount - 1 }),
        start: fc.oneof(fc.integer({ min: -500, max: 1500 }), fc.constantFrom(0, 200, 201, 400)),
        length: fc.oneof(
          fc.constant(0),
          fc.integer({ min: 0, max: 30 }),
          fc.integer({ min: 0, max: 2000 }),
          fc.double({ min: 0, max: 50, noNaN: true }),
        ),
        labelWidth: fc.option(labelWidthArb, { nil: undefined, freq: 3 }),
      }),
      { maxLength, size: 'max' },
    )
    .map((list) =>
      list.map(({ lane, start, length, labelWidth }, i): LayoutEntry => ({
        id: `i${i}`,
        lane,
        start,
        end: start + length,
        ...(labelWidth === undefined ? {} : { labelWidth }),
      })),
    );

/** A monotonic position function: a zoom transform `k * t + x`, from far out to far in. */
const zoomArb = fc
  .tuple(
    fc.oneof(fc.constantFrom(1, 0.001, 0.1, 10, 1e6), fc.double({ min: 0.01, max: 20, noNaN: true })),
    fc.oneof(fc.constant(0), fc.integer({ min: -2000, max: 2000 })),
  )
  .map(([k, x]) => ({ k, x }));

const widthArb = fc.oneof(fc.constantFrom(0, 1, 400, 100_000), fc.integer({ min: 0, max: 2000 }));

// The sizes are sometimes left out, for the layout's defaults.
const layoutOptionsArb = (laneCount: number) =>
  fc.record(
    {
      width: widthArb,
      laneCount: fc.constant(laneCount),
      maxRows: fc.oneof(fc.constant(DEFAULT_LAYOUT.maxRows), fc.integer({ min: 0, max: 6 })),
      markWidth: fc.oneof(fc.constantFrom(DEFAULT_LAYOUT.markWidth, 0), fc.double({ min: 0, max: 30, noNaN: true })),
      gap: fc.oneof(fc.constant(DEFAULT_LAYOUT.gap), fc.integer({ min: 0, max: 12 })),
      badgeWidth: fc.oneof(fc.constant(DEFAULT_LAYOUT.badgeWidth), fc.integer({ min: 0, max: 60 })),
      expanded: fc.option(
        fc.subarray([...Array(laneCount).keys()]).map((l) => new Set(l)),
        { nil: undefined },
      ),
    },
    { requiredKeys: ['width', 'laneCount', 'expanded'] },
  );

/** `options` with the layout's defaults where it leaves a size out (or gives it as undefined). */
const withDefaults = (options: LayoutOptions) => ({
  ...options,
  maxRows: options.maxRows ?? DEFAULT_LAYOUT.maxRows,
  markWidth: options.markWidth ?? DEFAULT_LAYOUT.markWidth,
  gap: options.gap ?? DEFAULT_LAYOUT.gap,
  badgeWidth: options.badgeWidth ?? DEFAULT_LAYOUT.badgeWidth,
});

/** The label width the layout uses for an entry without its own. */
const measure = (e: LayoutEntry) => 20 + ((e.id.length * 37) % 90);

/**
 * Checks a layout against every promise of `layoutTimeline`, returning the boxes drawn per lane and row.
 */
function checkLayout(
  entries: readonly LayoutEntry[],
  x: (t: number) => number,
  options: LayoutOptions,
  layout: TimelineLayout,
) {
  const { width, laneCount, maxRows, markWidth, gap, badgeWidth, expanded } = withDefaults(options);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const labelWidth = (e: LayoutEntry) => e.labelWidth ?? options.labelWidth?.(e) ?? 0;

  // Every item in view is drawn or counted, exactly once; nothing else is.
  const inView = entries.filter((e) => x(e.end) >= 0 && x(e.start) <= width).map((e) => e.id);
  const shown = [...layout.items.map((p) => p.id), ...layout.badges.flatMap((b) => b.ids)];
  expect(shown.length, 'nothing drawn or counted twice').to.equal(new Set(shown).size);
  expect([...shown].sort(), 'every item in view drawn or counted').to.deep.equal([...inView].sort());

  expect(layout.lanes.length).to.equal(laneCount);
  const rows = new Map<string, Interval[]>();
  const row = (lane: number, r: number) => {
    const key = `${lane}/${r}`;
    if (!rows.has(key)) rows.set(key, []);
    return rows.get(key)!;
  };
  const badgeRow = new Map<number, number>();

  for (const p of layout.items) {
    const e = byId.get(p.id)!;
    expect(p.lane).to.equal(e.lane);
    expect(p.row).to.be.within(0, layout.lanes[p.lane]!.rows - 1);
    if (!expanded?.has(p.lane)) expect(p.row, 'at most maxRows rows and a badge row').to.be.at.most(maxRows);
    // The mark: the span, or a point mark centred on it.
    const [sx0, sx1] = [x(e.start), x(e.end)];
    expect(p.point).to.equal(sx1 - sx0 < markWidth);
    if (p.point) {
      expect(p.x1 - p.x0).to.be.closeTo(markWidth, 1e-9 * (Math.abs(p.x0) + 1));
      expect((p.x0 + p.x1) / 2).to.be.closeTo((sx0 + sx1) / 2, 1e-9 * (Math.abs(sx0) + 1));
    } else expect([p.x0, p.x1]).to.deep.equal([sx0, sx1]);
    // The label: inside a bar from its visible start, or beside the mark.
    const lw = labelWidth(e);
    if (p.labelSide === 'inside') {
      expect(p.point).to.equal(false);
      expect(p.labelX).to.equal(Math.max(p.x0, 0) + gap);
      const room = Math.min(p.x1, width) - gap;
      expect(p.labelX + lw, 'an inside label fits its bar').to.be.at.most(room + 1e-9 * (Math.abs(room) + lw));
    } else if (p.labelSide === 'right') expect(p.labelX).to.equal(p.x1 + gap);
    else expect(p.labelX).to.equal(p.x0 - gap - lw);
    row(p.lane, p.row).push({ lo: Math.min(p.x0, p.labelX), hi: Math.max(p.x1, p.labelX + lw), what: p.id });
  }

  layout.badges.forEach((b, i) => {
    expect(b.ids.length).to.be.at.least(1);
    const members = b.ids.map((id) => byId.get(id)!);
    expect(members.every((e) => e.lane === b.lane)).to.equal(true);
    expect(b.start).to.equal(Math.min(...members.map((e) => e.start)));
    expect(b.end).to.equal(Math.max(...members.map((e) => e.end)));
    expect(b.x).to.be.within(0, Math.max(width - badgeWidth, 0));
    expect(expanded?.has(b.lane) ?? false, 'an expanded lane has no badge').to.equal(false);
    expect(b.row, 'badges sit in the row after the labelled ones').to.equal(layout.lanes[b.lane]!.rows - 1);
    expect(badgeRow.get(b.lane) ?? b.row).to.equal(b.row);
    badgeRow.set(b.lane, b.row);
    row(b.lane, b.row).push({ lo: b.x, hi: b.x + badgeWidth, what: `#${i}` });
  });

  // Nothing drawn in a row comes closer than the gap to its neighbour; badges may only touch each other.
  for (const [key, boxes] of rows) {
    const items = boxes.filter((b) => !b.what.startsWith('#'));
    const clash = firstClash(items, gap);
    expect(clash, `row ${key}: ${JSON.stringify(clash)} closer than ${gap}`).to.equal(undefined);
    const badges = boxes.filter((b) => b.what.startsWith('#'));
    expect(firstClash(badges, 0), `row ${key}: badges overlap`).to.equal(undefined);
    for (const b of badges) {
      const near = items.find((it) => it.lo < b.hi + gap && b.lo < it.hi + gap);
      expect(near, `row ${key}: ${near?.what} touches badge ${b.what}`).to.equal(undefined);
    }
  }

  // Rows used: labelled rows plus one for badges; at least 1.
  layout.lanes.forEach((l, lane) => {
    const used = [...rows.keys()].filter((k) => k.startsWith(`${lane}/`)).map((k) => Number(k.split('/')[1]));
    expect(l.rows).to.equal(Math.max(1, used.length ? Math.max(...used) + 1 : 0));
  });

  // Items given a labelled row keep the index order: by lane, start, end, then the order given.
  const order = new Map(entries.map((e, i) => [e.id, i]));
  const key = (id: string) => {
    const e = byId.get(id)!;
    return [e.lane, e.start, e.end, order.get(id)!];
  };
  const labelled = layout.items.filter((p) => expanded?.has(p.lane) || p.row < badgeRowOf(layout, p.lane, maxRows));
  const before = (a: number[], b: number[]) => {
    const j = a.findIndex((v, n) => v !== b[n]);
    return j >= 0 && a[j]! < b[j]!;
  };
  labelled.slice(1).forEach((p, i) => {
    expect(before(key(labelled[i]!.id), key(p.id)), `${labelled[i]!.id} placed before ${p.id}`).to.equal(true);
  });
  // Inside a badge, items by the centre of their span, and those at one centre in that same order.
  const centred = (id: string) => {
    const e = byId.get(id)!;
    return [(x(e.start) + x(e.end)) / 2, ...key(id)];
  };
  for (const b of layout.badges)
    b.ids.slice(1).forEach((id, i) => {
      expect(before(centred(b.ids[i]!), centred(id)), `${b.ids[i]} counted before ${id}`).to.equal(true);
    });

  // An item left out of the labelled rows found no room in any: each row was in use, and the last
  // item given it (in index order) ends less than a gap before the item's mark and label would begin,
  // with its label on the side the rules give it (inside a bar that holds it, else right of the mark,
  // else left, else where there is more room).
  const placedAt = new Map(labelled.map((p) => [p.id, p]));
  const inset = options.startInset ?? 0;
  const boxStart = (e: LayoutEntry) => {
    const [sx0, sx1] = [x(e.start), x(e.end)];
    const point = sx1 - sx0 < markWidth;
    const c = (sx0 + sx1) / 2;
    const [x0, x1] = point ? [c - markWidth / 2, c + markWidth / 2] : [sx0, sx1];
    const lw = labelWidth(e);
    const inside = !point && Math.min(x1, width) - Math.max(x0, inset) >= lw + gap + gap;
    const right = inside || x1 + (lw + gap) <= width || (x0 - (lw + gap) < 0 && width - x1 >= x0);
    return right ? x0 : Math.min(x0, x0 - gap - lw);
  };
  for (let lane = 0; lane < laneCount; lane++) {
    if (expanded?.has(lane)) continue;
    const ends: number[] = [];
    const inLane = entries
      .filter((e) => e.lane === lane && inView.includes(e.id))
      .sort((a, b) => a.start - b.start || a.end - b.end || order.get(a.id)! - order.get(b.id)!);
    for (const e of inLane) {
      const p = placedAt.get(e.id);
      if (p) {
        ends[p.row] = Math.max(p.x1, p.labelX + labelWidth(e));
        continue;
      }
      expect(ends.length, `${e.id} left out while a row was free`).to.equal(maxRows);
      const start = boxStart(e);
      ends.forEach((end, r) => expect(end + gap > start, `${e.id} left out, but row ${r} had room`).to.equal(true));
    }
  }
  return rows;
}

/** The row a lane's overflow goes to: after its labelled rows (`maxRows` of them when it overflows). */
function badgeRowOf(layout: TimelineLayout, lane: number, maxRows: number): number {
  return layout.items.some((p) => p.lane === lane && p.row === maxRows) || layout.badges.some((b) => b.lane === lane)
    ? maxRows
    : Infinity;
}

describe('layoutTimeline, for any input (fast-check)', () => {
  const input = fc
    .integer({ min: 1, max: 4 })
    .chain((laneCount) =>
      fc.tuple(entriesArb(laneCount), layoutOptionsArb(laneCount), zoomArb, fc.boolean(), fc.boolean()),
    );

  it('never lets an item moved into the badge row overlap one moved in before a badge of no width (found by fast-check)', () => {
    const entries = [
      { id: 'i0', lane: 0, start: 0, end: 1 },
      { id: 'i1', lane: 0, start: 0, end: 5e-324 },
      { id: 'i2', lane: 0, start: 0, end: 1 },
    ];
    const options = { width: 0, laneCount: 1, maxRows: 0, markWidth: 0, gap: 0, badgeWidth: 0 } as LayoutOptions;
    const x = (t: number) => t;
    checkLayout(entries, x, options, layoutTimeline(entries, x, options));
  });

  it('draws or counts every item in view once, never overlapping in a row, whatever the crowding', () => {
    fc.assert(
      fc.property(input, ([entries, opts, { k, x: tx }, useIndex, lazy]) => {
        const x = (t: number) => k * t + tx;
        const options: LayoutOptions = { ...opts, ...(lazy ? { labelWidth: measure } : {}) };
        const given = useIndex ? indexEntries(entries, options.laneCount) : entries;
        const layout = layoutTimeline(given, x, options);
        checkLayout(entries, x, options, layout);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same layout from an index or the entries, with labels measured or given, call after call', () => {
    fc.assert(
      fc.property(input, entriesArb(1, 400), ([entries, opts, { k, x: tx }], other) => {
        const x = (t: number) => k * t + tx;
        const options: LayoutOptions = { ...opts, labelWidth: measure };
        const first = layoutTimeline(entries, x, options);
        // A layout of other entries in between must not disturb the next (scratch space is reused).
        layoutTimeline(other, x, { ...DEFAULT_LAYOUT, width: 1000, laneCount: 1 });
        expect(layoutTimeline(indexEntries(entries, options.laneCount), x, options)).to.deep.equal(first);
        const measured = entries.map((e) => ({ ...e, labelWidth: e.labelWidth ?? measure(e) }));
        expect(layoutTimeline(measured, x, opts)).to.deep.equal(first);
      }),
      { numRuns: 300 },
    );
  });

  it('lays out real dates on a compressed axis at any zoom, items at the limits of the years included', () => {
    const input = fc.tuple(
      eventsArb({ maxLength: 60, maxActors: 5 }),
      fc.constantFrom('category' as const, 'actor' as const, 'none' as const),
      widthArb,
      fc.oneof(fc.constantFrom(1, 10, 1e3, 1e6, 1e9), fc.double({ min: 1, max: 100, noNaN: true })),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 0, max: 5 }),
    );
    fc.assert(
      fc.property(input, ([events, groupBy, width, k, at, maxRows]) => {
        const { lanes, laneIndex } = assignLanes(events, groupBy);
        const end = knownEnd(events.map((e) => e.when)) ?? 0;
        const entries: LayoutEntry[] = [];
        events.forEach((e, i) => {
          const s = spanOf(e.when, end);
          if (s)
            entries.push({ id: e.id, lane: laneIndex[i]!, start: s.start, end: s.end, labelWidth: e.title.length });
        });
        if (entries.length === 0) return;
        const domain = niceDomain(Math.min(...entries.map((e) => e.start)), end);
        const axis = compressedAxis(
          entries.map((e) => ({ start: e.start, end: e.end })),
          domain,
          [0, width],
        );
        const tx = -k * at * width + (at * width) / 2;
        const x = (t: number) => k * axisX(axis, t) + tx;
        const options = { ...DEFAULT_LAYOUT, width, laneCount: lanes.length, maxRows };
        checkLayout(entries, x, options, layoutTimeline(indexEntries(entries, lanes.length), x, options));
      }),
      { numRuns: 300 },
    );
  });

  it('hit testing the drawn layout finds each item under its mark and each badge under its count', () => {
    const ROW = 20;
    fc.assert(
      fc.property(input, ([entries, opts, { k, x: tx }]) => {
        const x = (t: number) => k * t + tx;
        const options: LayoutOptions = { ...opts, labelWidth: measure };
        const layout = layoutTimeline(entries, x, options);
        const { badgeWidth, gap } = withDefaults(options);
        const top = layout.lanes.map((_, l) => layout.lanes.slice(0, l).reduce((s, r) => s + r.rows * ROW, 0));
        const lw = (id: string) => {
          const e = entries.find((en) => en.id === id)!;
          return e.labelWidth ?? measure(e);
        };
        const boxes: HitBox[] = [
          ...layout.items.map((p) => ({
            key: p.id,
            x0: Math.min(p.x0, p.labelX),
            x1: Math.max(p.x1, p.labelX + lw(p.id)),
            y0: top[p.lane]! + p.row * ROW,
            y1: top[p.lane]! + p.row * ROW + ROW - 1,
          })),
          ...layout.badges.map((b, i) => ({
            key: `#${i}`,
            x0: b.x,
            x1: b.x + badgeWidth,
            y0: top[b.lane]! + b.row * ROW,
            y1: top[b.lane]! + b.row * ROW + ROW - 1,
          })),
        ];
        for (const p of layout.items) {
          const y = top[p.lane]! + p.row * ROW + ROW / 2;
          const hit = hitTest(boxes, (p.x0 + p.x1) / 2, y);
          // Boxes in a row are apart by the gap: with a gap, the item itself; with none, it or a
          // neighbour it touches at that very point.
          if (gap > 0) expect(hit, `hit under ${p.id}`).to.equal(p.id);
          else expect(hit).to.not.equal(undefined);
        }
        layout.badges.forEach((b, i) => {
          const hit = hitTest(boxes, b.x + badgeWidth / 2, top[b.lane]! + b.row * ROW + ROW / 2);
          if (badgeWidth > 0 && gap > 0) expect(hit, `hit under badge ${i}`).to.equal(`#${i}`);
        });
        // Above and below the chart, nothing.
        expect(hitTest(boxes, 10, -1)).to.equal(undefined);
      }),
      { numRuns: 300 },
    );
  });
});

describe('indexEntries and densityBins, for any input (fast-check)', () => {
  const input = fc
    .integer({ min: 1, max: 5 })
    .chain((laneCount) => fc.tuple(fc.constant(laneCount), entriesArb(laneCount, 150)));

  it('indexEntries sorts stably by lane, start and end, with lane bounds and running maximum ends', () => {
    fc.assert(
      fc.property(input, fc.boolean(), ([laneCount, entries], presorted) => {
        const given = presorted ? [...entries].sort((a, b) => a.start - b.start || a.end - b.end) : entries;
        const index = indexEntries(given, laneCount);
        const want = given
          .map((e, i) => ({ e, i }))
          .sort((a, b) => a.e.lane - b.e.lane || a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i)
          .map((o) => o.e);
        expect(index.entries).to.deep.equal(want);
        expect(index.laneStart.length).to.equal(laneCount + 1);
        expect(index.laneStart[0]).to.equal(0);
        expect(index.laneStart[laneCount]).to.equal(given.length);
        for (let l = 0; l < laneCount; l++) {
          let max = -Infinity;
          for (let i = index.laneStart[l]!; i < index.laneStart[l + 1]!; i++) {
            expect(index.entries[i]!.lane).to.equal(l);
            max = Math.max(max, index.entries[i]!.end);
            expect(index.maxEnd[i]).to.equal(max);
          }
        }
        // What a frame reads in a row: each entry's start, end and id by index.
        expect([...index.starts]).to.deep.equal(want.map((e) => e.start));
        expect([...index.ends]).to.deep.equal(want.map((e) => e.end));
        expect(index.ids).to.deep.equal(want.map((e) => e.id));
      }),
      { numRuns: 500 },
    );
  });

  it('densityBins counts every item in view in each bin its span covers', () => {
    fc.assert(
      fc.property(
        input,
        zoomArb,
        widthArb,
        // Powers of two: bins edges and positions divide exactly, so the model's bins are the layout's.
        fc.constantFrom(2, 0.5, 1, 4, 8, 32),
        ([laneCount, entries], { k, x: tx }, width, binWidth) => {
          const x = (t: number) => k * t + tx;
          const bins = densityBins(indexEntries(entries, laneCount), x, width, binWidth);
          const n = Math.ceil(width / binWidth);
          expect(bins.length).to.equal(laneCount);
          for (let lane = 0; lane < laneCount; lane++) {
            const want = new Array<number>(n).fill(0);
            for (const e of entries.filter((en) => en.lane === lane)) {
              const [x0, x1] = [x(e.start), x(e.end)];
              if (x1 < 0 || x0 > width) continue;
              for (let j = 0; j < n; j++) if (x1 >= j * binWidth && x0 < (j + 1) * binWidth) want[j]!++;
            }
            expect([...bins[lane]!], `lane ${lane}`).to.deep.equal(want);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
  it('layoutTimeline with a bin width counts the same bins as densityBins, in its own pass', () => {
    fc.assert(
      fc.property(
        input,
        zoomArb,
        widthArb,
        fc.constantFrom(2, 0.5, 1, 4, 8, 32),
        fc.boolean(),
        ([laneCount, entries], { k, x: tx }, width, binWidth, open) => {
          const x = (t: number) => k * t + tx;
          const index = indexEntries(entries, laneCount);
          const options = { ...DEFAULT_LAYOUT, width, laneCount, expanded: new Set(open ? [0] : []) };
          const { density, ...placed } = layoutTimeline(index, x, { ...options, binWidth });
          expect(density).to.deep.equal(densityBins(index, x, width, binWidth));
          // Counting changes nothing else, and without a bin width there is nothing counted.
          const plain = layoutTimeline(index, x, options);
          expect(plain.density).to.equal(undefined);
          expect(placed).to.deep.equal(plain);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('densityBins answers a bin width that makes no bins, or too many to hold, with empty bins or a RangeError', () => {
    fc.assert(
      fc.property(
        input,
        fc.constantFrom(0, -2, NaN, 1e-300, -Infinity),
        widthArb,
        ([laneCount, entries], bw, width) => {
          let bins: Uint32Array[];
          try {
            bins = densityBins(indexEntries(entries, laneCount), (t) => t, width, bw);
          } catch (e) {
            expect(e).to.be.instanceOf(RangeError);
            return;
          }
          expect(bins.length).to.equal(laneCount);
          for (const lane of bins) expect(lane.length).to.equal(Math.max(0, Math.ceil(width / bw)) || 0);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('hitTest, for any input (fast-check)', () => {
  it('finds the last box listed that holds the point, and only such a box', () => {
    const coord = fc.integer({ min: -50, max: 150 });
    const box = fc
      .tuple(coord, coord, fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 40 }))
      .map(([x0, y0, w, h]) => ({ x0, y0, x1: x0 + w, y1: y0 + h }));
    fc.assert(
      fc.property(fc.array(box, { maxLength: 40, size: 'max' }), coord, coord, (list, x, y) => {
        const boxes = list.map((b, i) => ({ ...b, key: `k${i}` }));
        const hit = hitTest(boxes, x, y);
        const holding = boxes.filter((b) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1);
        expect(hit).to.equal(holding.length ? holding[holding.length - 1]!.key : undefined);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('layoutColumn, for any input (fast-check)', () => {
  const columnInput = fc
    .tuple(
      fc.array(
        fc.record({
          start: fc.oneof(fc.integer({ min: -300, max: 600 }), fc.constantFrom(0, 95, 100, 101)),
          length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 800 })),
        }),
        { maxLength: 150, size: 'max' },
      ),
      fc.record({
        height: fc.oneof(fc.constantFrom(0, 1, 100, 100_000), fc.integer({ min: 0, max: 1200 })),
        rowHeight: fc.oneof(fc.constant(20), fc.integer({ min: 1, max: 60 })),
        maxShift: fc.oneof(fc.constantFrom(0, 30, Infinity), fc.integer({ min: 0, max: 300 })),
      }),
      fc.oneof(
        fc.constantFrom({ k: 1, y: 0 }),
        fc.record({
          k: fc.oneof(fc.constantFrom(0.001, 1e6), fc.double({ min: 0.05, max: 20, noNaN: true })),
          y: fc.integer({ min: -2000, max: 2000 }),
        }),
      ),
      fc.array(fc.nat(150), { maxLength: 10 }),
    )
    .map(([list, options, zoom, open]) => {
      const entries: ColumnEntry[] = list
        .map(({ start, length }) => ({ start, end: start + length }))
        .sort((a, b) => a.start - b.start)
        .map((e, i) => ({ id: `c${i}`, ...e }));
      const unfolded = open.length ? new Set(open) : undefined;
      return { entries, options: { ...options, ...(unfolded ? { unfolded } : {}) } as ColumnOptions, zoom };
    });

  it('labels or counts every item in view once, rows apart and inside the view, labels near their marks', () => {
    fc.assert(
      fc.property(columnInput, ({ entries, options, zoom }) => {
        const { height, rowHeight, maxShift, unfolded } = options;
        const y = (t: number) => zoom.k * t + zoom.y;
        const { items, badges } = layoutColumn(entries, y, options);

        const inView = entries.filter((e) => y(e.end) >= 0 && y(e.start) <= height).map((e) => e.id);
        const shown = [...items.map((i) => i.id), ...badges.flatMap((b) => b.ids)];
        expect(shown.length, 'nothing labelled or counted twice').to.equal(new Set(shown).size);
        expect([...shown].sort(), 'every item in view labelled or counted').to.deep.equal([...inView].sort());

        const byId = new Map(entries.map((e, i) => [e.id, { e, i }]));
        for (const item of items) {
          const { e, i } = byId.get(item.id)!;
          expect([item.y0, item.y1]).to.deep.equal([y(e.start), y(e.end)]);
          const anchor = Math.max(item.y0, 0);
          expect(item.labelY, 'a label is never above its mark').to.be.at.least(anchor);
          if (!unfolded?.has(i))
            expect(item.labelY, 'a label at most maxShift past its mark').to.be.at.most(
              Math.max(anchor, item.y1) + maxShift,
            );
        }
        for (const b of badges) {
          expect(b.ids.length).to.be.at.least(1);
          const members = b.ids.map((id) => byId.get(id)!.e);
          expect(b.start).to.equal(Math.min(...members.map((e) => e.start)));
          expect(b.end).to.equal(Math.max(...members.map((e) => e.end)));
        }
        // Label rows and badges, in order down the column, are a row apart and inside the view.
        const rows = [...items.map((i) => i.labelY), ...badges.map((b) => b.y)].sort((p, q) => p - q);
        // (Up to rounding: a row is placed at the floor left by the one above plus half a row.)
        const eps = (r: number) => 1e-9 * (Math.abs(r) + rowHeight);
        rows.slice(1).forEach((r, i) => expect(r - rows[i]!, 'rows never overlap').to.be.at.least(rowHeight - eps(r)));
        expect(
          items.map((i) => i.labelY),
          'labels in time order',
        ).to.deep.equal([...items.map((i) => i.labelY)].sort((p, q) => p - q));
        if (height >= rowHeight)
          for (const r of rows)
            expect(r, 'a row inside the view').to.be.within(rowHeight / 2 - eps(r), height - rowHeight / 2 + eps(r));
      }),
      { numRuns: 1000 },
    );
  });
});
