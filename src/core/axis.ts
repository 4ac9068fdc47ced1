import { axisTicks, MIN_VISIBLE_MS, type AxisTick } from './scale.js';
import type { DateNames } from './format.js';

/**
 * A piece of a time axis: `[t0, t1)` in UTC milliseconds drawn linearly across `[x0, x1]` pixels.
 * A `gap` is a long stretch with no items, drawn compressed and marked as a break.
 */
export interface AxisSegment {
  readonly t0: number;
  readonly t1: number;
  readonly x0: number;
  readonly x1: number;
  readonly gap: boolean;
}

/**
 * A monotonic, piecewise-linear time axis. A linear axis has one segment; a compressed axis gives
 * busy stretches more room than their length and shrinks long empty gaps. Zoom never changes it:
 * the visible position of `t` is `k * axisX(axis, t) + x` for the zoom transform `{k, x}`.
 */
export interface TimeAxis {
  readonly segments: readonly AxisSegment[];
}

/** One segment: the plain linear axis. */
export function linearAxis(domain: readonly [number, number], range: readonly [number, number]): TimeAxis {
  return { segments: [{ t0: domain[0], t1: domain[1], x0: range[0], x1: range[1], gap: false }] };
}

function segmentAt<K extends 't' | 'x'>(axis: TimeAxis, value: number, key: K): AxisSegment {
  const s = axis.segments;
  let lo = 0;
  let hi = s.length - 1;
  const start = key === 't' ? 't0' : 'x0';
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid]![start] <= value) lo = mid;
    else hi = mid - 1;
  }
  return s[lo]!;
}

/** Pixel position of instant `t` on the unzoomed axis (extrapolated linearly beyond its ends). */
export function axisX(axis: TimeAxis, t: number): number {
  const s = segmentAt(axis, t, 't');
  return s.t1 === s.t0 ? s.x0 : s.x0 + ((t - s.t0) * (s.x1 - s.x0)) / (s.t1 - s.t0);
}

/** The instant at pixel `x` of the unzoomed axis. */
export function axisInvert(axis: TimeAxis, x: number): number {
  const s = segmentAt(axis, x, 'x');
  return s.x1 === s.x0 ? s.t0 : s.t0 + ((x - s.x0) * (s.t1 - s.t0)) / (s.x1 - s.x0);
}

/** The largest zoom factor that still shows at least `MIN_VISIBLE_MS` across `width` pixels. */
export function axisMaxZoom(axis: TimeAxis, width: number): number {
  const steepest = Math.max(...axis.segments.map((s) => (s.x1 - s.x0) / (s.t1 - s.t0)));
  const k = width / (steepest * MIN_VISIBLE_MS);
  // NaN for an axis with no time or no pixels (0 / 0): no zoom, rather than a NaN scale extent.
  return k > 1 ? k : 1;
}

export interface CompressOptions {
  /** Pixels a compressed gap keeps. */
  readonly gapWidth: number;
  /** An empty stretch longer than this share of the domain becomes a gap. */
  readonly minGapShare: number;
  /** A period longer than this share of the domain counts by its two ends, not its whole length. */
  readonly longSpanShare: number;
  /**
   * How busy stretches share the width: 0 by duration alone (linear), 1 by item count alone.
   * In between, a stretch's share is `(1 - w) * its share of busy time + w * its share of items`.
   */
  readonly countWeight: number;
}

export const DEFAULT_COMPRESS: CompressOptions = {
  gapWidth: 28,
  minGapShare: 1 / 24,
  longSpanShare: 1 / 50,
  countWeight: 0.5,
};

/**
 * A time axis that gives crowded stretches more room than their length: items mark busy intervals
 * (a dated item its whole year, month or day; a long period only its two ends), empty stretches longer
 * than `minGapShare` of the domain, and those at either end of the domain, shrink to at most `gapWidth`
 * pixels each, and the busy intervals share the rest by a mix of duration and item count. With no gap
 * it is the linear axis. Each item is `{start, end, period}` in UTC milliseconds.
 */
