// The embed bundle's stand-in for d3-time (see vite.bundle.config.ts): the UTC intervals the library
// uses (`utcYear`, `utcMonth`, `utcDay`) and `utcTickInterval`, nothing else. The real module also
// builds every local-time interval and ticker when it loads (calls a bundler cannot drop), and with
// them d3-array: about 2 KB gzip the library never runs. A test checks this copy against d3-time.
//
// Copied from d3-time 3.1.1 and d3-array 3.2.4 (`tickStep`): Copyright 2010-2026 Mike Bostock,
// ISC License.

export interface UtcInterval {
  (date?: Date): Date;
  floor(date: Date): Date;
  ceil(date: Date): Date;
  offset(date: Date, step?: number): Date;
  range(start: Date, stop: Date, step?: number): Date[];
  every(step: number): UtcInterval | null;
}

type Floor = (date: Date) => void;
type Offset = (date: Date, step: number) => void;

function timeInterval(floori: Floor, offseti: Offset, field?: (date: Date) => number): UtcInterval {
  const interval = ((date?: Date) => {
    const d = date === undefined ? new Date() : new Date(+date);
    floori(d);
    return d;
  }) as UtcInterval;
  interval.floor = (date) => {
    const d = new Date(+date);
    floori(d);
    return d;
  };
  interval.ceil = (date) => {
    const d = new Date(+date - 1);
    floori(d);
    offseti(d, 1);
    floori(d);
    return d;
  };
  interval.offset = (date, step) => {
    const d = new Date(+date);
    offseti(d, step == null ? 1 : Math.floor(step));
    return d;
  };
  interval.range = (start, stop, step) => {
    const range: Date[] = [];
    const s = interval.ceil(start);
    const k = step == null ? 1 : Math.floor(step);
    if (!(s < stop) || !(k > 0)) return range;
    let previous: Date;
    do {
      range.push((previous = new Date(+s)));
      offseti(s, k);
      floori(s);
    } while (previous < s && s < stop);
    return range;
  };
  const filter = (test: (date: Date) => boolean) =>
    timeInterval(
      (date) => {
        if (+date >= +date) while ((floori(date), !test(date))) date.setTime(+date - 1);
      },
      (date, step) => {
        if (+date >= +date) {
          if (step < 0) while (++step <= 0) while ((offseti(date, -1), !test(date)));
          else while (--step >= 0) while ((offseti(date, 1), !test(date)));
        }
      },
    );
  interval.every = (step) => {
    step = Math.floor(step);
    return !isFinite(step) || !(step > 0)
      ? null
      : !(step > 1) || !field
        ? interval
        : filter((d) => field(d) % step === 0);
  };
  return interval;
}

const durationSecond = 1000;
const durationMinute = durationSecond * 60;
const durationHour = durationMinute * 60;
const durationDay = durationHour * 24;
const durationWeek = durationDay * 7;
const durationMonth = durationDay * 30;
const durationYear = durationDay * 365;

function millisecondEvery(k: number): UtcInterval | null {
  k = Math.floor(k);
  if (!isFinite(k) || !(k > 0)) return null;
  return timeInterval(
    (date) => date.setTime(Math.floor(+date / k) * k),
    (date, step) => date.setTime(+date + step * k),
  );
}

const second = timeInterval(
  (date) => date.setTime(+date - date.getMilliseconds()),
  (date, step) => date.setTime(+date + step * durationSecond),
  (date) => date.getUTCSeconds(),
);

const utcMinute = timeInterval(
  (date) => date.setUTCSeconds(0, 0),
  (date, step) => date.setTime(+date + step * durationMinute),
  (date) => date.getUTCMinutes(),
);

const utcHour = timeInterval(
  (date) => date.setUTCMinutes(0, 0, 0),
  (date, step) => date.setTime(+date + step * durationHour),
  (date) => date.getUTCHours(),
);

