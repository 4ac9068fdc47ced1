/**
 * The vertical (narrow-screen) layout's placement: one column, time running down. Each item's mark
 * sits at its time; its label, one row tall, sits beside it, pushed down just enough not to touch the
 * label above (anywhere along the item's own span, or up to `maxShift` past its end), and joined to its
 * mark by a leader. An item whose label would land further away is counted in a badge at its time
 * instead, merged with neighbours whose badges would touch, so the crowded week stays a handful of
 * readable rows and a count, not a smear. Zooming in stretches the spans, and the count unfolds.
 * Pure: no DOM. O(v) for the v items in view, given them in time order.
 */

/** One dated item, in time order: its span in pixels down the column is `y(start)` to `y(end)`. */
export interface ColumnEntry {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export interface ColumnOptions {
  /**
   * Visible height in pixels: items wholly outside `[0, height]` are culled, and every label row and
   * badge lies inside it.
   */
  readonly height: number;
  /** Height of one label row. */
  readonly rowHeight: number;
  /** Furthest a label may be pushed below its mark's end before the item is counted in a badge instead. */
  readonly maxShift: number;
  /** Indices (in `entries`) of items the reader opened: their labels may be pushed any distance. */
  readonly unfolded?: ReadonlySet<number>;
}

export interface ColumnItem {
  readonly id: string;
  /** The mark's top and bottom in pixels (a point's are equal). */
  readonly y0: number;
  readonly y1: number;
  /** The label row's centre. */
  readonly labelY: number;
}

export interface ColumnBadge {
  /** The badge's centre. */
  readonly y: number;
  readonly ids: readonly string[];
  /** Time extent of the items inside, to zoom to. */
  readonly start: number;
  readonly end: number;
}

export interface ColumnLayout {
  readonly items: readonly ColumnItem[];
  readonly badges: readonly ColumnBadge[];
}

/**
 * Places `entries` (in time order) down a column under `y` (monotonic, increasing with time): labels
 * never overlap each other or a badge, and every item in view is either labelled or counted.
 */
export function layoutColumn(
  entries: readonly ColumnEntry[],
  y: (time: number) => number,
  { height, rowHeight, maxShift, unfolded }: ColumnOptions,
): ColumnLayout {
  const items: ColumnItem[] = [];
  const badges: { y: number; ids: string[]; start: number; end: number }[] = [];
  const join = (badge: (typeof badges)[number], e: ColumnEntry) => {
    badge.ids.push(e.id);
    badge.start = Math.min(badge.start, e.start);
    badge.end = Math.max(badge.end, e.end);
  };
  /** Entries labelled so far, by id (a label can give its row up to a badge at the foot of the view). */
  const byId = new Map<string, ColumnEntry>();
  /** The bottom of the lowest label row or badge so far (the first row starts at the top). */
  let floor = 0;
  for (const [i, e] of entries.entries()) {
    const y0 = y(e.start);
    const y1 = y(e.end);
    if (y1 < 0) continue;
    if (y0 > height) break;
    const anchor = Math.max(y0, 0);
    const labelY = Math.max(anchor, floor + rowHeight / 2);
    const last = badges[badges.length - 1];
    const shift = unfolded?.has(i) ? Infinity : maxShift;
    if (labelY <= Math.max(anchor, y1) + shift && labelY + rowHeight / 2 <= height) {
      items.push({ id: e.id, y0, y1, labelY });
      byId.set(e.id, e);
      floor = labelY + rowHeight / 2;
    } else if (last && anchor - last.y < rowHeight) {
      // Joins the badge just above: badges never touch.
      join(last, e);
    } else {
      // At its mark, or the first free row, kept inside the view.
      const at = Math.min(Math.max(anchor, floor + rowHeight / 2), height - rowHeight / 2);
      const lowest = items[items.length - 1];
      if (at >= floor + rowHeight / 2 || (!last && !lowest)) {
        badges.push({ y: at, ids: [e.id], start: e.start, end: e.end });
        floor = at + rowHeight / 2;
      } else if (last && (!lowest || last.y > lowest.labelY)) {
        // No row left below: the lowest row is a badge, which counts this item too.
        join(last, e);
      } else {
        // No row left below: the lowest label gives its row up to a badge counting both.
        items.pop();
        const taken = byId.get(lowest!.id)!;
        badges.push({ y: lowest!.labelY, ids: [taken.id], start: taken.start, end: taken.end });
        join(badges[badges.length - 1]!, e);
      }
    }
  }
  return { items, badges };
}
