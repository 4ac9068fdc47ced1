import { expect } from '@open-wc/testing';
import { axisX, compressedAxis } from '../../src/core/axis.js';
import { knownEnd, spanOf } from '../../src/core/dates.js';
import { assignLanes } from '../../src/core/lanes.js';
import { DEFAULT_LAYOUT, layoutTimeline, type LayoutEntry } from '../../src/core/layout.js';
import { niceDomain } from '../../src/core/scale.js';
import { syria } from '../../src/data/syria.js';

// The whole pure pipeline on the shipped data, with label widths estimated (6.5 px a character,
// cut to half the width as the element does): no DOM, no fonts.
function syriaLayout(width: number) {
  const end = knownEnd(syria.events.map((e) => e.when))!;
  const dated = syria.events.flatMap((e) => {
    const span = spanOf(e.when, end);
    return span ? [{ e, span }] : [];
  });
  const { lanes, laneIndex } = assignLanes(
    dated.map((d) => d.e),
    'category',
  );
  const max = Math.max(60, Math.min(260, width / 2 - DEFAULT_LAYOUT.markWidth - 2 * DEFAULT_LAYOUT.gap));
  const entries: LayoutEntry[] = dated.map(({ e, span }, i) => ({
    id: e.id,
    lane: laneIndex[i]!,
    start: span.start,
    end: span.end,
    labelWidth: Math.min(max, e.title.length * 6.5),
  }));
  const domain = niceDomain(Math.min(...entries.map((x) => x.start)), end);
  const axis = compressedAxis(
    dated.map(({ span }) => ({ start: span.start, end: span.end, period: span.kind === 'period' })),
    domain,
    [0, width],
  );
  const layout = layoutTimeline(entries, (t) => axisX(axis, t), { ...DEFAULT_LAYOUT, width, laneCount: lanes.length });
  return { entries, layout };
}

describe('the Syria data through the pure layout', () => {
  for (const width of [320, 768, 1280]) {
    it(`at ${width} px: every dated item drawn or counted once, no two label boxes touching`, () => {
      const { entries, layout } = syriaLayout(width);
      const drawn = layout.items.map((i) => i.id);
      const counted = layout.badges.flatMap((b) => b.ids);
      expect([...drawn, ...counted].sort()).to.deep.equal(entries.map((e) => e.id).sort());
      const widthOf = new Map(entries.map((e) => [e.id, e.labelWidth]));
      const boxes = layout.items.map((i) => ({
        lane: i.lane,
        row: i.row,
        start: Math.min(i.x0, i.labelX),
        end: Math.max(i.x1, i.labelX + widthOf.get(i.id)!),
      }));
      for (let a = 0; a < boxes.length; a++) {
        for (let b = a + 1; b < boxes.length; b++) {
          const [p, q] = [boxes[a]!, boxes[b]!];
          if (p.lane !== q.lane || p.row !== q.row) continue;
          expect(p.end <= q.start || q.end <= p.start, `${layout.items[a]!.id} and ${layout.items[b]!.id}`).to.equal(
            true,
          );
        }
      }
      // And badges never overlap each other or an item in their row.
      for (const badge of layout.badges) {
        for (const box of boxes.filter((x) => x.lane === badge.lane && x.row === badge.row)) {
          expect(box.end <= badge.x || badge.x + DEFAULT_LAYOUT.badgeWidth <= box.start).to.equal(true);
        }
      }
    });
  }

  it('draws most of the crowded week with labels at 1280 px, counting the rest', () => {
    const { entries, layout } = syriaLayout(1280);
    const late = new Set(entries.filter((e) => e.start >= Date.UTC(2024, 10, 25)).map((e) => e.id));
    expect(late.size).to.be.at.least(20);
    const drawnLate = layout.items.filter((i) => late.has(i.id)).length;
    expect(drawnLate).to.be.at.least(late.size - 6);
  });
});
