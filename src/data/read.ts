import { MAX_YEAR, MIN_YEAR, calendarEnd, calendarStart, parseCalendarDate } from '../core/dates.js';
import {
  CATEGORIES,
  DATE_METHODS,
  RELATION_TYPES,
  type ChronicleEvent,
  type DateBasis,
  type Relation,
  type SourceRef,
  type When,
} from './types.js';
import type { DatasetError } from './errors.js';
import { isWebAddress } from './sound.js';

// Reading one event, shared by the dataset parser (which loads on demand) and the elements' check of
// events given as a property (which every page needs): one wording for each problem either way.

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export type Json = Record<string, unknown>;

export const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
};

/** Collects errors while reading; each reader returns a value or `undefined` when it reported a problem. */
export class Reader {
  readonly errors: DatasetError[] = [];

  fail(path: string, message: string): undefined {
    this.errors.push({ path, message });
    return undefined;
  }

  /** Fields other than `allowed` are problems too, unless `allowed` is left out. */
  object(value: unknown, path: string, what: string, allowed?: readonly string[]): Json | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.fail(path, `expected ${what} (an object), found ${describe(value)}`);
    }
    if (allowed) {
      for (const key in value) {
        if (!allowed.includes(key)) this.fail(join(path, key), `"${key}" is not a field of ${what}`);
      }
    }
    return value as Json;
  }

  list(value: unknown, path: string): readonly unknown[] | undefined {
    if (!Array.isArray(value)) return this.fail(path, `expected a list, found ${describe(value)}`);
    return value;
  }

  string(obj: Json, key: string, path: string, opts: { optional?: boolean; max?: number } = {}): string | undefined {
    const value = obj[key];
    // (The path is joined only for a problem: most values have none.)
    if (value === undefined) return opts.optional ? undefined : this.fail(join(path, key), 'is required');
    if (typeof value !== 'string') return this.fail(join(path, key), `expected text, found ${describe(value)}`);
    if (value.trim() === '') return this.fail(join(path, key), 'is empty');
    if (opts.max !== undefined && value.length > opts.max) {
      return this.fail(join(path, key), `is ${value.length} characters long; at most ${opts.max} are allowed`);
    }
    return value;
  }

  id(obj: Json, key: string, path: string): string | undefined {
    const value = this.string(obj, key, path);
    if (value !== undefined && !ID.test(value)) {
      return this.fail(
        join(path, key),
        `${describe(value)} is not an id (lowercase letters and digits joined by hyphens)`,
      );
    }
    return value;
  }

  oneOf<T extends string>(obj: Json, key: string, path: string, options: readonly T[]): T | undefined {
    const value = this.string(obj, key, path);
    if (value === undefined) return undefined;
    if (!(options as readonly string[]).includes(value)) {
      return this.fail(join(path, key), `${describe(value)} is not one of ${options.join(', ')}`);
    }
    return value as T;
  }

  date(obj: Json, key: string, path: string, optional = false): string | undefined {
    const value = this.string(obj, key, path, { optional });
    if (value === undefined) return undefined;
    const parsed = parseCalendarDate(value);
    if (typeof parsed === 'object') return value;
    const at = join(path, key);
    switch (parsed) {
      case 'format':
        return this.fail(at, `${describe(value)} is not a calendar date (write YYYY, YYYY-MM or YYYY-MM-DD)`);
      case 'month':
        return this.fail(at, `${describe(value)} is not a calendar date: there is no month ${value.slice(5, 7)}`);
      case 'day':
        return this.fail(at, `${describe(value)} is not a calendar date: that month has no day ${value.slice(8, 10)}`);
      case 'range':
        return this.fail(
          at,
          `${describe(value)} is outside the years the timeline can show (${MIN_YEAR} to ${MAX_YEAR})`,
        );
      default:
        return value;
    }
  }
}

/** The most events a list may hold: far past what stays smooth (tens of thousands), short of a hang. */
export const MAX_EVENTS = 1_000_000;
/** Past this many problems a list is not read on: whatever it is, it is not events with a few mistakes. */
export const MAX_PROBLEMS = 10_000;

/** A problem when `list` is longer than `MAX_EVENTS` (reported at `path`), else undefined. */
export function tooLong(r: Reader, list: readonly unknown[], path: string): true | undefined {
  if (list.length <= MAX_EVENTS) return undefined;
  r.fail(path, `is ${list.length} events long; at most ${MAX_EVENTS} can be shown`);
  return true;
}

/** True, with a problem saying so, when `r` has found more than `MAX_PROBLEMS`: reading stops there. */
export function tooManyProblems(r: Reader): boolean {
  if (r.errors.length <= MAX_PROBLEMS) return false;
  r.fail('events', `has more than ${MAX_PROBLEMS} problems; no more were looked for`);
  return true;
}

