import { utcDay, utcMonth, utcTickInterval, utcYear } from 'd3-time';
import { formatUtc, type DateNames } from './format.js';

/** The smallest visible span zoom allows: about an hour. */
export const MIN_VISIBLE_MS = 60 * 60 * 1000;

/**
 * The timeline's default domain for a data extent: from the start of the first item's year to the
 * end of the last item's month ("2011 to the end of December 2024" for the Syria data).
 */
export function niceDomain(start: number, end: number): [number, number] {
  const from = utcYear.floor(new Date(start)).getTime();
  let to = utcMonth.ceil(new Date(end)).getTime();
  if (to <= from) to = utcMonth.offset(new Date(from), 1).getTime();
  return [from, to];
}

export interface AxisTick {
  readonly time: number;
  readonly x: number;
  readonly label: string;
  /** A boundary of the next larger unit (a new year among months, a new month among days). */
  readonly major: boolean;
  /** Which side of the tick line the label sits: `end` near the right edge, so it is not cut off. */
  readonly anchor: 'start' | 'end';
  /** A shorter label for when the full one has no room ("1 Dec" for "1 Dec 2024"). */
  readonly shortLabel?: string;
}

/** Ticks closer than this to the right edge are left out: their label would be cut off. */
export const TICK_EDGE = 28;

/**
 * Ticks for a linear stretch of time (`domain` in UTC milliseconds drawn across `range` pixels),
 * about one per `spacing` pixels, labelled in UTC with date-fns:
 * years as "2016", months as "Mar" (with the year at January), days as "1 Dec", hours as "14:00"
 * (midnight as its day, "2 Dec").
 * Ticks within `TICK_EDGE` of `edge` (by default the range's end) are left out.
 * With `visible` (a pixel range) only the ticks inside it are made, spaced as for the whole range:
 * zoomed far in, a stretch can be millions of pixels wide while a screen shows a thousand.
 */
export function axisTicks(
  domain: readonly [number, number],
  range: readonly [number, number],
  spacing = 80,
  edge?: number,
  visible?: readonly [number, number],
  names?: DateNames,
): AxisTick[] {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const x = (t: Date) => r0 + ((t.getTime() - d0) * (r1 - r0)) / (d1 - d0);
  // About one tick per `spacing` pixels (a spacing under a pixel counts as one), and never more than
  // one a minute: the finest label is the minute ("14:05"), so finer ticks would repeat it.
  const count = Math.max(
    1,
    Math.min(Math.floor(Math.abs(r1 - r0) / Math.max(spacing, 1)), Math.floor((d1 - d0) / 60_000)),
  );
  const interval = d1 > d0 ? utcTickInterval(new Date(d0), new Date(d1), count) : null;
  let [t0, t1] = [d0, d1];
  if (visible && r1 > r0) {
    const at = (px: number) => d0 + ((px - r0) * (d1 - d0)) / (r1 - r0);
    t0 = Math.max(d0, at(visible[0]));
    t1 = Math.min(d1, at(visible[1]));
  }
  // As d3's utcTicks: the interval's boundaries from t0 to t1 inclusive.
  const ticks = interval && t1 >= t0 ? interval.range(new Date(t0), new Date(t1 + 1)) : [];
  const first = interval?.floor(new Date(t0));
  const step = first ? interval!.offset(first, 1).getTime() - first.getTime() : Math.abs(d1 - d0) / count;
  const DAY = 86_400_000;
  const right = (edge ?? Math.max(r0, r1)) - TICK_EDGE;
  return (
    ticks
      // (A domain under a minute gets finer ticks: only those on a whole minute have a label of their own.)
      .filter((t) => x(t) <= right && (step >= 60_000 || t.getTime() % 60_000 === 0))
      .map((t) => {
        const time = t.getTime();
        let label: string;
        let shortLabel: string | undefined;
        let major: boolean;
        if (step >= 360 * DAY) {
          label = formatUtc(time, 'yyyy', names);
          major = true;
        } else if (step >= 28 * DAY) {
          major = utcYear.floor(t).getTime() === time;
          label = formatUtc(time, major ? 'MMM yyyy' : 'MMM', names);
        } else if (step >= DAY) {
          major = utcMonth.floor(t).getTime() === time;
          label = formatUtc(time, major ? 'd MMM yyyy' : 'd MMM', names);
          if (major) shortLabel = formatUtc(time, 'd MMM', names);
        } else {
          major = utcDay.floor(t).getTime() === time;
          label = formatUtc(time, major ? 'd MMM' : 'HH:mm', names);
        }
        const tick: AxisTick = { time, x: x(t), label, major, anchor: 'start' };
        return shortLabel ? { ...tick, shortLabel } : tick;
      })
  );
}
