import type { ChronicleEvent } from '../data/types.js';
import { spanOf, spansOf } from './dates.js';

/** Items in time order as the timeline sorts them (start, end, then given order); undated items last. */
export function timeOrder(events: readonly ChronicleEvent[]): ChronicleEvent[] {
  const { spans } = spansOf(events.map((e) => e.when));
  const keyed = events.map((event, i) => ({ event, i, span: spans[i] }));
  keyed.sort((a, b) => {
    if (!a.span || !b.span) return (a.span ? 0 : 1) - (b.span ? 0 : 1) || a.i - b.i;
    return a.span.start - b.span.start || a.span.end - b.span.end || a.i - b.i;
  });
  return keyed.map((k) => k.event);
}

/** The year an item belongs to in a list grouped by year (its start's UTC year), or `null` when undated. */
export function yearOf(event: ChronicleEvent): number | null {
  const span = spanOf(event.when, 0);
  return span ? new Date(span.start).getUTCFullYear() : null;
}

/**
 * How many items start in each of `bins` equal stretches of `domain`: the overview's density strip.
 * Items starting outside the domain are not counted.
 */
export function startDensity(
  events: readonly ChronicleEvent[],
  domain: readonly [number, number],
  bins: number,
): Uint32Array {
  const counts = new Uint32Array(Math.max(0, Math.floor(bins)));
  const [d0, d1] = domain;
  if (counts.length === 0 || !(d1 > d0)) return counts;
  for (const span of spansOf(events.map((e) => e.when)).spans) {
    if (!span || span.start < d0 || span.start > d1) continue;
    counts[Math.min(counts.length - 1, Math.floor(((span.start - d0) / (d1 - d0)) * counts.length))]!++;
  }
  return counts;
}

/** A time window `[start, end]` in UTC milliseconds. */
export type TimeWindow = readonly [number, number];

/** `window` moved by `delta` milliseconds, its length kept, stopped at the domain's ends. */
export function moveWindow(window: TimeWindow, delta: number, domain: TimeWindow): [number, number] {
  const length = Math.min(window[1] - window[0], domain[1] - domain[0]);
  const start = Math.max(domain[0], Math.min(domain[1] - length, window[0] + delta));
  return [start, start + length];
}

/**
 * `window` scaled by `factor` around its middle (below 1 narrows, above 1 widens), no shorter than
 * `minLength`, inside the domain (moved back in when widening reaches an end).
 */
export function scaleWindow(
  window: TimeWindow,
  factor: number,
  domain: TimeWindow,
  minLength: number,
): [number, number] {
  const mid = (window[0] + window[1]) / 2;
  const length = Math.min(domain[1] - domain[0], Math.max(minLength, (window[1] - window[0]) * factor));
  return moveWindow([mid - length / 2, mid + length / 2], 0, domain);
}

/**
 * The window a brush drag makes: from the time under the pointer's start to the time under it now,
 * in either order, at least `minLength` long, inside the domain.
 */
export function spanWindow(a: number, b: number, domain: TimeWindow, minLength: number): [number, number] {
  const lo = Math.max(domain[0], Math.min(a, b));
  const hi = Math.min(domain[1], Math.max(a, b));
  if (hi - lo >= minLength) return [lo, hi];
  return scaleWindow([lo, hi], 1, domain, minLength);
}
