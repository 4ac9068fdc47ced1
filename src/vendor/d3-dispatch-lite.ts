// The embed bundle's stand-in for d3-dispatch (see vite.bundle.config.ts): the named callbacks d3-zoom
// and d3-drag keep, as d3-dispatch 3.0 keeps them (`on` with `type.name` and space-separated
// typenames, a getter, `null` to remove, `copy`, `call` and `apply`), without its checks for types that
// were never declared, which only catch mistakes in code this library does not have.
// After d3-dispatch 3.0.1: Copyright 2010-2021 Mike Bostock, ISC License.

import { parseTypenames } from './typenames.js';

type Callback = (this: unknown, ...args: unknown[]) => void;
type Entry = { name: string; value: Callback };
type Types = Record<string, Entry[]>;

/** `type`'s callbacks without the one named `name`, plus `callback` under that name if given. */
function set(type: Entry[], name: string, callback: Callback | null): Entry[] {
  const rest = type.filter((c) => c.name !== name);
  if (callback != null) rest.push({ name, value: callback });
  return rest;
}

export class Dispatch {
  constructor(private readonly _: Types) {}

  on(typenames: string, callback?: Callback | null): unknown {
    const _ = this._;
    const T = parseTypenames(`${typenames}`);
    if (arguments.length < 2) {
      for (const { type, name } of T) {
        const c = type && _[type]?.find((e) => e.name === name);
        if (c) return c.value;
      }
      return undefined;
    }
    for (const { type, name } of T) {
      if (type) _[type] = set(_[type]!, name, callback ?? null);
      else if (callback == null) for (const t in _) _[t] = set(_[t]!, name, null);
    }
    return this;
  }

  copy(): Dispatch {
    const copy: Types = {};
    for (const t in this._) copy[t] = this._[t]!.slice();
    return new Dispatch(copy);
  }

  call(type: string, that: unknown, ...args: unknown[]): void {
    this.apply(type, that, args);
  }

  apply(type: string, that: unknown, args: unknown[]): void {
    for (const c of this._[type] ?? []) c.value.apply(that, args);
  }
}

/** A dispatcher for the given event types. */
export function dispatch(...types: string[]): Dispatch {
  const _: Types = {};
  for (const t of types) _[t] = [];
  return new Dispatch(_);
}
