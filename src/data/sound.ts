import { calendarEnd, calendarStart, parseCalendarDate } from '../core/dates.js';
import { CATEGORIES, DATE_METHODS, RELATION_TYPES, type ChronicleEvent } from './types.js';
import type { DatasetError } from './errors.js';
import { describeError } from './said.js';

// The quick check: true only for an event `readEvent` (without tables) would accept as it is. It
// allocates nothing, so tens of thousands of sound events cost a few milliseconds; an event it
// doubts is read by `readEvent`, which says what is wrong. (A property test holds the two together.)

const SOMETHING = /\S/;
/** Text with something besides spaces in it. Most text starts with a visible ASCII character: that needs no search. */
const text = (v: unknown): boolean => {
  if (typeof v !== 'string') return false;
  const c = v.charCodeAt(0);
  return (c > 0x20 && c < 0x7f) || SOMETHING.test(v);
};
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && typeof parseCalendarDate(v) === 'object';
const texts = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');
const ordered = (start: string, end: string) => calendarEnd(end) > calendarStart(start);

function soundWhen(w: Json): boolean {
  switch (w.type) {
    case 'date':
      return isDate(w.date);
    case 'period':
      if (!isDate(w.start)) return false;
      if (w.ongoing === true) return w.end === undefined;
      return (w.ongoing === undefined || w.ongoing === false) && isDate(w.end) && ordered(w.start, w.end);
    case 'window':
      return isDate(w.to) && (w.from === undefined || (isDate(w.from) && ordered(w.from, w.to)));
    case 'undated':
      return w.ongoing === undefined || typeof w.ongoing === 'boolean';
    default:
      return false;
  }
}

export function soundEvent(e: unknown): boolean {
  if (!isObject(e)) return false;
  const { when, dateBasis: basis, source, relations } = e;
  return (
    text(e.id) &&
    text(e.title) &&
    text(e.summary) &&
    (CATEGORIES as readonly unknown[]).includes(e.category) &&
    isObject(when) &&
    soundWhen(when) &&
    isObject(basis) &&
    (DATE_METHODS as readonly unknown[]).includes(basis.method) &&
    text(basis.note) &&
    (basis.words === undefined || text(basis.words)) &&
    texts(e.actors) &&
    texts(e.places) &&
    isObject(source) &&
    text(source.attribution) &&
    (source.url === undefined || (typeof source.url === 'string' && isWebAddress(source.url))) &&
    Array.isArray(source.paragraphs) &&
    source.paragraphs.length > 0 &&
    source.paragraphs.every((n) => Number.isInteger(n) && (n as number) >= 0) &&
    (relations === undefined ||
      (Array.isArray(relations) &&
        relations.every(
          (rel) => isObject(rel) && (RELATION_TYPES as readonly unknown[]).includes(rel.type) && text(rel.target),
        )))
  );
}

/**
 * An absolute `http:` or `https:` address: the only links the elements make from data. (`javascript:`,
 * `data:`, relative addresses and text that is no address are not.)
 */
export function isWebAddress(text: string): boolean {
  // (No spaces or control characters: an address with them is not one, though a browser would mend it.)
  if (!/^https?:\/\//i.test(text) || /[\s\p{Cc}]/u.test(text)) return false;
  try {
    const { protocol, host } = new URL(text);
    return (protocol === 'http:' || protocol === 'https:') && host !== '';
  } catch {
    return false;
  }
}

const named = (v: { id?: unknown; name?: unknown } | null) => typeof v?.id === 'string' && typeof v.name === 'string';
/** The most names a list may hold: one longer (a list with holes can claim billions) is not read. */
const MAX_NAMES = 1_000_000;

/**
 * A page's `actors` or `places` as the elements read them: a list of `{ id, name }` (both text), with
 * anything else in it passed over, or `undefined` when it is not a list at all (a page's script can
 * set anything; a mistake there costs names, not the element). `namesProblems` says what was passed over.
 */
export function namedList<T extends { readonly id: string; readonly name: string }>(value: unknown): T[] | undefined {
  try {
    return Array.isArray(value) ? (value.length > MAX_NAMES ? [] : value.filter(named)) : undefined;
  } catch {
    // (A list that throws when read: none of it can be used.)
    return [];
  }
}

/** What `namedList` passes over in `value`, given as `key` (`actors[2]: …`); the first 10,000. */
export function namesProblems(key: string, value: unknown): DatasetError[] {
  if (value == null) return [];
  const fail = (message: string) => [{ path: key, message }];
  if (!Array.isArray(value)) return fail('expected a list of { id, name }');
  const problems: DatasetError[] = [];
  try {
    if (value.length > MAX_NAMES) return fail(`has more than ${MAX_NAMES} entries: none was read`);
    for (let i = 0; i < value.length && problems.length < 10_000; i++)
      if (!named(value[i])) problems.push({ path: `${key}[${i}]`, message: 'expected { id, name }, both text' });
  } catch (e) {
    return fail(`cannot be read: ${describeError(e)}`);
  }
  return problems;
}

/**
 * Lists an element found sound and hands on to one of its parts (an explorer to its timeline), so the
 * part takes it without checking it again, once. Any other check reads the list afresh: the page may
 * have changed it in place since it was last checked.
 */
const vouched = new WeakSet<object>();

/**
 * `list` was just found sound: the next check of it in this task, by the part it is handed to, can
 * skip reading it.
 */
export const vouch = (list: object) => {
  vouched.add(list);
  setTimeout(() => vouched.delete(list));
};

/** Forgets `vouch`: `list` is read the next time it is checked (it may have changed since). */
export const forgetSound = (list: object) => vouched.delete(list);

/**
 * True when every event of `value` (a list) is sound, their ids are distinct and every relation
 * points to another of them: nothing to report, and the list can be shown as it is. Anything else
 * is for `checkEvents` (loaded on demand) to tell apart.
 */
export function soundList(value: unknown): value is readonly ChronicleEvent[] {
  if (!Array.isArray(value)) return false;
  if (vouched.delete(value)) return true;
  const ids = new Set<string>();
  let related = false;
  for (const e of value as unknown[]) {
    if (!soundEvent(e)) return false;
    const { id, relations } = e as ChronicleEvent;
    if (ids.has(id)) return false;
    ids.add(id);
    related ||= relations !== undefined;
  }
  if (related) {
    for (const e of value as ChronicleEvent[])
      for (const rel of e.relations ?? []) if (rel.target === e.id || !ids.has(rel.target)) return false;
  }
  return true;
}
