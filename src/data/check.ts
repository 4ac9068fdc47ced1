import type { ChronicleEvent } from './types.js';
import type { DatasetError } from './errors.js';
import { Reader, checkRelations, describe, readEvent, tooLong, tooManyProblems, withoutLinksTo } from './read.js';
import { soundEvent, soundList } from './sound.js';
import { describeError } from './said.js';

/** Events given to an element as a property, checked. */
export interface CheckedEvents {
  /** The events that can be shown: the list itself when every one is sound. */
  readonly events: readonly ChronicleEvent[];
  /** What is wrong with the others, each with its path (`events[3].when.date`); empty when nothing is. */
  readonly problems: readonly DatasetError[];
  /** Nothing can be shown: the value is not a list, or none of its events is sound. */
  readonly unusable: boolean;
}

/**
 * Checks events handed to an element as a property (plain JavaScript can hand it anything) for what
 * the elements rely on: each an object with an id of its own, a title, a summary, a known category, a
 * time whose dates exist and do not end before they start, a date basis, actors, places and a source.
 * Other fields are the page's own and are left alone. The problems are worded as the dataset parser
 * words them. Never throws. A list is read afresh each time: the page may have changed it in place.
 */
export function checkEvents(value: unknown): CheckedEvents {
  try {
    return check(value);
  } catch (e) {
    // A value that throws when it is read (a getter, a Proxy): nothing of it can be shown.
    const problem = { path: 'events', message: `cannot be read: ${describeError(e)}` };
    return { events: [], problems: [problem], unusable: true };
  }
}

function check(value: unknown): CheckedEvents {
  if (!Array.isArray(value)) {
    const problem = { path: 'events', message: `expected a list of events, found ${describe(value)}` };
    return { events: [], problems: [problem], unusable: true };
  }
  if (soundList(value)) return { events: value, problems: [], unusable: false };
  const r = new Reader();
  const list = value as readonly unknown[];
  if (tooLong(r, list, 'events')) return { events: [], problems: r.errors, unusable: true };
  const seen = new Map<string, number>();
  // The events read, as places in `list` (only sound events are kept, so the page's own objects are),
  // and as read (an event with a problem is read into a copy that holds only what could be read).
  const read: number[] = [];
  const copies = new Map<number, ChronicleEvent>();
  let related = false;
  for (let i = 0; i < list.length; i++) {
    if (tooManyProblems(r)) return { events: [], problems: r.errors, unusable: true };
    const item = list[i];
    const event = soundEvent(item) ? (item as ChronicleEvent) : readEvent(r, item, `events[${i}]`);
    if (!event) continue;
    const first = seen.get(event.id);
    if (first !== undefined) {
      r.fail(`events[${i}].id`, `"${event.id}" is already the id of events[${first}]`);
      continue;
    }
    seen.set(event.id, i);
    read.push(i);
    if (event !== item) copies.set(i, event);
    related ||= event.relations !== undefined;
  }
  if (related) {
    const ids = new Set(list.map((e) => (e as { id?: unknown } | null)?.id).filter((id) => typeof id === 'string'));
    const at = new Map(read.map((i) => [copies.get(i) ?? (list[i] as ChronicleEvent), i]));
    checkRelations(r, [...at.keys()], ids, (event) => at.get(event)!);
  }
  if (r.errors.length === 0) return { events: value as readonly ChronicleEvent[], problems: [], unusable: false };
  const bad = new Set(r.errors.map((e) => Number(/^events\[(\d+)\]/.exec(e.path)![1])));
  const kept = read.filter((i) => !bad.has(i)).map((i) => list[i] as ChronicleEvent);
  // A relation to an event left out is dropped with it.
  const events = withoutLinksTo(kept);
  return { events, problems: r.errors, unusable: events.length === 0 };
}
