import { MAX_YEAR, MIN_YEAR, calendarEnd, calendarStart, parseCalendarDate } from '../core/dates.js';
import {
  ACTOR_KINDS,
  CATEGORIES,
  DATE_METHODS,
  RELATION_TYPES,
  type Actor,
  type ChronicleDataset,
  type ChronicleEvent,
  type DateBasis,
  type Place,
  type Relation,
  type ReportInfo,
  type SourceRef,
  type When,
} from './types.js';
import type { DatasetError } from './errors.js';

export type ParseResult =
  | { readonly ok: true; readonly dataset: ChronicleDataset }
  | { readonly ok: false; readonly errors: readonly DatasetError[] };

export { formatDatasetError, type DatasetError } from './errors.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type Json = Record<string, unknown>;

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
};

/** Collects errors while reading; each reader returns a value or `undefined` when it reported a problem. */
class Reader {
  readonly errors: DatasetError[] = [];

  fail(path: string, message: string): undefined {
    this.errors.push({ path, message });
    return undefined;
  }

  object(value: unknown, path: string, what: string, allowed: readonly string[]): Json | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.fail(path, `expected ${what} (an object), found ${describe(value)}`);
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.fail(join(path, key), `"${key}" is not a field of ${what}`);
    }
    return value as Json;
  }

  list(value: unknown, path: string): readonly unknown[] | undefined {
    if (!Array.isArray(value)) return this.fail(path, `expected a list, found ${describe(value)}`);
    return value;
  }

  string(obj: Json, key: string, path: string, opts: { optional?: boolean; max?: number } = {}): string | undefined {
    const value = obj[key];
    const at = join(path, key);
    if (value === undefined) return opts.optional ? undefined : this.fail(at, 'is required');
    if (typeof value !== 'string') return this.fail(at, `expected text, found ${describe(value)}`);
    if (value.trim() === '') return this.fail(at, 'is empty');
    if (opts.max !== undefined && value.length > opts.max) {
      return this.fail(at, `is ${value.length} characters long; at most ${opts.max} are allowed`);
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

const join = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

function readReport(r: Reader, value: unknown): ReportInfo | undefined {
  const o = r.object(value, 'report', 'the report', ['title', 'date', 'dateNote']);
  if (!o) return undefined;
  const title = r.string(o, 'title', 'report');
  const date = r.date(o, 'date', 'report');
  const dateNote = r.string(o, 'dateNote', 'report');
  return title && date && dateNote ? { title, date, dateNote } : undefined;
}

function readActor(r: Reader, value: unknown, path: string): Actor | undefined {
  const o = r.object(value, path, 'an actor', ['id', 'name', 'kind']);
  if (!o) return undefined;
  const id = r.id(o, 'id', path);
  const name = r.string(o, 'name', path);
  const kind = r.oneOf(o, 'kind', path, ACTOR_KINDS);
  return id && name && kind ? { id, name, kind } : undefined;
}

function readPlace(r: Reader, value: unknown, path: string): Place | undefined {
  const o = r.object(value, path, 'a place', ['id', 'name', 'coordinates']);
  if (!o) return undefined;
  const id = r.id(o, 'id', path);
  const name = r.string(o, 'name', path);
  let coordinates: readonly [number, number] | undefined;
  if (o.coordinates !== undefined) {
    const c = o.coordinates;
    const at = join(path, 'coordinates');
    if (!Array.isArray(c) || c.length !== 2 || !c.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      r.fail(at, 'expected [longitude, latitude], two numbers');
    } else if (Math.abs(c[0] as number) > 180 || Math.abs(c[1] as number) > 90) {
      r.fail(at, `[${c.join(', ')}] is not a longitude (-180 to 180) and latitude (-90 to 90)`);
    } else {
      coordinates = [c[0] as number, c[1] as number];
    }
  }
  if (!id || !name) return undefined;
  return coordinates ? { id, name, coordinates } : { id, name };
}

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

function readWhen(r: Reader, value: unknown, path: string): When | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return r.fail(path, `expected when (an object with a type), found ${describe(value)}`);
  }
  const type = (value as Json).type;
  switch (type) {
    case 'date': {
      const o = r.object(value, path, 'a date', ['type', 'date'])!;
      const date = r.date(o, 'date', path);
      return date ? { type, date } : undefined;
    }
    case 'period': {
      const o = r.object(value, path, 'a period', ['type', 'start', 'end', 'ongoing'])!;
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
      const o = r.object(value, path, 'a window', ['type', 'from', 'to'])!;
      const from = r.date(o, 'from', path, true);
      const to = r.date(o, 'to', path);
      if (!to || (o.from !== undefined && !from)) return undefined;
      if (from === undefined) return { type, to };
      return endsBeforeStart(r, path, from, to, 'from', 'to') ? undefined : { type, from, to };
    }
    case 'undated': {
      const o = r.object(value, path, 'an undated time', ['type', 'ongoing'])!;
      if (o.ongoing !== undefined && typeof o.ongoing !== 'boolean') {
        return r.fail(join(path, 'ongoing'), `expected true or false, found ${describe(o.ongoing)}`);
      }
      return o.ongoing === true ? { type, ongoing: true } : { type };
    }
    default:
      return r.fail(join(path, 'type'), `${describe(type)} is not one of date, period, window, undated`);
  }
}

