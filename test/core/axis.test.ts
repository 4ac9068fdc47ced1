import { expect } from '@open-wc/testing';
import {
  axisInvert,
  axisMaxZoom,
  axisX,
  compressedAxis,
  linearAxis,
  segmentedTicks,
  visibleSegments,
  type CompressOptions,
} from '../../src/core/axis.js';
import { knownEnd, spanOf } from '../../src/core/dates.js';
import { niceDomain } from '../../src/core/scale.js';
import { syria } from '../../src/data/syria.js';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const options: CompressOptions = { gapWidth: 10, minGapShare: 0.1, longSpanShare: 0.5, countWeight: 0.5 };
const round = (n: number) => Math.round(n * 1000) / 1000;

describe('linear axis', () => {
  it('maps time to pixels in proportion, both ways, and extrapolates', () => {
    const axis = linearAxis([0, 1000], [0, 100]);
    expect(axisX(axis, 250)).to.equal(25);
    expect(axisInvert(axis, 25)).to.equal(250);
    expect(axisX(axis, 2000)).to.equal(200);
    expect(axisX(axis, -100)).to.equal(-10);
  });

  it('squeezes the crowded week of 2024 under 2 pixels at 1280 px', () => {
    const axis = linearAxis([utc(2011), utc(2025)], [0, 1280]);
    const week = axisX(axis, utc(2024, 12, 2)) - axisX(axis, utc(2024, 11, 25));
    expect(week).to.be.closeTo((7 * 86_400_000 * 1280) / (utc(2025) - utc(2011)), 1e-9);
    expect(week).to.be.lessThan(2);
  });

  it('zooms down to about an hour', () => {
    const axis = linearAxis([utc(2011), utc(2025)], [0, 1280]);
    expect(axisMaxZoom(axis, 1280)).to.be.closeTo((utc(2025) - utc(2011)) / 3_600_000, 1e-6);
  });

  it('allows no zoom, rather than a NaN one, on an axis with no time or no pixels', () => {
    // Found by a property test: 0 / 0 made the zoom limit NaN.
    expect(axisMaxZoom(linearAxis([5, 5], [0, 0]), 100)).to.equal(1);
    expect(axisMaxZoom(linearAxis([0, 1000], [0, 0]), 0)).to.equal(1);
  });
});

describe('compressed axis', () => {
  it('shrinks long empty stretches and shares the rest by duration and item count', () => {
    const items = [
      { start: 0, end: 10 },
      { start: 20, end: 30 },
      { start: 500, end: 510 },
      { start: 510, end: 520 },
      { start: 990, end: 1000 },
    ];
    const axis = compressedAxis(items, [0, 1000], [0, 100], options);
    // Busy 0..30 (2 items), 500..520 (2), 990..1000 (1); two gaps of 10 px; 80 px shared half by
    // duration (30, 20, 10 of 60) and half by count (2, 2, 1 of 5): 36, 29.333, 14.667 px.
    expect(axis.segments.map((s) => [s.t0, s.t1, round(s.x0), round(s.x1), s.gap])).to.deep.equal([
      [0, 30, 0, 36, false],
      [30, 500, 36, 46, true],
      [500, 520, 46, 75.333, false],
      [520, 990, 75.333, 85.333, true],
      [990, 1000, 85.333, 100, false],
    ]);
    expect(round(axisX(axis, 510))).to.equal(60.667);
    expect(round(axisInvert(axis, axisX(axis, 510)))).to.equal(510);
  });

  it('counts a long period by its two ends, so its empty middle can be compressed', () => {
    const axis = compressedAxis(
      [
        { start: 0, end: 1000, period: true },
        { start: 300, end: 310 },
        { start: 700, end: 710 },
      ],
      [0, 1000],
      [0, 100],
      options,
    );
    // Busy 300..310 and 700..710 share 70 px (10 each way); the period's ends are gap boundaries.
    expect(axis.segments.map((s) => [s.t0, s.t1, s.x0, s.x1, s.gap])).to.deep.equal([
      [0, 300, 0, 10, true],
      [300, 310, 10, 45, false],
      [310, 700, 45, 55, true],
      [700, 710, 55, 90, false],
      [710, 1000, 90, 100, true],
    ]);
  });

  it('stays linear with a single busy stretch, and never divides by a zero-length domain', () => {
    expect(compressedAxis([{ start: 500, end: 510 }], [0, 1000], [0, 100], options)).to.deep.equal(
      linearAxis([0, 1000], [0, 100]),
    );
    const point = linearAxis([5, 5], [0, 100]);
    expect(axisX(point, 5)).to.equal(0);
    expect(axisInvert(point, 50)).to.equal(5);
  });

  it('stays linear when nothing is empty for long', () => {
    const items = Array.from({ length: 10 }, (_, i) => ({ start: i * 100, end: i * 100 + 100 }));
    expect(compressedAxis(items, [0, 1000], [0, 100], options)).to.deep.equal(linearAxis([0, 1000], [0, 100]));
  });

  it('gives the crowded week of the Syria data a third of the width at 1280 px and nearly a quarter at 320 px', () => {
    const end = knownEnd(syria.events.map((e) => e.when))!;
    const spans = syria.events.flatMap((e) => spanOf(e.when, end) ?? []);
    const domain = niceDomain(Math.min(...spans.map((s) => s.start)), end);
    for (const width of [320, 1280]) {
      const axis = compressedAxis(
        spans.map((s) => ({ ...s, period: s.kind === 'period' })),
        domain,
        [0, width],
      );
      const week = axisX(axis, utc(2024, 12, 3)) - axisX(axis, utc(2024, 11, 25));
      // On a linear axis it would get 0.14% of the width: under 2 px at 1280.
      expect(week / width, `${width} px`).to.be.greaterThan(width === 1280 ? 0.33 : 0.24);
      expect(axis.segments.filter((s) => s.gap).map((s) => [s.t0, s.t1])).to.deep.equal([
        [utc(2012), utc(2015)],
        [utc(2017), utc(2020)],
        [utc(2021), utc(2022)],
        [utc(2022), utc(2023)],
        [utc(2024), utc(2024, 11, 25)],
        [utc(2024, 12, 3), utc(2025)],
      ]);
    }
  });
});

