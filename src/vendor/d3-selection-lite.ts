// The embed bundle's stand-in for d3-selection (see vite.bundle.config.ts). Only d3-zoom, d3-drag's
// dragDisable/dragEnable and the zoom controller use selections here, and only of one node (the chart,
// or the window during a drag): `select` of a node, `pointer`, and the selection methods they call.
// The full module (about 4 KB gzip) keeps data joins, transitions hooks and selector engines.
//
// `on`, `property`, `style` and `pointer` follow d3-selection 3.0.0 exactly, to the listener records
// it keeps on the node (`__on`): Copyright 2010-2021 Mike Bostock, ISC License.

import { parseTypenames } from './typenames.js';

type Node = Element | Window | Document;
/** A node as d3 sees it: its data and listener records are kept on it. */
type D3Node = Node & {
  __data__?: unknown;
  __on?: Listener[];
  [property: string]: unknown;
};
type Callback = (this: D3Node, ...args: unknown[]) => unknown;

interface Listener {
  type: string;
  name: string;
  value: Callback;
  listener: EventListener;
  options?: boolean | AddEventListenerOptions;
}

/** A selection of at most one node, with the methods d3-zoom, d3-drag and the zoom controller call. */
export class Selection {
  constructor(private readonly group: D3Node[]) {}

  node(): D3Node | null {
    return this.group[0] ?? null;
  }

  each(callback: Callback): this {
    this.group.forEach((node, i, group) => callback.call(node, node.__data__, i, group));
    return this;
  }

  call(callback: (selection: this, ...args: unknown[]) => unknown, ...args: unknown[]): this {
    callback(this, ...args);
    return this;
  }

  filter(match: Callback): Selection {
    return new Selection(this.group.filter((node, i, group) => match.call(node, node.__data__, i, group)));
  }

  datum(): unknown {
    return this.node()?.__data__;
  }

  property(name: string, value?: unknown): unknown {
    if (arguments.length < 2) return this.node()?.[name];
    return this.each(function (this: D3Node, ...args: unknown[]) {
      const v = typeof value === 'function' ? (value as Callback).apply(this, args) : value;
      if (v == null) delete this[name];
      else this[name] = v;
    });
  }

  style(name: string, value: string | null): this {
    return this.each(function (this: D3Node) {
      const style = (this as unknown as HTMLElement).style;
      if (value == null) style.removeProperty(name);
      else style.setProperty(name, value);
    });
  }

  on(typenames: string, value?: Callback | null, options?: boolean | AddEventListenerOptions): unknown {
    const types = parseTypenames(`${typenames}`);
    if (arguments.length < 2) {
      for (const o of this.node()?.__on ?? [])
        for (const t of types) if (t.type === o.type && t.name === o.name) return o.value;
      return undefined;
    }
    for (const t of types) this.each(value ? onAdd(t, value, options) : onRemove(t));
    return this;
  }

  /** No transition runs in this library (see the d3-transition stub), so there is none to stop. */
  interrupt(): this {
    return this;
  }
}

function onRemove(typename: { type: string; name: string }) {
  return function (this: D3Node): void {
    const on = this.__on;
    if (!on) return;
    let i = -1;
    for (const o of on) {
      if ((!typename.type || o.type === typename.type) && o.name === typename.name)
        this.removeEventListener(o.type, o.listener, o.options);
      else on[++i] = o;
    }
    if (++i) on.length = i;
    else delete this.__on;
  };
}

function onAdd(typename: { type: string; name: string }, value: Callback, options?: boolean | AddEventListenerOptions) {
  return function (this: D3Node): void {
    const listener = function (this: D3Node, event: Event) {
      value.call(this, event, this.__data__);
    } as EventListener;
    const on = this.__on;
    for (const o of on ?? []) {
      if (o.type === typename.type && o.name === typename.name) {
        this.removeEventListener(o.type, o.listener, o.options);
        this.addEventListener(o.type, (o.listener = listener), (o.options = options));
        o.value = value;
        return;
      }
    }
    this.addEventListener(typename.type, listener, options);
    const o = { type: typename.type, name: typename.name, value, listener, options };
    if (!on) this.__on = [o];
    else on.push(o);
  };
}

/** A selection of `node` (d3-zoom, d3-drag and the zoom controller select nodes, never selectors). */
export function select(node: Node | null): Selection {
  return new Selection(node ? [node as D3Node] : []);
}

/**
 * The event's position relative to `node` (the event's current target by default): in the user
 * space of an SVG element, else from an HTML element's border box, else in page coordinates.
 */
export function pointer(event: unknown, node?: Element): [number, number] {
  let e = event as MouseEvent & { sourceEvent?: MouseEvent };
  while (e.sourceEvent) e = e.sourceEvent;
  const target = (node === undefined ? (e.currentTarget as Element | null) : node) ?? undefined;
  if (target) {
    const svg = (target as SVGElement).ownerSVGElement ?? target;
    if ('createSVGPoint' in svg) {
      let point = (svg as SVGSVGElement).createSVGPoint();
      point.x = e.clientX;
      point.y = e.clientY;
      point = point.matrixTransform((target as SVGGraphicsElement).getScreenCTM()!.inverse());
      return [point.x, point.y];
    }
    if (target.getBoundingClientRect) {
      const rect = target.getBoundingClientRect();
      return [e.clientX - rect.left - target.clientLeft, e.clientY - rect.top - target.clientTop];
    }
  }
  return [e.pageX, e.pageY];
}
