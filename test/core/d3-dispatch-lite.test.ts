import { expect } from '@open-wc/testing';
import { dispatch as d3Dispatch } from 'd3-dispatch';
import { dispatch } from '../../src/vendor/d3-dispatch-lite.js';

// The embed bundle swaps d3-dispatch for this slim copy: for every use d3-zoom and d3-drag make of it,
// it must call the same callbacks, in the same order, with the same `this` and arguments.
describe('vendored d3-dispatch', () => {
  type Like = {
    on(typenames: string, callback?: ((...a: unknown[]) => void) | null): unknown;
    call(type: string, that: unknown, ...args: unknown[]): void;
    apply(type: string, that: unknown, args: unknown[]): void;
    copy(): Like;
  };
  const run = (make: (...types: string[]) => Like) => {
    const log: unknown[] = [];
    const cb = (tag: string) =>
      function (this: unknown, ...args: unknown[]) {
        log.push([tag, this, ...args]);
      };
    const d = make('start', 'zoom', 'end');
    const zoomA = cb('zoom.a');
    d.on('zoom.a', zoomA);
    d.on('zoom.b start.b', cb('b'));
    d.on('end', cb('end'));
    d.on('zoom.a', cb('zoom.a again')); // replaces, and moves to the end
    log.push(['getter', d.on('zoom.b') !== undefined, d.on('zoom.c') === undefined]);
    const copy = d.copy();
    d.on('.b', null); // removes b from every type
    d.call('start', 'this', 1, 2);
    d.call('zoom', 'this', 3);
    d.apply('end', 'that', [4, 5]);
    copy.call('start', 'copy');
    return log;
  };
  it('keeps, replaces, removes, copies and calls callbacks as d3-dispatch does', () => {
    const ours = run(dispatch as unknown as (...t: string[]) => Like);
    const theirs = run(d3Dispatch as unknown as (...t: string[]) => Like);
    expect(ours).to.deep.equal(theirs);
    expect(ours).to.deep.equal([
      ['getter', true, true],
      ['zoom.a again', 'this', 3],
      ['end', 'that', 4, 5],
      ['b', 'copy'],
    ]);
  });
});
