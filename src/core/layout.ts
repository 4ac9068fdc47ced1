/** One dated item, ready for layout: zoom-independent facts only. */
export interface LayoutEntry {
  readonly id: string;
  /** Index of the lane the item belongs to. */
  readonly lane: number;
  readonly start: number;
  readonly end: number;
  /**
   * Width in pixels of the item's label text (already truncated if need be). When absent, the
   * layout asks `LayoutOptions.labelWidth`, and only for items that may get a row.
   */
  readonly labelWidth?: number;
}

/**
 * Entries sorted once for every zoom frame: by lane, then start, end and given order, with each
 * lane's running maximum end, so a frame finds the visible items of a lane by binary search.
 */
export interface LayoutIndex {
  readonly entries: readonly LayoutEntry[];
  /** `entries[laneStart[l]]` up to `entries[laneStart[l + 1]]` are lane `l`'s. */
  readonly laneStart: Int32Array;
  /** The latest end among a lane's entries up to and including each index. */
  readonly maxEnd: Float64Array;
  /**
   * Each entry's start and end by index: a frame reads them here, in a row, where thousands of
   * entries' own (boxed) numbers would each cost a cache miss on a first frame.
   */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly ids: readonly string[];
}

/**
 * Sorts and indexes entries for `layoutTimeline`; O(n log n), once per set of items. Entries already
 * in time order (start, then end) are only split by lane, in O(n).
 */
