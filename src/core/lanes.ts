import { CATEGORIES, type ChronicleEvent } from '../data/types.js';
import { CATEGORY_LABELS } from './categories.js';

export const GROUP_BY = ['category', 'none'] as const;
/** How items are split into lanes. */
export type GroupBy = (typeof GROUP_BY)[number];

export interface Lane {
  readonly key: string;
  readonly label: string;
}

/**
 * The lanes for a set of items and the lane index of each item. Category lanes follow the fixed
 * category order and only appear when they hold an item; `none` puts everything in one lane.
 */
export function assignLanes(
  events: readonly ChronicleEvent[],
  groupBy: GroupBy,
): { lanes: Lane[]; laneOf: Map<string, number> } {
  const laneOf = new Map<string, number>();
  if (groupBy === 'none') {
    for (const e of events) laneOf.set(e.id, 0);
    return { lanes: [{ key: 'all', label: 'Events' }], laneOf };
  }
  const present = new Set(events.map((e) => e.category));
  const keys = CATEGORIES.filter((c) => present.has(c));
  const index = new Map(keys.map((k, i) => [k, i]));
  for (const e of events) laneOf.set(e.id, index.get(e.category)!);
  return { lanes: keys.map((key) => ({ key, label: CATEGORY_LABELS[key] })), laneOf };
}