function readDateBasis(r: Reader, value: unknown, path: string): DateBasis | undefined {
  const o = r.object(value, path, 'a date basis', ['method', 'words', 'note']);
  if (!o) return undefined;
  const method = r.oneOf(o, 'method', path, DATE_METHODS);
  const words = r.string(o, 'words', path, { optional: true });
  const note = r.string(o, 'note', path);
  if (!method || !note) return undefined;
  return words === undefined ? { method, note } : { method, words, note };
}

function readSource(r: Reader, value: unknown, path: string): SourceRef | undefined {
  const o = r.object(value, path, 'a source', ['paragraphs', 'attribution']);
  if (!o) return undefined;
  const attribution = r.string(o, 'attribution', path);
  const list =
    o.paragraphs === undefined
      ? r.fail(join(path, 'paragraphs'), 'is required')
      : r.list(o.paragraphs, join(path, 'paragraphs'));
  if (!list) return undefined;
  if (list.length === 0) return r.fail(join(path, 'paragraphs'), 'needs at least one paragraph number');
  const bad = list.findIndex((n) => !Number.isInteger(n) || (n as number) < 0);
  if (bad >= 0) return r.fail(join(join(path, 'paragraphs'), bad), `${describe(list[bad])} is not a paragraph number`);
  return attribution ? { paragraphs: list as number[], attribution } : undefined;
}

