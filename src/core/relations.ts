import type { ChronicleEvent } from '../data/types.js';

export interface RelationIndex {
  /** For each disputed item, the items that dispute it, in the order given. */
  readonly disputedBy: ReadonlyMap<string, readonly string[]>;
  /** For each supported item, the items that support it, in the order given. */
  readonly supportedBy: ReadonlyMap<string, readonly string[]>;
  /** For each item, every item linked to it either way (disputes, supports, or is disputed or supported by). */
  readonly related: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Indexes the links between claims both ways, so a disputed claim knows what disputes it and
 * selecting either end of a link can highlight the other. Links to items not in `events` are ignored.
 */
export function indexRelations(events: readonly ChronicleEvent[]): RelationIndex {
  const disputedBy = new Map<string, string[]>();
  const supportedBy = new Map<string, string[]>();
  const related = new Map<string, Set<string>>();
  // Most large datasets link nothing: then there is nothing to index.
  if (!events.some((e) => e.relations?.length)) return { disputedBy, supportedBy, related };
  const ids = new Set(events.map((e) => e.id));
  const link = (a: string, b: string) => {
    if (!related.has(a)) related.set(a, new Set());
    related.get(a)!.add(b);
  };
  for (const e of events) {
    for (const r of e.relations ?? []) {
      if (!ids.has(r.target) || r.target === e.id) continue;
      link(e.id, r.target);
      link(r.target, e.id);
      const by = r.type === 'disputes' ? disputedBy : supportedBy;
      if (!by.has(r.target)) by.set(r.target, []);
      by.get(r.target)!.push(e.id);
    }
  }
  return { disputedBy, supportedBy, related };
}
