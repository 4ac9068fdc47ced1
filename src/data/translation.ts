import type { DatasetError } from './parse.js';
import type { ChronicleDataset } from './types.js';

/** One item's words in another language: any left out stay in the dataset's own language. */
export interface EventTranslation {
  readonly title?: string;
  readonly summary?: string;
  /** Who says so ("two Iraqi security sources"), as the card's "According to …" reads it. */
  readonly attribution?: string;
  /** How the item was dated (`dateBasis.note`). The report's own words it quotes stay as they are. */
  readonly dateNote?: string;
}

/**
 * A dataset's words in another language, keyed by the dataset's ids: what a reader of that language
 * sees in every element. Anything missing falls back to the dataset's own words. The shipped Syria
 * dataset has one for Arabic (`data/syria.ar.json`); give your own to `translateDataset`.
 */
export interface DatasetTranslation {
  /** A BCP 47 language tag: `ar`, `fr`, `pt-BR`. */
  readonly locale: string;
  readonly report?: { readonly title?: string };
  readonly events: Readonly<Record<string, EventTranslation>>;
  /** Actor names by actor id. */
  readonly actors?: Readonly<Record<string, string>>;
  /** Place names by place id. */
  readonly places?: Readonly<Record<string, string>>;
}

export type TranslationResult =
  | { readonly ok: true; readonly translation: DatasetTranslation }
  | { readonly ok: false; readonly errors: readonly DatasetError[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks untrusted JSON as a translation of `dataset`: a locale, text where text is expected, and
 * only ids the dataset has (a misspelt id would silently translate nothing). Every problem is listed
 * with where it is, as `parseDataset` lists them.
 */
export function parseTranslation(json: unknown, dataset: ChronicleDataset): TranslationResult {
  const errors: DatasetError[] = [];
  const fail = (path: string, message: string) => errors.push({ path, message });
  if (!isRecord(json)) return { ok: false, errors: [{ path: '', message: 'a translation must be a JSON object' }] };
  if (typeof json.locale !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(json.locale))
    fail('locale', 'must be a language tag such as "ar"');
  const text = (path: string, v: unknown) => {
    if (v !== undefined && (typeof v !== 'string' || v.trim() === '')) fail(path, 'must be non-empty text');
  };
  const table = (key: 'events' | 'actors' | 'places', ids: Set<string>, each: (path: string, v: unknown) => void) => {
    const t = json[key];
    if (t === undefined && key !== 'events') return;
    if (!isRecord(t)) return fail(key, 'must be an object keyed by id');
    for (const [id, v] of Object.entries(t)) {
      if (!ids.has(id)) fail(`${key}.${id}`, `is not an id of the dataset's ${key}`);
      each(`${key}.${id}`, v);
    }
  };
  table('events', new Set(dataset.events.map((e) => e.id)), (path, v) => {
    if (!isRecord(v)) return fail(path, 'must be an object with title, summary, attribution or dateNote');
    for (const [k, w] of Object.entries(v)) {
      if (k === 'title' || k === 'summary' || k === 'attribution' || k === 'dateNote') text(`${path}.${k}`, w);
      else fail(`${path}.${k}`, 'is not a field a translation has');
    }
  });
  table('actors', new Set(dataset.actors.map((a) => a.id)), (path, v) => text(path, v ?? ''));
  table('places', new Set(dataset.places.map((p) => p.id)), (path, v) => text(path, v ?? ''));
  if (json.report !== undefined) {
    if (!isRecord(json.report)) fail('report', 'must be an object');
    else text('report.title', json.report.title);
  }
  return errors.length ? { ok: false, errors } : { ok: true, translation: json as unknown as DatasetTranslation };
}

/** `dataset` in the translation's words, item by item, keeping its own where the translation has none. */
export function translateDataset(dataset: ChronicleDataset, translation: DatasetTranslation): ChronicleDataset {
  const { events, actors = {}, places = {} } = translation;
  return {
    report: { ...dataset.report, title: translation.report?.title ?? dataset.report.title },
    actors: dataset.actors.map((a) => (Object.hasOwn(actors, a.id) ? { ...a, name: actors[a.id]! } : a)),
    places: dataset.places.map((p) => (Object.hasOwn(places, p.id) ? { ...p, name: places[p.id]! } : p)),
    events: dataset.events.map((e) => {
      const t = Object.hasOwn(events, e.id) ? events[e.id] : undefined;
      if (!t) return e;
      return {
        ...e,
        title: t.title ?? e.title,
        summary: t.summary ?? e.summary,
        source: { ...e.source, attribution: t.attribution ?? e.source.attribution },
        dateBasis: { ...e.dateBasis, note: t.dateNote ?? e.dateBasis.note },
      };
    }),
  };
}