export const utcDay = timeInterval(
  (date) => date.setUTCHours(0, 0, 0, 0),
  (date, step) => date.setUTCDate(date.getUTCDate() + step),
  (date) => date.getUTCDate() - 1,
);

const unixDay = timeInterval(
  (date) => date.setUTCHours(0, 0, 0, 0),
  (date, step) => date.setUTCDate(date.getUTCDate() + step),
  (date) => Math.floor(+date / durationDay),
);

const utcSunday = timeInterval(
  (date) => {
    date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 7) % 7));
    date.setUTCHours(0, 0, 0, 0);
  },
  (date, step) => date.setUTCDate(date.getUTCDate() + step * 7),
);

export const utcMonth = timeInterval(
  (date) => {
    date.setUTCDate(1);
    date.setUTCHours(0, 0, 0, 0);
  },
  (date, step) => date.setUTCMonth(date.getUTCMonth() + step),
  (date) => date.getUTCMonth(),
);

export const utcYear = timeInterval(
  (date) => {
    date.setUTCMonth(0, 1);
    date.setUTCHours(0, 0, 0, 0);
  },
  (date, step) => date.setUTCFullYear(date.getUTCFullYear() + step),
  (date) => date.getUTCFullYear(),
);
utcYear.every = (k) =>
  !isFinite((k = Math.floor(k))) || !(k > 0)
    ? null
    : timeInterval(
        (date) => {
          date.setUTCFullYear(Math.floor(date.getUTCFullYear() / k) * k);
          date.setUTCMonth(0, 1);
          date.setUTCHours(0, 0, 0, 0);
        },
        (date, step) => date.setUTCFullYear(date.getUTCFullYear() + step * k),
      );

const e10 = Math.sqrt(50);
const e5 = Math.sqrt(10);
const e2 = Math.sqrt(2);

function tickIncrement(start: number, stop: number, count: number): number {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  const factor = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = Math.pow(10, -power) / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = Math.pow(10, power) * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickIncrement(start, stop, count * 2);
  return inc;
}

function tickStep(start: number, stop: number, count: number): number {
  const reverse = stop < start;
  const inc = reverse ? tickIncrement(stop, start, count) : tickIncrement(start, stop, count);
  return (reverse ? -1 : 1) * (inc < 0 ? 1 / -inc : inc);
}

const tickIntervals: [UtcInterval, number, number][] = [
  [second, 1, durationSecond],
  [second, 5, 5 * durationSecond],
  [second, 15, 15 * durationSecond],
  [second, 30, 30 * durationSecond],
  [utcMinute, 1, durationMinute],
  [utcMinute, 5, 5 * durationMinute],
  [utcMinute, 15, 15 * durationMinute],
  [utcMinute, 30, 30 * durationMinute],
  [utcHour, 1, durationHour],
  [utcHour, 3, 3 * durationHour],
  [utcHour, 6, 6 * durationHour],
  [utcHour, 12, 12 * durationHour],
  [unixDay, 1, durationDay],
  [unixDay, 2, 2 * durationDay],
  [utcSunday, 1, durationWeek],
  [utcMonth, 1, durationMonth],
  [utcMonth, 3, 3 * durationMonth],
  [utcYear, 1, durationYear],
];

/** The UTC interval for about `count` ticks from `start` to `stop`, as d3-time's `utcTickInterval`. */
export function utcTickInterval(start: Date, stop: Date, count: number): UtcInterval | null {
  const target = Math.abs(+stop - +start) / count;
  // bisector(([, , step]) => step).right(tickIntervals, target)
  let i = 0;
  while (i < tickIntervals.length && tickIntervals[i]![2] <= target) i++;
  if (i === tickIntervals.length) return utcYear.every(tickStep(+start / durationYear, +stop / durationYear, count));
  if (i === 0) return millisecondEvery(Math.max(tickStep(+start, +stop, count), 1));
  const [t, step] = tickIntervals[target / tickIntervals[i - 1]![2] < tickIntervals[i]![2] / target ? i - 1 : i]!;
  return t.every(step);
}
