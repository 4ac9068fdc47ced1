import type { DatasetError } from './errors.js';

/** One of the elements' texts (see `Words`), with its values and the count that picks its plural form. */
export type Said = readonly [text: string, args: Record<string, string | number>, count?: number];
export const said = (text: string, args: Record<string, string | number>, count?: number): Said => [text, args, count];

/** Why data from a source cannot be shown: the words to say it in, and each problem in the data. */
export interface SourceFailure {
  readonly said: Said;
  readonly errors?: readonly DatasetError[];
}

/** An exception's message, whatever was thrown (even a value whose own conversion throws). */
export function describeError(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return 'an exception';
  }
}

/** How many events `problems` leave out: each names its event first (`events[3].when`). */
export const leftOut = (problems: readonly DatasetError[]): number =>
  new Set(problems.map((e) => /^events\[\d+\]/.exec(e.path)?.[0])).size;
