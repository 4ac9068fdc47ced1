import { expect } from '@open-wc/testing';
import { pointer as d3Pointer, select as d3Select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { pointer, select } from '../../src/vendor/d3-selection-lite.js';

// The embed bundle swaps d3-selection for this slim copy: for everything d3-zoom, d3-drag and the
// zoom controller do with a selection, it must behave as d3's does, down to the records on the node.
type Records = { __on?: { type: string; name: string; value: unknown; options: unknown }[] };
const records = (node: Element) =>
  ((node as unknown as Records).__on ?? []).map(({ type, name, value, options }) => ({ type, name, value, options }));

describe('vendored d3-selection', () => {
  const pair = () => {
    const a = document.createElement('div');
    const b = document.createElement('div');
    document.body.append(a, b);
    return [a, b] as const;
  };
  afterEach(() => document.body.replaceChildren());

  it('adds, replaces, reads and removes listeners by type and name as d3 does', () => {
    const [ours, theirs] = pair();
    const calls: unknown[][] = [];
    const listener = function (this: unknown, event: Event, d: unknown) {
      calls.push([this, event.type, d]);
    };
    const other = () => calls.push(['other']);
    type On = { on(typenames: string, listener?: unknown, options?: unknown): unknown };
    for (const [s, node] of [
      [select(ours) as On, ours],
      [d3Select(theirs) as unknown as On, theirs],
    ] as const) {
      (node as unknown as { __data__: unknown }).__data__ = 'datum';
      s.on('click.zoom mousedown.zoom', listener, { passive: false } as never);
      s.on('click.other', other);
      s.on('click.zoom', listener);
      expect(s.on('mousedown.zoom')).to.equal(listener);
      expect(s.on('keydown.zoom')).to.equal(undefined);
    }
    expect(records(ours)).to.deep.equal(records(theirs));

    ours.click();
    theirs.click();
    // Replacing a listener adds it again, after the others, in both.
    expect(calls).to.deep.equal([['other'], [ours, 'click', 'datum'], ['other'], [theirs, 'click', 'datum']]);

    select(ours).on('.zoom', null);
    d3Select(theirs).on('.zoom', null);
    expect(records(ours)).to.deep.equal(records(theirs));
    expect(records(ours).map((r) => r.name)).to.deep.equal(['other']);
    select(ours).on('click.other', null);
    d3Select(theirs).on('click.other', null);
    expect('__on' in ours).to.equal('__on' in theirs);
    calls.length = 0;
    ours.click();
    expect(calls).to.deep.equal([]);
  });

  it('sets properties (from a function of the node), styles, filters and calls as d3 does', () => {
    const [ours, theirs] = pair();
    for (const s of [select(ours), d3Select(theirs)]) {
      s.property('__zoom', function (this: { id: string }) {
        return `on ${this.id || 'a div'}`;
      });
      s.style('touch-action', 'none');
      s.filter(() => false).style('color', 'red');
      (s as unknown as { call: (f: (x: unknown, y: number) => void, y: number) => void }).call(
        (x, y) => expect([x === s, y]).to.deep.equal([true, 3]),
        3,
      );
    }
    expect(select(ours).property('__zoom')).to.equal(d3Select(theirs).property('__zoom'));
    expect(ours.getAttribute('style')).to.equal(theirs.getAttribute('style'));
    select(ours).property('__zoom', null);
    d3Select(theirs).property('__zoom', null);
    expect('__zoom' in ours).to.equal('__zoom' in theirs);
    expect(select(null).node()).to.equal(null);
  });

  it('finds the pointer in an SVG element’s user space and in an HTML element’s box, through source events', () => {
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:30px;top:40px;border:3px solid;padding:5px';
    host.innerHTML =
      '<svg width="300" height="200" viewBox="0 0 150 100"><g transform="translate(10 20)"><rect width="50" height="20"></rect></g></svg>';
    document.body.append(host);
    const rect = host.querySelector('rect')!;
    const event = new MouseEvent('mousemove', { clientX: 120, clientY: 90 });
    const wrapped = { sourceEvent: { sourceEvent: event } };
    for (const node of [rect, host.querySelector('svg')!, host] as Element[]) {
      expect(pointer(event, node)).to.deep.equal(d3Pointer(event, node));
      expect(pointer(wrapped, node)).to.deep.equal(d3Pointer(wrapped, node));
    }
    expect(pointer(event)).to.deep.equal(d3Pointer(event));
  });

  it('runs d3-zoom: the behaviour attaches to it, and a transform set through it fires zoom events', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(svg);
    const seen: ZoomTransform[] = [];
    const behaviour = zoom<SVGSVGElement, unknown>().on('zoom', (e: { transform: ZoomTransform }) =>
      seen.push(e.transform),
    );
    const s = select(svg) as never;
    behaviour(s);
    expect(records(svg).map((r) => `${r.type}.${r.name}`)).to.include.members([
      'wheel.zoom',
      'mousedown.zoom',
      'dblclick.zoom',
    ]);
    behaviour.transform(s, zoomIdentity.translate(-40, 0).scale(3));
    expect(seen.map((t) => t.toString())).to.deep.equal(['translate(-40,0) scale(3)']);
    expect((svg as unknown as { __zoom: ZoomTransform }).__zoom.k).to.equal(3);
  });
});