function readIds(
  r: Reader,
  value: unknown,
  path: string,
  known: ReadonlySet<string>,
  table: string,
): string[] | undefined {
  const list = r.list(value, path);
  if (!list) return undefined;
  const out: string[] = [];
  list.forEach((id, i) => {
    if (typeof id !== 'string') r.fail(join(path, i), `expected an id, found ${describe(id)}`);
    else if (!known.has(id)) r.fail(join(path, i), `"${id}" is not in ${table}`);
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

function readEvent(
  r: Reader,
  value: unknown,
  path: string,
  actors: ReadonlySet<string>,
  places: ReadonlySet<string>,
): ChronicleEvent | undefined {
  const o = r.object(value, path, 'an event', EVENT_FIELDS);
  if (!o) return undefined;
  const id = r.id(o, 'id', path);
  const title = r.string(o, 'title', path, { max: 120 });
  const summary = r.string(o, 'summary', path);
  const category = r.oneOf(o, 'category', path, CATEGORIES);
  const when =
    o.when === undefined ? r.fail(join(path, 'when'), 'is required') : readWhen(r, o.when, join(path, 'when'));
  const dateBasis =
    o.dateBasis === undefined
      ? r.fail(join(path, 'dateBasis'), 'is required')
      : readDateBasis(r, o.dateBasis, join(path, 'dateBasis'));
  const actorIds =
    o.actors === undefined
      ? r.fail(join(path, 'actors'), 'is required')
      : readIds(r, o.actors, join(path, 'actors'), actors, 'actors');
  const placeIds =
    o.places === undefined
      ? r.fail(join(path, 'places'), 'is required')
      : readIds(r, o.places, join(path, 'places'), places, 'places');
  const source =
    o.source === undefined
      ? r.fail(join(path, 'source'), 'is required')
      : readSource(r, o.source, join(path, 'source'));
  let relations: Relation[] | undefined;
  if (o.relations !== undefined) {
    const list = r.list(o.relations, join(path, 'relations'));
    relations = [];
    list?.forEach((rel, i) => {
      const at = join(join(path, 'relations'), i);
      const ro = r.object(rel, at, 'a relation', ['type', 'target']);
      if (!ro) return;
      const type = r.oneOf(ro, 'type', at, RELATION_TYPES);
      const target = r.id(ro, 'target', at);
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

function readTable<T extends { id: string }>(
  r: Reader,
  value: unknown,
  path: string,
  read: (r: Reader, v: unknown, p: string) => T | undefined,
): T[] {
  const list = value === undefined ? r.fail(path, 'is required') : r.list(value, path);
  const seen = new Map<string, number>();
  const out: T[] = [];
  list?.forEach((v, i) => {
    const item = read(r, v, join(path, i));
    if (!item) return;
    const first = seen.get(item.id);
    if (first !== undefined) r.fail(join(join(path, i), 'id'), `"${item.id}" is already the id of ${path}[${first}]`);
    else {
      seen.set(item.id, i);
      out.push(item);
    }
  });
  return out;
}

/**
 * Turns unknown JSON into a typed dataset, or every problem found, each with its path.
 * It rejects unknown fields, unknown and duplicate ids, impossible dates, ends before starts and
 * dates outside the years the timeline can show. It never throws.
 */
export function parseDataset(json: unknown): ParseResult {
  const r = new Reader();
  const root = r.object(json, '', 'a dataset', ['$schema', 'report', 'actors', 'places', 'events']);
  if (!root) return { ok: false, errors: r.errors };
  const report = root.report === undefined ? r.fail('report', 'is required') : readReport(r, root.report);
  const actors = readTable(r, root.actors, 'actors', readActor);
  const places = readTable(r, root.places, 'places', readPlace);
  const actorIds = new Set(actors.map((a) => a.id));
  const placeIds = new Set(places.map((p) => p.id));
  const events = readTable(r, root.events, 'events', (rr, v, p) => readEvent(rr, v, p, actorIds, placeIds));
  const rawEvents = Array.isArray(root.events) ? root.events : [];
  // Every id written in the file counts as a target, even of an item rejected for another reason:
  // one mistake should produce one error, not a cascade.
  const eventIds = new Set(rawEvents.map((e) => (e as Json | null)?.id).filter((id) => typeof id === 'string'));
  const indexOf = new Map<unknown, number>();
  rawEvents.forEach((e, i) => {
    const id = (e as Json | null)?.id;
    if (!indexOf.has(id)) indexOf.set(id, i);
  });
  events.forEach((event) => {
    const index = indexOf.get(event.id);
    event.relations?.forEach((rel, i) => {
      const at = `events[${index}].relations[${i}].target`;
      if (!eventIds.has(rel.target)) r.fail(at, `"${rel.target}" is not the id of an event`);
      else if (rel.target === event.id) r.fail(at, 'an event cannot refer to itself');
    });
  });
  if (r.errors.length > 0 || !report) return { ok: false, errors: r.errors };
  return { ok: true, dataset: { report, actors, places, events } };
}