export const join = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

function endsBeforeStart(
  r: Reader,
  path: string,
  start: string,
  end: string,
  startKey: string,
  endKey: string,
): boolean {
  // Compare whole calendar spans: `2016-05` to `2016` is fine (the year ends after May begins).
  if (calendarEnd(end) <= calendarStart(start)) {
    r.fail(join(path, endKey), `"${end}" is before ${startKey} "${start}": it ends before it starts`);
    return true;
  }
  return false;
}

/** A time; `format` holds it to the file format (no fields but its own). */
function readWhen(r: Reader, value: unknown, path: string, format: boolean): When | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return r.fail(path, `expected when (an object with a type), found ${describe(value)}`);
  }
  const type = (value as Json).type;
  switch (type) {
    case 'date': {
      const o = r.object(value, path, 'a date', format ? ['type', 'date'] : undefined)!;
      const date = r.date(o, 'date', path);
      return date ? { type, date } : undefined;
    }
    case 'period': {
      const o = r.object(value, path, 'a period', format ? ['type', 'start', 'end', 'ongoing'] : undefined)!;
      const start = r.date(o, 'start', path);
      const end = r.date(o, 'end', path, true);
      const ongoing = o.ongoing;
      if (ongoing !== undefined && typeof ongoing !== 'boolean') {
        return r.fail(join(path, 'ongoing'), `expected true or false, found ${describe(ongoing)}`);
      }
      if (end !== undefined && ongoing === true) return r.fail(path, 'a period cannot have an end and be ongoing');
      if (o.end === undefined && ongoing !== true) {
        return r.fail(path, 'a period needs an end, or "ongoing": true when it has not ended');
      }
      if (!start || (o.end !== undefined && !end)) return undefined;
      if (end !== undefined)
        return endsBeforeStart(r, path, start, end, 'start', 'end') ? undefined : { type, start, end };
      return { type, start, ongoing: true };
    }
    case 'window': {
      const o = r.object(value, path, 'a window', format ? ['type', 'from', 'to'] : undefined)!;
      const from = r.date(o, 'from', path, true);
      const to = r.date(o, 'to', path);
      if (!to || (o.from !== undefined && !from)) return undefined;
      if (from === undefined) return { type, to };
      return endsBeforeStart(r, path, from, to, 'from', 'to') ? undefined : { type, from, to };
    }
    case 'undated': {
      const o = r.object(value, path, 'an undated time', format ? ['type', 'ongoing'] : undefined)!;
      if (o.ongoing !== undefined && typeof o.ongoing !== 'boolean') {
        return r.fail(join(path, 'ongoing'), `expected true or false, found ${describe(o.ongoing)}`);
      }
      return o.ongoing === true ? { type, ongoing: true } : { type };
    }
    default:
      return r.fail(join(path, 'type'), `${describe(type)} is not one of date, period, window, undated`);
  }
}

function readDateBasis(r: Reader, value: unknown, path: string, format: boolean): DateBasis | undefined {
  const o = r.object(value, path, 'a date basis', format ? ['method', 'words', 'note'] : undefined);
  if (!o) return undefined;
  const method = r.oneOf(o, 'method', path, DATE_METHODS);
  const words = r.string(o, 'words', path, { optional: true });
  const note = r.string(o, 'note', path);
  if (!method || !note) return undefined;
  return words === undefined ? { method, note } : { method, words, note };
}

function readSource(r: Reader, value: unknown, path: string, format: boolean): SourceRef | undefined {
  const o = r.object(value, path, 'a source', format ? ['paragraphs', 'attribution', 'url'] : undefined);
  if (!o) return undefined;
  const attribution = r.string(o, 'attribution', path);
  const url = r.string(o, 'url', path, { optional: true });
  if (url !== undefined && !isWebAddress(url))
    return r.fail(join(path, 'url'), `${describe(url)} is not an http or https address`);
  const list =
    o.paragraphs === undefined
      ? r.fail(join(path, 'paragraphs'), 'is required')
      : r.list(o.paragraphs, join(path, 'paragraphs'));
  if (!list) return undefined;
  if (list.length === 0) return r.fail(join(path, 'paragraphs'), 'needs at least one paragraph number');
  const bad = list.findIndex((n) => !Number.isInteger(n) || (n as number) < 0);
  if (bad >= 0) return r.fail(join(join(path, 'paragraphs'), bad), `${describe(list[bad])} is not a paragraph number`);
  if (!attribution) return undefined;
  return url === undefined
    ? { paragraphs: list as number[], attribution }
    : { paragraphs: list as number[], attribution, url };
}

