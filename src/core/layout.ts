/** One dated item, ready for layout: zoom-independent facts only. */
export interface LayoutEntry {
  readonly id: string;
  /** Index of the lane the item belongs to. */
  readonly lane: number;
  readonly start: number;
  readonly end: number;
  /** Width in pixels of the item's label text (already truncated if need be). */
  readonly labelWidth: number;
}

export interface LayoutOptions {
  /** Visible drawing width in pixels; items wholly outside `[0, width]` are culled. */
  readonly width: number;
  readonly laneCount: number;
  /** Rows of labelled items a lane may use before further items go into a count badge. */
  readonly maxRows: number;
  /** Lanes the reader expanded: they use as many rows as their items need, with no badge. */
  readonly expanded?: ReadonlySet<number>;
  /** Narrowest mark in pixels: a short item is drawn as a point mark this wide. */
  readonly markWidth: number;
  /** Space between a mark and its label, and between neighbours in a row. */
  readonly gap: number;
  /** Width a count badge claims. */
  readonly badgeWidth: number;
}

export const DEFAULT_LAYOUT: Omit<LayoutOptions, 'width' | 'laneCount'> = {
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
}

/**
 * Places every visible item in its lane: each item gets the first row where its mark and label fit
 * without touching a neighbour. A label sits inside a bar that holds it, else to the right of the mark,
 * flipping to the left when it would run off the right edge. An item that finds no row among `maxRows` is never dropped: it joins a count badge in the
 * lane's badge row, merged with overflow neighbours whose badges would touch, so badges never overlap; an item alone in its badge is drawn there itself when its label has room.
 * Same-start items keep the order they were given in. O(n log n + n * maxRows).
 */
export function layoutTimeline(
  entries: readonly LayoutEntry[],
  x: (time: number) => number,
  options: LayoutOptions,
): TimelineLayout {
  const { width, laneCount, maxRows, markWidth, gap, badgeWidth } = options;
  const order = entries.map((e, i) => ({ e, i, x0: x(e.start), x1: x(e.end) }));
  order.sort((a, b) => a.e.lane - b.e.lane || a.x0 - b.x0 || a.x1 - b.x1 || a.i - b.i);

  /** Where an item's mark and label go, and the box the two take together. */
  const place = (e: LayoutEntry, sx0: number, sx1: number) => {
    const point = sx1 - sx0 < markWidth;
    const center = (sx0 + sx1) / 2;
    const x0 = point ? center - markWidth / 2 : sx0;
    const x1 = point ? center + markWidth / 2 : sx1;
    // A bar wide enough holds its label inside (from its visible start); otherwise the label goes
    // beside the mark, on the right when it fits there, else on the left, else where there is more room.
    const visibleStart = Math.max(x0, 0);
    const need = e.labelWidth + gap;
    let labelSide: PlacedItem['labelSide'];
    if (!point && Math.min(x1, width) - visibleStart >= need + gap) labelSide = 'inside';
    else if (x1 + need <= width) labelSide = 'right';
    else if (x0 - need >= 0) labelSide = 'left';
    else labelSide = width - x1 >= x0 ? 'right' : 'left';
    const labelX =
      labelSide === 'inside' ? visibleStart + gap : labelSide === 'right' ? x1 + gap : x0 - gap - e.labelWidth;
    return {
      center,
      boxStart: Math.min(x0, labelX),
      boxEnd: Math.max(x1, labelX + e.labelWidth),
      item: (row: number): PlacedItem => ({ id: e.id, lane: e.lane, row, x0, x1, point, labelSide, labelX }),
    };
  };

  const items: PlacedItem[] = [];
  const overflow: { lane: number; center: number; entry: LayoutEntry; placed: ReturnType<typeof place> }[] = [];
  const rowEnds: number[][] = Array.from({ length: laneCount }, () => []);

  for (const { e, x0: sx0, x1: sx1 } of order) {
    if (sx1 < 0 || sx0 > width) continue;
    const placed = place(e, sx0, sx1);
    const ends = rowEnds[e.lane]!;
    let row = ends.findIndex((end) => end + gap <= placed.boxStart);
    if (row < 0 && (ends.length < maxRows || options.expanded?.has(e.lane))) row = ends.length;
    if (row < 0) {
      overflow.push({ lane: e.lane, center: placed.center, entry: e, placed });
      continue;
    }
    ends[row] = placed.boxEnd;
    items.push(placed.item(row));
  }

  type Cluster = { lane: number; x: number; members: typeof overflow; start: number; end: number };
  const clusters: Cluster[] = [];
  overflow.sort((a, b) => a.lane - b.lane || a.center - b.center);
  for (const o of overflow) {
    const left = Math.min(Math.max(o.center - badgeWidth / 2, 0), Math.max(width - badgeWidth, 0));
    const current = clusters[clusters.length - 1];
    if (current && current.lane === o.lane && left < current.x + badgeWidth) {
      current.members.push(o);
      current.start = Math.min(current.start, o.entry.start);
      current.end = Math.max(current.end, o.entry.end);
    } else clusters.push({ lane: o.lane, x: left, members: [o], start: o.entry.start, end: o.entry.end });
  }

  // In the badge row, a cluster of one item is drawn as that item, label and all, when its box
  // touches no other badge and no other item there: a badge saying "+1" would only cost a click.
  // Every badge's place counts as taken until its item actually moves in, so nothing lands on a badge.
  const badges: Badge[] = [];
  const taken = new Map<Cluster, { lane: number; start: number; end: number }>(
    clusters.map((c) => [c, { lane: c.lane, start: c.x, end: c.x + badgeWidth }]),
  );
  for (const c of clusters) {
    const row = rowEnds[c.lane]!.length;
    if (c.members.length === 1) {
      const { placed } = c.members[0]!;
      const clear = [...taken].every(
        ([other, t]) =>
          other === c || t.lane !== c.lane || placed.boxEnd + gap <= t.start || t.end + gap <= placed.boxStart,
      );
      if (clear) {
        taken.set(c, { lane: c.lane, start: placed.boxStart, end: placed.boxEnd });
        items.push(placed.item(row));
        continue;
      }
    }
    badges.push({ lane: c.lane, row, x: c.x, ids: c.members.map((m) => m.entry.id), start: c.start, end: c.end });
  }

  const lanes = rowEnds.map((ends, lane) => ({
    rows: Math.max(1, ends.length + (overflow.some((o) => o.lane === lane) ? 1 : 0)),
  }));
  return { items, badges, lanes };
}