describe('ticks on a segmented axis', () => {
  const axis = {
    segments: [
      { t0: utc(2011), t1: utc(2017), x0: 0, x1: 300, gap: false },
      { t0: utc(2017), t1: utc(2024, 11, 25), x0: 300, x1: 328, gap: true },
      { t0: utc(2024, 11, 25), t1: utc(2024, 12, 3), x0: 328, x1: 640, gap: false },
    ],
  };

  it('labels each wide segment in its own unit and skips a narrow gap', () => {
    const ticks = segmentedTicks(axis, { k: 1, x: 0 }, 640);
    // Years every two years over 2011..2017 (2012 sits after a leap year: 49.95 px, not 50), a
    // tick every other day over the week, and nothing in the 28 px gap.
    expect(ticks.map((t) => [t.label, Math.round(t.x)])).to.deep.equal([
      ['2012', 50],
      ['2014', 150],
      ['2016', 250],
      ['25 Nov', 328],
      ['27 Nov', 406],
      ['29 Nov', 484],
      ['1 Dec 2024', 562],
    ]);
  });

  it('shortens a label that has no room in full, and right-aligns one at the right edge', () => {
    const narrow = {
      segments: [
        { t0: utc(2022), t1: utc(2023), x0: 0, x1: 20, gap: true },
        { t0: utc(2023), t1: utc(2024), x0: 20, x1: 40, gap: false },
        { t0: utc(2024), t1: utc(2024, 11, 25), x0: 40, x1: 50, gap: true },
        { t0: utc(2024, 11, 25), t1: utc(2024, 12, 3), x0: 50, x1: 130, gap: false },
      ],
    };
    // "2023" at 20 px ends at 49; "1 Dec 2024" (65 px) right-aligned on the 1 Dec tick at 110 would
    // start at 42, too close; "1 Dec" starts at 74.5 and fits.
    expect(segmentedTicks(narrow, { k: 1, x: 0 }, 130).map((t) => [t.label, t.anchor])).to.deep.equal([
      ['2023', 'start'],
      ['1 Dec', 'end'],
    ]);
  });

  it('follows the zoom transform and leaves out what is off screen', () => {
    const ticks = segmentedTicks(axis, { k: 2, x: -656 }, 640);
    expect(ticks[0]!.label).to.equal('25 Nov');
    expect(ticks.every((t) => t.x >= 0 && t.x <= 640)).to.equal(true);
    expect(visibleSegments(axis, { k: 2, x: -656 }, 640).map((s) => s.gap)).to.deep.equal([false]);
  });
});