/** A list of ids, each in `known` when a table is given. */
function readIds(
  r: Reader,
  value: unknown,
  path: string,
  known: ReadonlySet<string> | undefined,
  table: string,
): string[] | undefined {
  const list = r.list(value, path);
  if (!list) return undefined;
  const out: string[] = [];
  list.forEach((id, i) => {
    if (typeof id !== 'string') r.fail(join(path, i), `expected an id, found ${describe(id)}`);
    else if (known && !known.has(id)) r.fail(join(path, i), `"${id}" is not in ${table}`);
    else out.push(id);
  });
  return out.length === list.length ? out : undefined;
}

const EVENT_FIELDS = [
  'id',
  'title',
  'summary',
  'category',
  'when',
  'dateBasis',
  'actors',
  'places',
  'source',
  'relations',
];

/**
 * One event, or `undefined` when it has a problem (reported to `r`). A dataset's events (`tables`
 * given) are held to the file format: ids in its form, actors and places from its tables, no other
 * fields, in the event or in its parts. Events handed to an element as a property need only what the
 * elements rely on.
 */
export function readEvent(
  r: Reader,
  value: unknown,
  path: string,
  tables?: { readonly actors: ReadonlySet<string>; readonly places: ReadonlySet<string> },
): ChronicleEvent | undefined {
  const o = r.object(value, path, 'an event', tables && EVENT_FIELDS);
  if (!o) return undefined;
  const id = tables ? r.id(o, 'id', path) : r.string(o, 'id', path);
  // The file format bounds a title; a page's own events may have any (the elements cut labels).
  const title = r.string(o, 'title', path, { max: tables ? 120 : undefined });
  const summary = r.string(o, 'summary', path);
  const category = r.oneOf(o, 'category', path, CATEGORIES);
  const when =
    o.when === undefined
      ? r.fail(join(path, 'when'), 'is required')
      : readWhen(r, o.when, join(path, 'when'), !!tables);
  const dateBasis =
    o.dateBasis === undefined
      ? r.fail(join(path, 'dateBasis'), 'is required')
      : readDateBasis(r, o.dateBasis, join(path, 'dateBasis'), !!tables);
  const actorIds =
    o.actors === undefined
      ? r.fail(join(path, 'actors'), 'is required')
      : readIds(r, o.actors, join(path, 'actors'), tables?.actors, 'actors');
  const placeIds =
    o.places === undefined
      ? r.fail(join(path, 'places'), 'is required')
      : readIds(r, o.places, join(path, 'places'), tables?.places, 'places');
  const source =
    o.source === undefined
      ? r.fail(join(path, 'source'), 'is required')
      : readSource(r, o.source, join(path, 'source'), !!tables);
  let relations: Relation[] | undefined;
  if (o.relations !== undefined) {
    const list = r.list(o.relations, join(path, 'relations'));
    relations = [];
    list?.forEach((rel, i) => {
      const at = join(join(path, 'relations'), i);
      const ro = r.object(rel, at, 'a relation', tables && ['type', 'target']);
      if (!ro) return;
      const type = r.oneOf(ro, 'type', at, RELATION_TYPES);
      const target = tables ? r.id(ro, 'target', at) : r.string(ro, 'target', at);
      if (type && target) relations!.push({ type, target });
    });
  }
  if (!id || !title || !summary || !category || !when || !dateBasis || !actorIds || !placeIds || !source)
    return undefined;
  const event: ChronicleEvent = {
    id,
    title,
    summary,
    category,
    when,
    dateBasis,
    actors: actorIds,
    places: placeIds,
    source,
  };
  return relations ? { ...event, relations } : event;
}

/**
 * Each relation's target must be an event's id, and not the event's own. `ids` holds every id written
 * in the input, even of an item rejected for another reason: one mistake gives one problem, not a
 * cascade. `indexOf` gives an event's place in the input, for the path.
 */
export function checkRelations(
  r: Reader,
  events: readonly ChronicleEvent[],
  ids: ReadonlySet<unknown>,
  indexOf: (event: ChronicleEvent) => number,
): void {
  for (const event of events) {
    event.relations?.forEach((rel, i) => {
      const at = `events[${indexOf(event)}].relations[${i}].target`;
      if (!ids.has(rel.target)) r.fail(at, `"${rel.target}" is not the id of an event`);
      else if (rel.target === event.id) r.fail(at, 'an event cannot refer to itself');
    });
  }
}

/** `events` with each relation to an event not among them dropped (its target was left out). */
export function withoutLinksTo<T extends ChronicleEvent>(events: readonly T[]): T[] {
  const ids = new Set(events.map((e) => e.id));
  return events.map((e) =>
    e.relations?.some((rel) => !ids.has(rel.target))
      ? { ...e, relations: e.relations.filter((rel) => ids.has(rel.target)) }
      : e,
  );
}
