import { expect } from '@open-wc/testing';
import { DEFAULT_LAYOUT, layoutTimeline, type LayoutEntry } from '../../src/core/layout.js';

const entry = (id: string, start: number, end: number, labelWidth = 40, lane = 0): LayoutEntry => ({
  id,
  lane,
  start,
  end,
  labelWidth,
});
const identity = (t: number) => t;
const options = { ...DEFAULT_LAYOUT, width: 400, laneCount: 1 };

describe('layoutTimeline', () => {
  it('puts a label inside a bar that holds it', () => {
    const { items, badges, lanes } = layoutTimeline([entry('a', 100, 200)], identity, options);
    expect(items).to.deep.equal([
      { id: 'a', lane: 0, row: 0, x0: 100, x1: 200, point: false, labelSide: 'inside', labelX: 106 },
    ]);
    expect(badges).to.deep.equal([]);
    expect(lanes).to.deep.equal([{ rows: 1 }]);
  });

  it('puts the label of a bar too short to hold it beside the bar', () => {
    const { items } = layoutTimeline([entry('a', 100, 130)], identity, options);
    expect(items[0]).to.deep.include({ labelSide: 'right', labelX: 136 });
    const atEdge = layoutTimeline([entry('b', 360, 395)], identity, options).items[0];
    expect(atEdge).to.deep.include({ labelSide: 'left', labelX: 360 - 6 - 40 });
  });

  it('labels a bar cut by the left edge inside from the edge', () => {
    const { items } = layoutTimeline([entry('a', -300, 120)], identity, options);
    expect(items[0]).to.deep.include({ labelSide: 'inside', labelX: 6 });
  });

  it('draws a span narrower than a mark as a point centred on it', () => {
    const { items } = layoutTimeline([entry('a', 100, 102)], identity, options);
    expect(items[0]).to.deep.include({ x0: 96, x1: 106, point: true, labelX: 112 });
  });

  it('flips the label to the left at the right edge', () => {
    const { items } = layoutTimeline([entry('a', 390, 391)], identity, options);
    expect(items[0]).to.deep.include({ labelSide: 'left', x0: 385.5, x1: 395.5, labelX: 385.5 - 6 - 40 });
  });

  it('stacks items whose mark and label would touch into the next row', () => {
    const { items } = layoutTimeline([entry('a', 0, 10), entry('b', 30, 40), entry('c', 70, 80)], identity, options);
    // a's box ends at 56 (label 16..56); b starts at 30: new row. c starts at 70 >= 56 + 6: back in row 0.
    expect(items.map((i) => [i.id, i.row])).to.deep.equal([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
  });

  it('counts items with no room in a badge instead of dropping them', () => {
    const crowd = Array.from({ length: 7 }, (_, i) => entry(`e${i}`, 200, 201));
    const { items, badges, lanes } = layoutTimeline(crowd, identity, options);
    expect(items.map((i) => i.id)).to.deep.equal(['e0', 'e1', 'e2', 'e3']);
    expect(items.map((i) => i.row)).to.deep.equal([0, 1, 2, 3]);
    expect(badges).to.deep.equal([{ lane: 0, row: 4, x: 185.5, ids: ['e4', 'e5', 'e6'], start: 200, end: 201 }]);
    expect(lanes).to.deep.equal([{ rows: 5 }]);
  });

  it('draws an item alone in the badge row as itself when its label has room', () => {
    const crowd = [...Array.from({ length: 4 }, (_, i) => entry(`e${i}`, 200, 201)), entry('alone', 200, 201)];
    const { items, badges, lanes } = layoutTimeline(crowd, identity, options);
    expect(badges).to.deep.equal([]);
    expect(items.find((i) => i.id === 'alone')).to.deep.include({ row: 4, labelSide: 'right' });
    expect(lanes).to.deep.equal([{ rows: 5 }]);
  });

  it('keeps a lone overflow item in a badge when its label would touch a neighbouring badge', () => {
    const crowd = [
      ...Array.from({ length: 4 }, (_, i) => entry(`a${i}`, 100, 101)),
      entry('alone', 100, 101),
      ...Array.from({ length: 6 }, (_, i) => entry(`b${i}`, 160, 161)),
    ];
    const { badges } = layoutTimeline(crowd, identity, options);
    // The a labels end at 151.5, so every b overflows too; alone's label would reach into the b badge.
    expect(badges.map((b) => b.ids)).to.deep.equal([['alone'], ['b0', 'b1', 'b2', 'b3', 'b4', 'b5']]);
  });

  it('never draws a lone item over a badge that stays', () => {
    const row = [
      ...Array.from({ length: 4 }, (_, i) => entry(`a${i}`, 0, 400, 40)),
      entry('wide', 50, 390, 40),
      entry('near', 300, 301, 40),
    ];
    const { items, badges } = layoutTimeline(row, identity, options);
    // wide's bar would cover near's badge (285.5..315.5), so wide stays a badge (205..235);
    // near's own box (295.5..346) is clear of that badge, so near is drawn as itself.
    expect(badges.map((b) => b.ids)).to.deep.equal([['wide']]);
    expect(items.map((i) => i.id)).to.deep.equal(['a0', 'a1', 'a2', 'a3', 'near']);
    expect(items.at(-1)).to.deep.include({ row: 4, labelSide: 'right' });
  });

  it('gives an expanded lane every row it needs, with no badge', () => {
    const crowd = Array.from({ length: 7 }, (_, i) => entry(`e${i}`, 200, 201));
    const { items, badges, lanes } = layoutTimeline(crowd, identity, { ...options, expanded: new Set([0]) });
    expect(items.map((i) => i.row)).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
    expect(badges).to.deep.equal([]);
    expect(lanes).to.deep.equal([{ rows: 7 }]);
  });

  it('keeps the given order for items that start together', () => {
    const { items } = layoutTimeline([entry('z', 50, 50), entry('a', 50, 50)], identity, options);
    expect(items.map((i) => i.id)).to.deep.equal(['z', 'a']);
  });

  it('culls items wholly outside the view', () => {
    const { items, badges } = layoutTimeline([entry('before', -50, -10), entry('after', 500, 600)], identity, options);
    expect(items).to.deep.equal([]);
    expect(badges).to.deep.equal([]);
  });

  it('keeps lanes apart', () => {
    const { items, lanes } = layoutTimeline([entry('a', 10, 20, 40, 0), entry('b', 10, 20, 40, 1)], identity, {
      ...options,
      laneCount: 3,
    });
    expect(items.map((i) => [i.id, i.lane, i.row])).to.deep.equal([
      ['a', 0, 0],
      ['b', 1, 0],
    ]);
    expect(lanes).to.deep.equal([{ rows: 1 }, { rows: 1 }, { rows: 1 }]);
  });
});