export function indexEntries(entries: readonly LayoutEntry[], laneCount: number): LayoutIndex {
  const n = entries.length;
  // Entries in time order whose lanes are all whole numbers in range (as the timeline gives them) are
  // only counted by lane, then placed: `at[l + 1]` counts lane l; a running sum then makes `at[l]`
  // where lane l starts. Otherwise a sort.
  const at = new Int32Array(laneCount + 1);
  let counted = true;
  for (let i = 0; i < n && counted; i++) {
    const a = entries[i - 1];
    const b = entries[i]!;
    // (`>>> 0` keeps a whole number from 0 up as it is, and changes a fraction or a negative lane.)
    counted =
      b.lane >>> 0 === b.lane &&
      b.lane < laneCount &&
      (!a || a.start < b.start || (a.start === b.start && a.end <= b.end));
    at[b.lane + 1]!++;
  }
  let sorted: LayoutEntry[];
  if (counted) {
    for (let l = 1; l < laneCount; l++) at[l]! += at[l - 1]!;
    sorted = entries.slice();
    for (const e of entries) sorted[at[e.lane]!++] = e;
  } else {
    const order = entries.map((e, i) => ({ e, i }));
    order.sort((a, b) => a.e.lane - b.e.lane || a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i);
    sorted = order.map((o) => o.e);
  }
  const laneStart = new Int32Array(laneCount + 1);
  const maxEnd = new Float64Array(n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const ids: string[] = [];
  let lane = -1;
  for (let i = 0; i < n; i++) {
    const e = sorted[i]!;
    while (lane < e.lane) laneStart[++lane] = i;
    starts[i] = e.start;
    ends[i] = e.end;
    maxEnd[i] = lane === e.lane && i > laneStart[lane]! ? Math.max(maxEnd[i - 1]!, e.end) : e.end;
    ids.push(e.id);
  }
  while (lane < laneCount) laneStart[++lane] = n;
  return { entries: sorted, laneStart, maxEnd, starts, ends, ids };
}

const DAY_MS = 86_400_000;

/** Compares two numbers as a sort wants, with small integers: a difference of doubles would be boxed on every call. */
const cmp = (x: number, y: number) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Indices of spans in time order: by start, then end, then index. Calendar dates start at UTC
 * midnights, so when every start is a whole day and the days are not far apart (as in any real
 * archive), the spans are counted into one bucket per day, O(n + days), and only spans that share a
 * day are sorted by end. Otherwise (instants within a day, or days too far apart to count) a
 * comparison sort: 10,000 items cost it about 130,000 comparator calls.
 */
export function spanOrder(starts: Float64Array, ends: Float64Array): Uint32Array {
  const n = starts.length;
  const order = new Uint32Array(n);
  const byEnd = (a: number, b: number) => cmp(ends[a]!, ends[b]!) || a - b;
  let first = Infinity;
  let last = -Infinity;
  let days = true;
  for (const s of starts) {
    days &&= s % DAY_MS === 0;
    first = Math.min(first, s);
    last = Math.max(last, s);
  }
  const buckets = (last - first) / DAY_MS + 1;
  if (!days || !(n && buckets <= 4 * n + 1024)) {
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort((a, b) => cmp(starts[a]!, starts[b]!) || byEnd(a, b));
  }
  // Where each day's spans begin in `order`, then filled in index order (so ties stay by index).
  const at = new Int32Array(buckets + 1);
  for (const s of starts) at[(s - first) / DAY_MS + 1]!++;
  for (let d = 1; d <= buckets; d++) at[d]! += at[d - 1]!;
  for (let i = 0; i < n; i++) order[at[(starts[i]! - first) / DAY_MS]!++] = i;
  // `at[d]` is now where day d + 1 begins: sort each day's run by end (ties by index).
  for (let d = 0, from = 0; d < buckets; from = at[d++]!)
    if (at[d]! - from > 1) order.subarray(from, at[d]).sort(byEnd);
  return order;
}

export interface LayoutOptions {
  /** Visible drawing width in pixels; items wholly outside `[0, width]` are culled. */
  readonly width: number;
  readonly laneCount: number;
  /** Rows of labelled items a lane may use before further items go into a count badge. Default 4. */
  readonly maxRows?: number;
  /** Lanes the reader expanded: they use as many rows as their items need, with no badge. */
  readonly expanded?: ReadonlySet<number>;
  /** Narrowest mark in pixels: a short item is drawn as a point mark this wide. Default 10. */
  readonly markWidth?: number;
  /** Space between a mark and its label, and between neighbours in a row. Default 6. */
  readonly gap?: number;
  /** Width a count badge claims. Default 30. */
  readonly badgeWidth?: number;
  /** Label width of an entry that has none of its own (measured on demand, so it can be cached). */
  readonly labelWidth?: (entry: LayoutEntry) => number;
  /**
   * How far inside the view a bar's start is drawn when the bar begins before it (its start mark is
   * held there): a label inside such a bar starts `gap` after that, clear of the mark. Default 0.
   */
  readonly startInset?: number;
  /**
   * Also count the items in view into bins this many pixels wide, in the same pass over them
   * (`TimelineLayout.density`: the counts `densityBins` gives).
   */
  readonly binWidth?: number;
}

/** The sizes `layoutTimeline` takes when its options leave them out. */
export const DEFAULT_LAYOUT: Required<Pick<LayoutOptions, 'maxRows' | 'markWidth' | 'gap' | 'badgeWidth'>> = {
  maxRows: 4,
  markWidth: 10,
  gap: 6,
  badgeWidth: 30,
};

export interface PlacedItem {
  readonly id: string;
  readonly lane: number;
  readonly row: number;
  /** Left and right of the mark in pixels. A point mark is `markWidth` wide, centred on its span. */
  readonly x0: number;
  readonly x1: number;
  /** True when the span is narrower than a mark, so it is drawn as a point. */
  readonly point: boolean;
  /** Where the label sits: inside a bar wide enough to hold it, or beside the mark. */
  readonly labelSide: 'inside' | 'right' | 'left';
  /** Left edge of the label text box. */
  readonly labelX: number;
}

/** Several items with no room for their own row, shown as one mark that says how many it holds. */
export interface Badge {
  readonly lane: number;
  readonly row: number;
  /** Left edge of the badge. */
  readonly x: number;
  readonly ids: readonly string[];
  /** Time extent of the items inside, to zoom to. */
  readonly start: number;
  readonly end: number;
}

export interface LaneRows {
  /** Rows used: labelled rows plus one for badges if any. At least 1. */
  readonly rows: number;
}

export interface TimelineLayout {
  readonly items: readonly PlacedItem[];
  readonly badges: readonly Badge[];
  readonly lanes: readonly LaneRows[];
  /** With `binWidth`: each lane's `densityBins`. */
  readonly density?: Uint32Array[];
}

/**
 * The first of a lane's entries that may reach into view under `x` (a binary search over the running
 * maximum end: every entry before it ends left of the view). Walk on from there in start order, with
 * `x(start)` and `x(end)`, until an entry starts right of the view. A plain loop at each caller, not a
 * callback: passing positions to a callback boxes them, thousands of times a frame.
 */
function firstVisible(index: LayoutIndex, lane: number, x: (time: number) => number): number {
  let lo = index.laneStart[lane]!;
  let hi = index.laneStart[lane + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x(index.maxEnd[mid]!) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Scratch space for the items that find no row, reused from frame to frame (a frame at 10,000
 * items can overflow thousands): each one's place in the index, its centre and its span in pixels.
 */
let scratch = {
  entry: new Int32Array(256),
  center: new Float64Array(256),
  sx0: new Float64Array(256),
  sx1: new Float64Array(256),
  order: new Int32Array(256),
};

function scratchFor(n: number): typeof scratch {
  if (scratch.entry.length >= n) return scratch;
  const size = 2 ** Math.ceil(Math.log2(n));
  const grow = <T extends Int32Array | Float64Array>(a: T): T => {
    const b = new (a.constructor as new (n: number) => T)(size);
    b.set(a);
    return b;
  };
  scratch = {
    entry: grow(scratch.entry),
    center: grow(scratch.center),
    sx0: grow(scratch.sx0),
    sx1: grow(scratch.sx1),
    order: new Int32Array(size),
  };
  return scratch;
}

/**
 * Sorts `order[from..to)` by `key[order[i]]`, ties by the order they are in (stable). An overflow
 * comes in start order, so sorted by centre it is nearly sorted already: only a span's centre lies
 * right of later starts. An insertion sort takes O(n) plus one move per such inversion, where a
 * comparison sort costs O(n log n) comparator calls (most of a zoomed-out frame's layout at 10,000
 * items); past a budget of moves (data in no useful order) it hands over to the comparison sort.
 */
function sortNearlySorted(order: Int32Array, from: number, to: number, key: Float64Array): void {
  let budget = 8 * (to - from) + 64;
  for (let i = from + 1; i < to; i++) {
    const o = order[i]!;
    const k = key[o]!;
    let j = i - 1;
    while (j >= from && key[order[j]!]! > k) {
      order[j + 1] = order[j]!;
      j--;
      budget--;
    }
    order[j + 1] = o;
    if (budget < 0) {
      // (Ties by index: the order met, as the insertion sort keeps them.)
      order.subarray(from, to).sort((p, q) => cmp(key[p]!, key[q]!) || p - q);
      return;
    }
  }
}

/**
 * Places every visible item in its lane: each item gets the first row where its mark and label fit
 * without touching a neighbour. A label sits inside a bar that holds it, else to the right of the mark,
 * flipping to the left when it would run off the right edge. An item that finds no row among `maxRows`
 * is never dropped: it joins a count badge in the lane's badge row, merged with overflow neighbours
 * whose badges would touch, so badges never overlap; an item alone in its badge is drawn there itself
 * when its label has room. Same-start items keep the order they were given in.
 *
 * `entries` may be an index from `indexEntries` (build it once per set of items): then a frame costs
 * O(v * maxRows + o log o) for the v items in view, o of them overflowing, never a sort of all items;
 * an item that cannot fit any full row is counted without measuring its label. `x` must be monotonic.
 * The overflow is kept in reused typed arrays: a frame allocates per lane, per badge and per item
 * placed, not per item in view.
 */
export function layoutTimeline(
  entries: readonly LayoutEntry[] | LayoutIndex,
  x: (time: number) => number,
  options: LayoutOptions,
): TimelineLayout {
  // (The defaults are filled in here, not by the caller spreading `DEFAULT_LAYOUT` into its options: an
  // object made that way has a shape of its own that the engine drops whenever no such object is left,
  // and with it this function's optimized code, which the next timeline's first layout then runs without.)
  const {
    width,
    laneCount,
    maxRows = DEFAULT_LAYOUT.maxRows,
    markWidth = DEFAULT_LAYOUT.markWidth,
    gap = DEFAULT_LAYOUT.gap,
    badgeWidth = DEFAULT_LAYOUT.badgeWidth,
    startInset = 0,
    binWidth,
  } = options;
  const index = 'laneStart' in entries ? entries : indexEntries(entries, laneCount);
  const all = index.entries;
  const labelWidth = (e: LayoutEntry) => e.labelWidth ?? options.labelWidth?.(e) ?? 0;

  // Where an item's mark and label go, and the box the two take together: `place` fills `box`
  // (numbers kept in a closure's variables would be boxed on every write) and returns the label's side.
  const box = new Float64Array(6);
  const [X0, X1, LABEL_X, BOX_START, BOX_END, POINT] = [0, 1, 2, 3, 4, 5] as const;
  const place = (e: LayoutEntry, sx0: number, sx1: number): PlacedItem['labelSide'] => {
    const point = sx1 - sx0 < markWidth;
    const center = (sx0 + sx1) / 2;
    const x0 = point ? center - markWidth / 2 : sx0;
    const x1 = point ? center + markWidth / 2 : sx1;
    const lw = labelWidth(e);
    // A bar wide enough holds its label inside (from its visible start); otherwise the label goes
    // beside the mark, on the right when it fits there, else on the left, else where there is more room.
    const visibleStart = Math.max(x0, startInset);
    const need = lw + gap;
    let labelSide: PlacedItem['labelSide'];
    if (!point && Math.min(x1, width) - visibleStart >= need + gap) labelSide = 'inside';
    else if (x1 + need <= width) labelSide = 'right';
    else if (x0 - need >= 0) labelSide = 'left';
    else labelSide = width - x1 >= x0 ? 'right' : 'left';
    const labelX = labelSide === 'inside' ? visibleStart + gap : labelSide === 'right' ? x1 + gap : x0 - gap - lw;
    box[X0] = x0;
    box[X1] = x1;
    box[LABEL_X] = labelX;
    box[BOX_START] = Math.min(x0, labelX);
    box[BOX_END] = Math.max(x1, labelX + lw);
    box[POINT] = point ? 1 : 0;
    return labelSide;
  };
  const placed = (e: LayoutEntry, row: number, labelSide: PlacedItem['labelSide']): PlacedItem => ({
    id: e.id,
    lane: e.lane,
    row,
    x0: box[X0]!,
    x1: box[X1]!,
    point: box[POINT] === 1,
    labelSide,
    labelX: box[LABEL_X]!,
  });

  const items: PlacedItem[] = [];
  const rowEnds: number[][] = Array.from({ length: laneCount }, () => []);
  let s = scratch;
  let overflow = 0;
  /** `overflowStart[l]` up to `overflowStart[l + 1]` are lane `l`'s overflow. */
  const overflowStart = new Int32Array(laneCount + 1);
  // The rug's counts, one difference array per lane (see `countSpan`), in a list made the same way with
  // bins or without: made as an empty literal in one layout and by `map` in the next, it had two shapes,
  // and each change cost this function its optimized code.
  const diffs: Int32Array[] = [];

  for (let lane = 0; lane < laneCount; lane++) {
    const ends = rowEnds[lane]!;
    const diff = binWidth ? new Int32Array(Math.max(0, Math.ceil(width / binWidth)) + 1) : undefined;
    if (diff) diffs.push(diff);
    const open = options.expanded?.has(lane) ?? false;
    overflowStart[lane] = overflow;
    const last = index.laneStart[lane + 1]!;
    for (let i = firstVisible(index, lane, x); i < last; i++) {
      const sx0 = x(index.starts[i]!);
      if (sx0 > width) break;
      const sx1 = x(index.ends[i]!);
      if (sx1 < 0) continue;
      if (diff) countSpan(diff, sx0, sx1, binWidth!);
      const center = (sx0 + sx1) / 2;
      let row = -1;
      // Every row is in use: an item whose mark already touches each row's end cannot fit,
      // whatever its label (the label box starts at the mark or left of it).
      let fits = ends.length < maxRows || open;
      if (!fits) {
        const markLeft = sx1 - sx0 < markWidth ? center - markWidth / 2 : sx0;
        for (let r = 0; r < ends.length && !fits; r++) fits = ends[r]! + gap <= markLeft;
      }
      let side: PlacedItem['labelSide'] = 'right';
      const e = all[i]!;
      if (fits) {
        side = place(e, sx0, sx1);
        for (let r = 0; r < ends.length && row < 0; r++) if (ends[r]! + gap <= box[BOX_START]!) row = r;
        if (row < 0 && (ends.length < maxRows || open)) row = ends.length;
      }
      if (row < 0) {
        if (overflow === s.entry.length) s = scratchFor(overflow + 1);
        s.entry[overflow] = i;
        s.center[overflow] = center;
        s.sx0[overflow] = sx0;
        s.sx1[overflow] = sx1;
        overflow++;
        continue;
      }
      ends[row] = box[BOX_END]!;
      items.push(placed(e, row, side));
    }
  }
  overflowStart[laneCount] = overflow;

  // Each lane's overflow by centre (nearly sorted already: by start), ties in the order met.
  const order = s.order;
  for (let o = 0; o < overflow; o++) order[o] = o;
  const center = s.center;
  for (let lane = 0; lane < laneCount; lane++) {
    const a = overflowStart[lane]!;
    const b = overflowStart[lane + 1]!;
    if (b - a > 1) sortNearlySorted(order, a, b, center);
  }

  // Clusters of touching badges: runs of `order`, each `[from, to)`, with its place and time extent.
  const clusterLane: number[] = [];
  const clusterX: number[] = [];
  const clusterFrom: number[] = [];
  for (let k = 0, lane = 0; k < overflow; k++) {
    while (k >= overflowStart[lane + 1]!) lane++;
    const o = order[k]!;
    const left = Math.min(Math.max(center[o]! - badgeWidth / 2, 0), Math.max(width - badgeWidth, 0));
    const c = clusterLane.length - 1;
    if (c >= 0 && clusterLane[c] === lane && left < clusterX[c]! + badgeWidth) continue;
    clusterLane.push(lane);
    clusterX.push(left);
    clusterFrom.push(k);
  }
  clusterFrom.push(overflow);

  // In the badge row, a cluster of one item is drawn as that item, label and all, when its box
  // touches no other badge and no other item there: a badge saying "+1" would only cost a click.
  // Every badge's place counts as taken until its item actually moves in, so nothing lands on a badge.
  // The places taken, in cluster order: within a lane they start in x order and never overlap (badges
  // only touch, an item moves in only where it touches nothing). Their ends need not rise (a badge of
  // no width can sit at the start of an item moved in before it), so a box is checked leftwards until
  // every place before it ends clear of it (`reach`: the furthest end so far in the lane), and
  // rightwards until a place starts clear of it.
  const badges: Badge[] = [];
  const clusters = clusterLane.length;
  // (Typed arrays: copies made by `slice` and `map` held whole numbers in one layout and fractions in
  // the next, a change of element kind that cost this function its optimized code.)
  const takenStart = Float64Array.from(clusterX);
  const takenEnd = Float64Array.from(clusterX, (cx) => cx + badgeWidth);
  const reach = new Float64Array(clusters);
  const overflowLanes = new Set(clusterLane);
  for (let i = 0; i < clusters; i++) {
    const lane = clusterLane[i]!;
    const from = clusterFrom[i]!;
    const to = clusterFrom[i + 1]!;
    const row = rowEnds[lane]!.length;
    if (to - from === 1) {
      const o = order[from]!;
      const entry = all[s.entry[o]!]!;
      const side = place(entry, s.sx0[o]!, s.sx1[o]!);
      const boxStart = box[BOX_START]!;
      const boxEnd = box[BOX_END]!;
      let clear = true;
      for (let j = i - 1; clear && j >= 0 && clusterLane[j] === lane; j--) {
        if (reach[j]! + gap <= boxStart) break;
        clear = takenEnd[j]! + gap <= boxStart || boxEnd + gap <= takenStart[j]!;
      }
      for (let j = i + 1; clear && j < clusters && clusterLane[j] === lane; j++) {
        if (boxEnd + gap <= takenStart[j]!) break;
        clear = takenEnd[j]! + gap <= boxStart;
      }
      if (clear) {
        takenStart[i] = boxStart;
        takenEnd[i] = boxEnd;
        reach[i] = Math.max(boxEnd, i > 0 && clusterLane[i - 1] === lane ? reach[i - 1]! : -Infinity);
        items.push(placed(entry, row, side));
        continue;
      }
    }
    reach[i] = Math.max(takenEnd[i]!, i > 0 && clusterLane[i - 1] === lane ? reach[i - 1]! : -Infinity);
    const ids: string[] = [];
    let start = Infinity;
    let end = -Infinity;
    for (let k = from; k < to; k++) {
      const i = s.entry[order[k]!]!;
      ids.push(index.ids[i]!);
      start = Math.min(start, index.starts[i]!);
      end = Math.max(end, index.ends[i]!);
    }
    badges.push({ lane, row, x: clusterX[i]!, ids, start, end });
  }

  const lanes = rowEnds.map((ends, lane) => ({ rows: Math.max(1, ends.length + (overflowLanes.has(lane) ? 1 : 0)) }));
  return binWidth ? { items, badges, lanes, density: diffs.map(binCounts) } : { items, badges, lanes };
}

/**
 * Counts a span from `x0` to `x1` pixels once in each bin it covers, into a difference array (a slot
 * per bin and one after): +1 where its bins begin, -1 after them.
 */
function countSpan(diff: Int32Array, x0: number, x1: number, binWidth: number): void {
  const a = Math.max(0, Math.floor(x0 / binWidth));
  const b = Math.min(diff.length - 2, Math.floor(x1 / binWidth));
  if (b >= a) {
    diff[a]!++;
    diff[b + 1]!--;
  }
}

/**
 * Each bin's count from a difference array of its own (not a view into a larger buffer), summed in
 * place: the counts are never negative.
 */
function binCounts(diff: Int32Array): Uint32Array {
  for (let i = 1; i < diff.length; i++) diff[i]! += diff[i - 1]!;
  return new Uint32Array(diff.buffer, 0, diff.length - 1);
}

/**
 * Items per `binWidth`-pixel column of each lane, for every item in view (labelled, in a badge or
 * not): a level-of-detail layer that draws marks closer than a pixel or two as one, shaded by count.
 * A span counts once in each bin it covers. O(v + bins) for the v items in view. (The timeline's rug
 * gets the same counts from `layoutTimeline` with `binWidth`, in its own pass over the items.)
 */
export function densityBins(
  index: LayoutIndex,
  x: (time: number) => number,
  width: number,
  binWidth = 2,
): Uint32Array[] {
  const out: Uint32Array[] = [];
  for (let lane = 0; lane + 1 < index.laneStart.length; lane++) {
    const diff = new Int32Array(Math.max(0, Math.ceil(width / binWidth)) + 1);
    const last = index.laneStart[lane + 1]!;
    for (let i = firstVisible(index, lane, x); i < last; i++) {
      const x0 = x(index.starts[i]!);
      if (x0 > width) break;
      const x1 = x(index.ends[i]!);
      if (x1 >= 0) countSpan(diff, x0, x1, binWidth);
    }
    out.push(binCounts(diff));
  }
  return out;
}
