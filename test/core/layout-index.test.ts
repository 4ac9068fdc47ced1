import { expect } from '@open-wc/testing';
import { hitTest } from '../../src/core/hit.js';
import {
  DEFAULT_LAYOUT,
  densityBins,
  indexEntries,
  layoutTimeline,
  spanOrder,
  type LayoutEntry,
} from '../../src/core/layout.js';

const identity = (t: number) => t;
const entry = (id: string, start: number, end: number, lane = 0, labelWidth?: number): LayoutEntry => ({
  id,
  lane,
  start,
  end,
  ...(labelWidth === undefined ? {} : { labelWidth }),
});

describe('indexEntries', () => {
  it('sorts by lane, start, end and given order, with each lane running maximum end', () => {
    const index = indexEntries(
      [entry('b', 5, 9, 1), entry('a', 0, 50, 0), entry('c', 10, 12, 0), entry('d', 5, 6, 1), entry('e', 5, 6, 1)],
      3,
    );
    expect(index.entries.map((e) => e.id)).to.deep.equal(['a', 'c', 'd', 'e', 'b']);
    expect([...index.laneStart]).to.deep.equal([0, 2, 5, 5]);
    expect([...index.maxEnd]).to.deep.equal([50, 50, 6, 6, 9]);
  });

  it('keeps every entry once when entries in time order name a lane that is not a whole number', () => {
    // (Entries in time order are counted into their lanes: a lane of 0.5 has no count, and must not
    // drop its entry or repeat another.)
    const index = indexEntries([entry('a', 0, 1, 0), entry('b', 2, 3, 0.5), entry('c', 4, 5, 1)], 2);
    expect(index.entries.map((e) => e.id).sort()).to.deep.equal(['a', 'b', 'c']);
    expect([...index.ids].sort()).to.deep.equal(['a', 'b', 'c']);
  });
});

describe('spanOrder', () => {
  const DAY = 86_400_000;
  /** The order by start, end, then index, as a plain comparison sort gives it. */
  const expected = (starts: number[], ends: number[]) =>
    starts.map((_, i) => i).sort((a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]! || a - b);
  const order = (starts: number[], ends: number[]) => [
    ...spanOrder(Float64Array.from(starts), Float64Array.from(ends)),
  ];
  /** A seeded generator, so a failure can be reproduced. */
  const random = (seed: number) => () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;

  it('orders by start, then end, then given order', () => {
    const starts = [3, 1, 3, 1, 2, 3].map((d) => d * DAY);
    const ends = [5, 4, 4, 2, 9, 4].map((d) => d * DAY);
    expect(order(starts, ends)).to.deep.equal([3, 1, 4, 2, 5, 0]);
  });

  it('agrees with a comparison sort on whole days (pre-1970 too), crowded days, stray instants and days far apart', () => {
    const next = random(7);
    const cases: [string, () => number][] = [
      ['days', () => Math.floor(next() * 400 - 200) * DAY],
      ['three crowded days', () => Math.floor(next() * 3) * DAY],
      ['instants', () => Math.floor(next() * 1e9)],
      ['days centuries apart', () => Math.floor(next() * 700_000 - 350_000) * DAY],
    ];
    for (const [name, start] of cases)
      for (const n of [0, 1, 2, 40, 700]) {
        const starts = Array.from({ length: n }, start);
        const ends = starts.map((s) => s + Math.floor(next() * 4) * DAY);
        expect(order(starts, ends), `${name}, ${n}`).to.deep.equal(expected(starts, ends));
      }
  });
});