export function compressedAxis(
  items: readonly { readonly start: number; readonly end: number; readonly period?: boolean }[],
  domain: readonly [number, number],
  range: readonly [number, number],
  options: CompressOptions = DEFAULT_COMPRESS,
): TimeAxis {
  const [d0, d1] = domain;
  const span = d1 - d0;
  const width = range[1] - range[0];
  if (items.length === 0 || span <= 0 || width <= 0) return linearAxis(domain, range);

  // Anchors: short items by their whole span, long ones by their two ends. Kept in typed arrays and
  // ordered by index: tens of thousands of items make this the costliest step of a first render.
  // Only their order by start matters (anchors that start together merge into one busy interval,
  // whichever comes first: the gap threshold is never negative, and weights of 1 and 0.5 sum exactly),
  // so items given in time order, with no long period, need no sort.
  const starts = new Float64Array(2 * items.length);
  const ends = new Float64Array(2 * items.length);
  const weights = new Float64Array(2 * items.length);
  let count = 0;
  let inOrder = true;
  // (A loop, not a helper closure, which made per call and run tens of thousands of times would run
  // unoptimized in each new timeline's first render.)
  for (const { start, end, period } of items) {
    const s = Math.max(d0, Math.min(d1, start));
    const e = Math.max(s, Math.min(d1, end));
    const long = period && e - s > span * options.longSpanShare;
    inOrder &&= count === 0 || s >= starts[count - 1]!;
    starts[count] = s;
    ends[count] = long ? s : e;
    weights[count++] = long ? 0.5 : 1;
    // A long period's end is its second anchor (after its start: the order holds).
    if (long) {
      starts[count] = ends[count] = e;
      weights[count++] = 0.5;
    }
  }
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  // (Comparisons return small integers: a difference of doubles would be boxed on every call.)
  if (!inOrder) order.sort((a, b) => (starts[a]! < starts[b]! ? -1 : starts[a]! > starts[b]! ? 1 : 0));

  // Busy intervals: anchors closer than the gap threshold merge.
  const minGap = span * options.minGapShare;
  const busy: { t0: number; t1: number; count: number }[] = [];
  for (const i of order) {
    const s = starts[i]!;
    const e = ends[i]!;
    const w = weights[i]!;
    const last = busy[busy.length - 1];
    if (last && s - last.t1 <= minGap) {
      last.t1 = Math.max(last.t1, e);
      last.count += w;
    } else busy.push({ t0: s, t1: e, count: w });
  }

  // Pieces in order: gaps where the empty stretch is long, busy (or short empty) stretches elsewhere.
  const pieces: { t0: number; t1: number; gap: boolean; count: number }[] = [];
  let cursor = d0;
  for (const b of busy) {
    // An empty stretch is a gap when long, or when it leads the domain (nothing before it at all).
    if (b.t0 - cursor > minGap || (cursor === d0 && b.t0 > d0)) {
      pieces.push({ t0: cursor, t1: b.t0, gap: true, count: 0 });
      pieces.push({ t0: b.t0, t1: b.t1, gap: false, count: b.count });
    } else {
      const prev = pieces[pieces.length - 1];
      if (prev && !prev.gap) {
        prev.t1 = b.t1;
        prev.count += b.count;
      } else pieces.push({ t0: cursor, t1: b.t1, gap: false, count: b.count });
    }
    cursor = Math.max(cursor, b.t1);
  }
  if (d1 > cursor) pieces.push({ t0: cursor, t1: d1, gap: true, count: 0 });

  // A busy piece of zero length (only the start of a long period) is kept as the boundary between
  // the gaps on either side, so the period visibly starts at a break's edge, not inside one.
  const merged = pieces.filter((p) => p.t1 > p.t0);
  const gaps = merged.filter((p) => p.gap);
  const busyPieces = merged.filter((p) => !p.gap);
  // Compression balances busy stretches against each other; with fewer than two there is nothing to
  // balance, and blowing one stretch up to the whole width would claim a precision the data lacks.
  if (gaps.length === 0 || busyPieces.length < 2) return linearAxis(domain, range);

  // A gap keeps `gapWidth` pixels, never more than it would have on the linear axis, and all gaps
  // together never more than half the width.
  const gapCap = Math.min(options.gapWidth, (width * 0.5) / gaps.length);
  const gapPixels = (p: { t0: number; t1: number }) => Math.min(gapCap, ((p.t1 - p.t0) / span) * width);
  const busyWidth = width - gaps.reduce((sum, p) => sum + gapPixels(p), 0);
  const busyTime = busyPieces.reduce((sum, p) => sum + (p.t1 - p.t0), 0);
  const busyCount = busyPieces.reduce((sum, p) => sum + p.count, 0);
  const w = options.countWeight;

  let x = range[0];
  const segments = merged.map((p): AxisSegment => {
    const pixels = p.gap
      ? gapPixels(p)
      : busyWidth * ((1 - w) * ((p.t1 - p.t0) / busyTime) + w * (busyCount > 0 ? p.count / busyCount : 0));
    const segment = { t0: p.t0, t1: p.t1, x0: x, x1: x + pixels, gap: p.gap };
    x += pixels;
    return segment;
  });
  return { segments };
}

