import {
  ACTOR_KINDS,
  type Actor,
  type ChronicleDataset,
  type ChronicleEvent,
  type Place,
  type ReportInfo,
} from './types.js';
import type { DatasetError } from './errors.js';
import {
  MAX_PROBLEMS,
  Reader,
  checkRelations,
  join,
  readEvent,
  tooLong,
  tooManyProblems,
  withoutLinksTo,
  type Json,
} from './read.js';

export type ParseResult =
  | {
      readonly ok: true;
      readonly dataset: ChronicleDataset;
      /**
       * With `partial`, the problems of the events left out (each path names its event); else, and
       * when nothing was left out, empty.
       */
      readonly rejected: readonly DatasetError[];
    }
  | { readonly ok: false; readonly errors: readonly DatasetError[] };

export interface ParseOptions {
  /**
   * Leave out the events that have problems and keep the rest, instead of rejecting the whole
   * dataset. A problem outside the events (the report, the actors, the places, the file's shape)
   * still rejects it, and so does a list of events none of which can be kept.
   */
  readonly partial?: boolean;
}

export { formatDatasetError, type DatasetError } from './errors.js';
// Events given to an element as a property are checked with the same reader, in the same file.
export { checkEvents, type CheckedEvents } from './check.js';
// So do datasets from JSON text and `src` URLs.
export { fetchDataset, readDataset, type DatasetRead } from './source.js';

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

function readTable<T extends { id: string }>(
  r: Reader,
  value: unknown,
  path: string,
  read: (r: Reader, v: unknown, p: string) => T | undefined,
  /** Filled with each item's place in the list. */
  indexes?: Map<T, number>,
): T[] {
  const list = value === undefined ? r.fail(path, 'is required') : r.list(value, path);
  const seen = new Map<string, number>();
  const out: T[] = [];
  if (!list || tooLong(r, list, path)) return out;
  list.forEach((v, i) => {
    // A list of mostly problems is not read to its end (its problems are not all listed either).
    if (r.errors.length > MAX_PROBLEMS) return;
    const item = read(r, v, join(path, i));
    if (!item) return;
    const first = seen.get(item.id);
    if (first !== undefined) r.fail(join(join(path, i), 'id'), `"${item.id}" is already the id of ${path}[${first}]`);
    else {
      seen.set(item.id, i);
      indexes?.set(item, i);
      out.push(item);
    }
  });
  return out;
}

/**
 * Turns unknown JSON into a typed dataset, or every problem found, each with its path.
 * It rejects unknown fields, unknown and duplicate ids, impossible dates, ends before starts and
 * dates outside the years the timeline can show. It never throws. With `partial`, see `ParseOptions`.
 */
export function parseDataset(json: unknown, options: ParseOptions = {}): ParseResult {
  const r = new Reader();
  const root = r.object(json, '', 'a dataset', ['$schema', 'report', 'actors', 'places', 'events']);
  if (!root) return { ok: false, errors: r.errors };
  const report = root.report === undefined ? r.fail('report', 'is required') : readReport(r, root.report);
  const actors = readTable(r, root.actors, 'actors', readActor);
  const places = readTable(r, root.places, 'places', readPlace);
  const tables = { actors: new Set(actors.map((a) => a.id)), places: new Set(places.map((p) => p.id)) };
  const outside = r.errors.length;
  const indexOf = new Map<ChronicleEvent, number>();
  const events = readTable(r, root.events, 'events', (rr, v, p) => readEvent(rr, v, p, tables), indexOf);
  const rawEvents = Array.isArray(root.events) ? root.events : [];
  const eventIds = new Set(rawEvents.map((e) => (e as Json | null)?.id).filter((id) => typeof id === 'string'));
  checkRelations(r, events, eventIds, (event) => indexOf.get(event)!);
  if (tooManyProblems(r)) return { ok: false, errors: r.errors };
  if (!report) return { ok: false, errors: r.errors };
  if (r.errors.length === 0) return { ok: true, dataset: { report, actors, places, events }, rejected: [] };
  const problems = r.errors.slice(outside);
  // Partial: only when every problem is an event's, and some events are left.
  if (!options.partial || outside > 0 || problems.some((e) => !/^events\[\d+\]/.test(e.path)))
    return { ok: false, errors: r.errors };
  const bad = new Set(problems.map((e) => Number(/^events\[(\d+)\]/.exec(e.path)![1])));
  const kept = events.filter((event) => !bad.has(indexOf.get(event)!));
  if (kept.length === 0) return { ok: false, errors: r.errors };
  return { ok: true, dataset: { report, actors, places, events: withoutLinksTo(kept) }, rejected: problems };
}
