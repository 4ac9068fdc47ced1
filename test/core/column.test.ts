import { expect } from '@open-wc/testing';
import { layoutColumn, type ColumnEntry } from '../../src/core/column.js';

const at = (id: string, start: number, end = start): ColumnEntry => ({ id, start, end });
const identity = (t: number) => t;
const options = { height: 200, rowHeight: 20, maxShift: 30 };

describe('layoutColumn', () => {
  it('labels items at their time, pushes crowded ones down, and counts what would drift too far', () => {
    const { items, badges } = layoutColumn(
      [
        at('gone', -10, -5),
        at('a', 0),
        at('b', 5),
        at('c', 10),
        at('d', 12),
        at('e', 100),
        at('f', 101),
        at('g', 102),
        at('h', 103),
        at('later', 250),
      ],
      identity,
      options,
    );
    expect(items.map((i) => [i.id, i.labelY])).to.deep.equal([
      ['a', 10],
      ['b', 30],
      ['e', 100],
      ['f', 120],
    ]);
    expect(badges.map((b) => [b.y, b.ids, b.start, b.end])).to.deep.equal([
      [50, ['c', 'd'], 10, 12],
      [140, ['g', 'h'], 102, 103],
    ]);
  });

  it('keeps a long span that starts above the view, labelled at the top', () => {
    const { items } = layoutColumn([at('war', -500, 150), at('b', 60)], identity, options);
    expect(items).to.deep.equal([
      { id: 'war', y0: -500, y1: 150, labelY: 10 },
      { id: 'b', y0: 60, y1: 60, labelY: 60 },
    ]);
  });

  it('never overlaps two rows, and labels or counts every item in view, for any crowding', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const entries = Array.from({ length: 500 }, (_, i) => at(`i${i}`, Math.floor(random() * 260) - 30)).sort(
      (p, q) => p.start - q.start,
    );
    const { items, badges } = layoutColumn(entries, identity, options);
    const rows = [...items.map((i) => i.labelY), ...badges.map((b) => b.y)].sort((p, q) => p - q);
    rows.slice(1).forEach((r, i) => expect(r - rows[i]!).to.be.at.least(options.rowHeight));
    for (const r of rows)
      expect(r, 'a row inside the view').to.be.within(options.rowHeight / 2, options.height - options.rowHeight / 2);
    for (const i of items) expect(i.labelY - Math.max(i.y0, 0)).to.be.within(0, options.maxShift);
    const shown = new Set([...items.map((i) => i.id), ...badges.flatMap((b) => b.ids)]);
    const inView = entries.filter((e) => e.end >= 0 && e.start <= options.height).map((e) => e.id);
    expect(shown.size).to.equal(inView.length);
    expect([...shown].sort()).to.deep.equal([...inView].sort());
  });

  it('labels items of one day anywhere along the day, once zoomed in far enough for it to hold them', () => {
    // Six items dated the same day: at 40 px a day, three fit its span and the shift; at 200 px, all.
    const day = (px: number) => ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => at(id, 20, 20 + px));
    const narrow = layoutColumn(day(40), identity, { ...options, maxShift: 10 });
    expect(narrow.items.map((i) => [i.id, i.labelY])).to.deep.equal([
      ['a', 20],
      ['b', 40],
      ['c', 60],
    ]);
    expect(narrow.badges.map((b) => [b.y, b.ids])).to.deep.equal([[80, ['d', 'e', 'f']]]);
    const wide = layoutColumn(day(200), identity, { ...options, height: 400, maxShift: 10 });
    expect(wide.items.map((i) => i.labelY)).to.deep.equal([20, 40, 60, 80, 100, 120]);
    expect(wide.badges).to.deep.equal([]);
  });

  it('gives the items the reader opened a row however far it is from their marks', () => {
    const points = ['a', 'b', 'c', 'd'].map((id) => at(id, 40));
    const shut = layoutColumn(points, identity, { ...options, maxShift: 0 });
    expect(shut.items.map((i) => i.id)).to.deep.equal(['a']);
    const open = layoutColumn(points, identity, { ...options, maxShift: 0, unfolded: new Set([1, 2, 3]) });
    expect(open.items.map((i) => [i.id, i.labelY])).to.deep.equal([
      ['a', 40],
      ['b', 60],
      ['c', 80],
      ['d', 100],
    ]);
    expect(open.badges).to.deep.equal([]);
  });

  it('keeps every row inside the view: at its foot, the lowest label gives its row up to a badge', () => {
    // Rows of 20 px in a 100 px view hold five rows; the sixth item and after are counted.
    const entries = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id, i) => at(id, 50 + i, 100));
    const { items, badges } = layoutColumn(entries, identity, { ...options, height: 100, maxShift: 100 });
    expect(items.map((i) => [i.id, i.labelY])).to.deep.equal([
      ['a', 50],
      ['b', 70],
    ]);
    expect(badges.map((b) => [b.y, b.ids, b.start, b.end])).to.deep.equal([[90, ['c', 'd', 'e', 'f', 'g'], 52, 100]]);
    // A mark in the lowest half row: its badge is raised into the view and takes in what comes after.
    const points = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => at(id, 95));
    const foot = layoutColumn(points, identity, { ...options, height: 100, maxShift: 0 });
    expect(foot.items).to.deep.equal([]);
    expect(foot.badges.map((b) => [b.y, b.ids])).to.deep.equal([[90, ['a', 'b', 'c', 'd', 'e', 'f', 'g']]]);
  });
});
