import { CATEGORIES, type ChronicleEvent } from '../data/types.js';
import { CATEGORY_LABELS } from './categories.js';

export const GROUP_BY = ['category', 'actor', 'none'] as const;
/** How items are split into lanes. */
export type GroupBy = (typeof GROUP_BY)[number];

export interface Lane {
  readonly key: string;
  readonly label: string;
}

/** The lane of items that name no actor, when lanes are by actor. */
export const NO_ACTOR_LANE = { key: '', label: 'No actor named' } as const;

/**
 * The lanes for a set of items and the lane index of each item (`laneIndex[i]` is `events[i]`'s).
 * - `category`: the fixed category order, only categories that hold an item.
 * - `actor`: one lane per actor, by the first actor each item names (its main actor), busiest lane
 *   first, then by name; items naming no actor share a last lane. `actorNames` gives lane labels.
 * - `none`: everything in one lane.
 */
export function assignLanes(
  events: readonly ChronicleEvent[],
  groupBy: GroupBy,
  actorNames: ReadonlyMap<string, string> = new Map(),
): { lanes: Lane[]; laneIndex: Int32Array } {
  const laneIndex = new Int32Array(events.length);
  if (groupBy === 'none') return { lanes: [{ key: 'all', label: 'Events' }], laneIndex };
  if (groupBy === 'actor') {
    const counts = new Map<string, number>();
    for (const e of events) {
      const key = e.actors[0] ?? NO_ACTOR_LANE.key;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const name = (key: string) => (key === NO_ACTOR_LANE.key ? NO_ACTOR_LANE.label : (actorNames.get(key) ?? key));
    const keys = [...counts.keys()].sort(
      (a, b) =>
        Number(a === NO_ACTOR_LANE.key) - Number(b === NO_ACTOR_LANE.key) ||
        counts.get(b)! - counts.get(a)! ||
        name(a).localeCompare(name(b)),
    );
    const index = new Map(keys.map((k, i) => [k, i]));
    for (let i = 0; i < events.length; i++) laneIndex[i] = index.get(events[i]!.actors[0] ?? NO_ACTOR_LANE.key)!;
    return { lanes: keys.map((key) => ({ key, label: name(key) })), laneIndex };
  }
  const present = new Set(events.map((e) => e.category));
  const keys = CATEGORIES.filter((c) => present.has(c));
  const index = new Map(keys.map((k, i) => [k, i]));
  for (let i = 0; i < events.length; i++) laneIndex[i] = index.get(events[i]!.category)!;
  return { lanes: keys.map((key) => ({ key, label: CATEGORY_LABELS[key] })), laneIndex };
}