describe('layoutTimeline on an index', () => {
  const options = { ...DEFAULT_LAYOUT, width: 400, laneCount: 1 };

  it('gives the same layout as from the entries, and measures only labels that may get a row', () => {
    // Twenty point items a pixel apart: four fit in rows, the rest crowd into badges.
    const entries = Array.from({ length: 20 }, (_, i) => entry(`i${i}`, 100 + i, 100 + i));
    const measured: string[] = [];
    const labelWidth = (e: LayoutEntry) => (measured.push(e.id), 40);
    const lazy = layoutTimeline(indexEntries(entries, 1), identity, { ...options, labelWidth });
    const eager = layoutTimeline(
      entries.map((e) => ({ ...e, labelWidth: 40 })),
      identity,
      options,
    );
    expect(lazy).to.deep.equal(eager);
    expect(lazy.items.map((p) => p.id)).to.deep.equal(['i0', 'i1', 'i2', 'i3']);
    expect(lazy.badges.map((b) => b.ids.length)).to.deep.equal([16]);
    // The first four took a row; once every row reaches past a mark, no label is measured for it.
    expect(measured).to.deep.equal(['i0', 'i1', 'i2', 'i3']);
  });

  it('skips items wholly before the view without looking at each one, and keeps a long one in view', () => {
    // Fifty items ending before the left edge, then a long one starting later that runs into view.
    const entries = [
      entry('long', -500, 350),
      ...Array.from({ length: 50 }, (_, i) => entry(`old${i}`, -900 + i, -800)),
    ];
    const seen = new Set<number>();
    const x = (t: number) => (seen.add(t), t);
    const { items } = layoutTimeline(indexEntries(entries, 1), x, { ...options, labelWidth: () => 40 });
    expect(items.map((p) => p.id)).to.deep.equal(['long']);
    // Binary search over the running maximum end: far fewer positions asked for than items.
    expect(seen.size).to.be.lessThan(20);
  });

  it('keeps every item in view once, in a row or a badge, however many overflow, call after call', () => {
    // Thousands of items over three lanes: far more overflow than the layout's first scratch space,
    // which it reuses from call to call, so a small layout in between must not disturb a large one.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const many = Array.from({ length: 3000 }, (_, i) => {
      const start = Math.floor(random() * 1200) - 100;
      return entry(`m${i}`, start, start + (random() < 0.2 ? Math.floor(random() * 80) : 0), i % 3);
    });
    const index = indexEntries(many, 3);
    const opts = { ...options, width: 1000, laneCount: 3, labelWidth: (e: LayoutEntry) => 20 + (e.id.length % 4) * 9 };
    const first = layoutTimeline(index, identity, opts);
    layoutTimeline(indexEntries([entry('x', 5, 5)], 1), identity, { ...opts, laneCount: 1 });
    expect(layoutTimeline(index, identity, opts)).to.deep.equal(first);

    const inView = many.filter((e) => e.end >= 0 && e.start <= 1000).map((e) => e.id);
    const shown = [...first.items.map((p) => p.id), ...first.badges.flatMap((b) => b.ids)];
    expect(shown.length).to.equal(inView.length);
    expect(new Set(shown)).to.deep.equal(new Set(inView));
    expect(first.badges.reduce((n, b) => n + b.ids.length, 0)).to.be.greaterThan(1000);
    for (let lane = 0; lane < 3; lane++) {
      const badges = first.badges.filter((b) => b.lane === lane);
      badges.slice(1).forEach((b, i) => expect(b.x).to.be.at.least(badges[i]!.x + options.badgeWidth));
      for (const b of badges) {
        const members = many.filter((e) => b.ids.includes(e.id));
        expect(b.start).to.equal(Math.min(...members.map((e) => e.start)));
        expect(b.end).to.equal(Math.max(...members.map((e) => e.end)));
      }
    }
  });

  // Overflow comes in start order and is grouped into badges by centre: nearly in order (sorted by
  // moving a few items), or, for spans whose centres run backwards, in no useful order at all.
  for (const [name, count, span] of [
    ['nearly in centre order', 200, (i: number): [number, number] => [i * 3, i * 3 + (i % 5 === 0 ? 40 : 0)]],
    ['in reverse centre order', 300, (i: number): [number, number] => [i, 2000 - 5 * i]],
  ] as const) {
    it(`badges overflow by centre, ties in the order met, when it comes ${name}`, () => {
      // Four wide labels take every row from the start, so everything after them overflows; each span
      // is given twice (ties: the same centre).
      const blockers = Array.from({ length: 4 }, (_, i) => entry(`row${i}`, 0, 0, 0, 3000));
      const spans = Array.from({ length: count }, (_, i) => span(i));
      const rest = spans.flatMap(([a, b], i) => [entry(`i${i}a`, a + 1, b + 1), entry(`i${i}b`, a + 1, b + 1)]);
      const layout = layoutTimeline(indexEntries([...blockers, ...rest], 1), identity, { ...options, width: 3000 });
      expect(layout.items.map((p) => p.id)).to.deep.equal(['row0', 'row1', 'row2', 'row3']);
      const center = (e: LayoutEntry) => (e.start + e.end) / 2;
      const byCentre = rest
        .map((e, met) => ({ e, met }))
        .sort((p, q) => center(p.e) - center(q.e) || p.met - q.met)
        .map(({ e }) => e.id);
      expect(layout.badges.flatMap((b) => b.ids)).to.deep.equal(byCentre);
      // Each badge starts at its first member's centre less half a badge (held inside the view): the
      // clusters follow centres.
      for (const b of layout.badges)
        expect(b.x).to.equal(Math.max(0, center(rest.find((e) => e.id === b.ids[0])!) - options.badgeWidth / 2));
    });
  }
});

describe('densityBins', () => {
  it('counts every item in view per bin, a span in each bin it covers', () => {
    const index = indexEntries(
      [entry('a', 0, 0), entry('b', 1, 1), entry('c', 3, 6), entry('d', -5, -1), entry('e', 9, 9, 1)],
      2,
    );
    const [lane0, lane1] = densityBins(index, identity, 10, 2);
    expect([...lane0!]).to.deep.equal([2, 1, 1, 1, 0]);
    expect([...lane1!]).to.deep.equal([0, 0, 0, 0, 1]);
  });

  it('follows the zoom through the position function', () => {
    const index = indexEntries([entry('a', 0, 0), entry('b', 1, 1)], 1);
    const [bins] = densityBins(index, (t) => t * 4, 10, 2);
    expect([...bins!]).to.deep.equal([1, 0, 1, 0, 0]);
  });
});

describe('hitTest', () => {
  const boxes = [
    { key: 'a', x0: 0, x1: 50, y0: 0, y1: 20 },
    { key: 'b', x0: 60, x1: 100, y0: 0, y1: 20 },
    { key: '#0', x0: 40, x1: 70, y0: 10, y1: 30 },
  ];
  it('finds the box under a point, the last drawn on top', () => {
    expect(hitTest(boxes, 10, 10)).to.equal('a');
    expect(hitTest(boxes, 80, 5)).to.equal('b');
    expect(hitTest(boxes, 45, 15)).to.equal('#0');
    expect(hitTest(boxes, 55, 5)).to.equal(undefined);
    expect(hitTest(boxes, 10, 25)).to.equal(undefined);
  });
});