export interface ZoomTransformLike {
  readonly k: number;
  readonly x: number;
}

/** A segment as it appears under a zoom transform, in visible pixels. */
export function visibleSegments(axis: TimeAxis, t: ZoomTransformLike, width: number): AxisSegment[] {
  return axis.segments
    .map((s) => ({ ...s, x0: t.k * s.x0 + t.x, x1: t.k * s.x1 + t.x }))
    .filter((s) => s.x1 > 0 && s.x0 < width);
}

/**
 * Ticks for the visible part of an axis: each visible stretch gets its own UTC ticks (years in a slow
 * stretch, days in a crowded one), a narrow one at least its start; a compressed gap only once zoom
 * makes it wide. A stretch's end tick belongs to the stretch after it (the domain's end has none:
 * "2025" at the right edge would suggest items in 2025). A label that would touch the
 * previous one is shortened if it has a short form ("1 Dec" for "1 Dec 2024") or else left out, and one
 * that would run off the right edge sits left of its tick.
 * `labelWidth` estimates a label's width in pixels; `names` gives month names (English by default).
 */
export function segmentedTicks(
  axis: TimeAxis,
  t: ZoomTransformLike,
  width: number,
  spacing = 80,
  labelWidth: (label: string) => number = (label) => label.length * 6.5,
  names?: DateNames,
): AxisTick[] {
  const out: AxisTick[] = [];
  let lastRight = -Infinity;

  for (const s of visibleSegments(axis, t, width)) {
    if (s.gap && s.x1 - s.x0 < spacing) continue;
    for (const tick of axisTicks([s.t0, s.t1], [s.x0, s.x1], spacing, Infinity, [0, width], names)) {
      if (tick.time >= s.t1) continue;
      if (tick.x < 0 || tick.x > width) continue;
      // The full label where it fits, else the short one, else none.
      for (const label of tick.shortLabel ? [tick.label, tick.shortLabel] : [tick.label]) {
        const w = labelWidth(label);
        const anchor = tick.x + 3 + w > width ? 'end' : 'start';
        const left = anchor === 'start' ? tick.x : tick.x - 3 - w;
        if (left < lastRight + 8) continue;
        out.push({ time: tick.time, x: tick.x, label, major: tick.major, anchor });
        lastRight = anchor === 'start' ? tick.x + 3 + w : tick.x;
        break;
      }
    }
  }
  return out;
}
