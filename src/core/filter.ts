import type { Category, ChronicleEvent } from '../data/types.js';

/**
 * Which items to show. Each list present narrows what is shown to items with one of its values;
 * an absent list does not narrow. `{}` shows everything; `{ actors: ['iran'] }` shows only items
 * naming Iran among their actors; `{ categories: [] }` shows nothing.
 */
export interface ChronicleFilter {
  readonly categories?: readonly Category[];
  readonly actors?: readonly string[];
}

/**
 * `filter` as the functions here read it: a page's script can set anything, so what is not a filter
 * (`null`, a number) is none, and a list that is not a list (`{ actors: 5 }`) does not narrow.
 */
export function cleanFilter(filter: unknown): ChronicleFilter {
  const f = (filter && typeof filter === 'object' ? filter : {}) as Record<string, unknown>;
  const text = (x: unknown) => typeof x === 'string';
  const clean: Record<string, string[]> = {};
  for (const key of ['categories', 'actors']) {
    const v = f[key];
    // (A list of text is kept as it is: other code may compare it by identity.)
    if (Array.isArray(v)) clean[key] = v.every(text) ? v : v.filter(text);
  }
  return clean;
}

/** Whether `event` passes `filter`. */
export function matchesFilter(event: ChronicleEvent, filter: ChronicleFilter): boolean {
  const { categories, actors } = cleanFilter(filter);
  if (categories && !categories.includes(event.category)) return false;
  if (actors && !event.actors.some((a) => actors.includes(a))) return false;
  return true;
}

/** The items of `events` that pass `filter`, in their order (the same array when nothing narrows). */
export function filterEvents(events: readonly ChronicleEvent[], given: ChronicleFilter): readonly ChronicleEvent[] {
  const filter = cleanFilter(given);
  if (!filter.categories && !filter.actors) return events;
  const categories = filter.categories && new Set<string>(filter.categories);
  const actors = filter.actors && new Set(filter.actors);
  return events.filter(
    (e) => (!categories || categories.has(e.category)) && (!actors || e.actors.some((a) => actors.has(a))),
  );
}

/** Whether two filters show the same items for any data (lists compared as sets). */
export function sameFilter(given: unknown, other: unknown): boolean {
  const same = (x?: readonly string[], y?: readonly string[]) =>
    x === y || (!!x && !!y && x.every((v) => y.includes(v)) && y.every((v) => x.includes(v)));
  try {
    const [a, b] = [cleanFilter(given), cleanFilter(other)];
    return same(a.categories, b.categories) && same(a.actors, b.actors);
  } catch {
    // (A filter that throws when read is never the same as another: the element reads it, and says so.)
    return false;
  }
}

/**
 * `filter` with `value` added to, or removed from, its `key` list: the legend's toggles. A list that
 * comes to be empty is dropped, so the last toggle released shows everything again.
 */
export function toggleFilter(given: ChronicleFilter, key: keyof ChronicleFilter, value: string): ChronicleFilter {
  const filter = cleanFilter(given);
  const current: readonly string[] = filter[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const rest: { -readonly [K in keyof ChronicleFilter]: ChronicleFilter[K] } = { ...filter };
  delete rest[key];
  return next.length === 0 ? rest : { ...rest, [key]: next };
}

/** Items per value: how many items of `events` have each category and name each actor. */
export function countBy(events: readonly ChronicleEvent[]): {
  categories: Map<string, number>;
  actors: Map<string, number>;
} {
  const categories = new Map<string, number>();
  const actors = new Map<string, number>();
  for (const e of events) {
    categories.set(e.category, (categories.get(e.category) ?? 0) + 1);
    for (const a of new Set(e.actors)) actors.set(a, (actors.get(a) ?? 0) + 1);
  }
  return { categories, actors };
}
