/**
 * The vertical (narrow-screen) layout's placement: one column, time running down. Each item's mark
 * sits at its time; its label, one row tall, sits beside it, pushed down just enough not to touch the
 * label above, and joined to its mark by a leader when pushed. An item whose label would land further
 * than `maxShift` from its mark is counted in a badge at its time instead, merged with neighbours whose
 * badges would touch, so the crowded week stays a handful of readable rows and a count, not a smear.
 * Pure: no DOM. O(v) for the v items in view, given them in time order.
 */

/** One dated item, in time order: its span in pixels down the column is `y(start)` to `y(end)`. */
export interface ColumnEntry {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export interface ColumnOptions {
  /** Visible height in pixels; items wholly outside `[0, height]` are culled. */
  readonly height: number;
  /** Height of one label row. */
  readonly rowHeight: number;
  /** Furthest a label may be pushed below its mark before the item is counted in a badge instead. */
  readonly maxShift: number;
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
  { height, rowHeight, maxShift }: ColumnOptions,
): ColumnLayout {
  const items: ColumnItem[] = [];
  const badges: { y: number; ids: string[]; start: number; end: number }[] = [];
  /** The bottom of the lowest label row or badge so far (the first row starts at the top). */
  let floor = 0;
  for (const e of entries) {
    const y0 = y(e.start);
    const y1 = y(e.end);
    if (y1 < 0) continue;
    if (y0 > height) break;
    const anchor = Math.max(y0, 0);
    const labelY = Math.max(anchor, floor + rowHeight / 2);
    const last = badges[badges.length - 1];
    if (labelY - anchor <= maxShift && labelY + rowHeight / 2 <= height + maxShift) {
      items.push({ id: e.id, y0, y1, labelY });
      floor = labelY + rowHeight / 2;
    } else if (last && anchor - last.y < rowHeight) {
      // Joins the badge just above: badges never touch.
      last.ids.push(e.id);
      last.start = Math.min(last.start, e.start);
      last.end = Math.max(last.end, e.end);
    } else {
      const at = Math.max(anchor, floor + rowHeight / 2);
      badges.push({ y: at, ids: [e.id], start: e.start, end: e.end });
      floor = at + rowHeight / 2;
    }
  }
  return { items, badges };
}
