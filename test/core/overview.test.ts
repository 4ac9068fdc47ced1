import { expect } from '@open-wc/testing';
import { moveWindow, scaleWindow, spanWindow, startDensity, timeOrder, yearOf } from '../../src/core/overview.js';
import { syria } from '../../src/data/syria.js';
import type { ChronicleEvent, When } from '../../src/data/types.js';

const at = (id: string, when: When): ChronicleEvent => ({
  id,
  title: id,
  summary: '',
  category: 'political',
  when,
  dateBasis: { method: 'explicit', note: '' },
  actors: [],
  places: [],
  source: { paragraphs: [1], attribution: 'a test' },
});
const DAY = 86_400_000;

describe('overview helpers', () => {
  it('order items by start, then end, then given order, undated last', () => {
    const events = [
      at('undated', { type: 'undated' }),
      at('dec', { type: 'date', date: '2024-12-01' }),
      at('year', { type: 'date', date: '2024' }),
      at('jan', { type: 'date', date: '2024-01' }),
      at('dec-again', { type: 'date', date: '2024-12-01' }),
    ];
    expect(timeOrder(events).map((e) => e.id)).to.deep.equal(['jan', 'year', 'dec', 'dec-again', 'undated']);
  });

  it('give each item the UTC year it starts in', () => {
    expect(yearOf(at('x', { type: 'date', date: '2024-01-01' }))).to.equal(2024);
    expect(yearOf(at('x', { type: 'period', start: '2011-03' }))).to.equal(2011);
    expect(yearOf(at('x', { type: 'window', to: '2016-12' }))).to.equal(2016);
    expect(yearOf(at('x', { type: 'undated' }))).to.equal(null);
  });

  it('count item starts per equal stretch of the domain', () => {
    const domain: [number, number] = [Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 11)];
    const events = [
      at('a', { type: 'date', date: '2024-01-01' }),
      at('b', { type: 'date', date: '2024-01-02' }),
      at('c', { type: 'date', date: '2024-01-10' }),
      at('d', { type: 'date', date: '2023-12-31' }),
      at('e', { type: 'undated' }),
    ];
    expect([...startDensity(events, domain, 5)]).to.deep.equal([2, 0, 0, 0, 1]);
    expect([...startDensity(events, domain, 0)]).to.deep.equal([]);
  });

  it('show the crowded week of the Syria data as its densest stretch', () => {
    const domain: [number, number] = [Date.UTC(2011, 0, 1), Date.UTC(2025, 0, 1)];
    const bins = startDensity(syria.events, domain, 400);
    const max = Math.max(...bins);
    const densest = bins.indexOf(max);
    const binStart = domain[0] + (densest / 400) * (domain[1] - domain[0]);
    expect(new Date(binStart).toISOString().slice(0, 7)).to.equal('2024-11');
    expect(max).to.be.greaterThan(8);
  });

  it('move a window by a time, kept whole inside the domain', () => {
    const d: [number, number] = [0, 100 * DAY];
    expect(moveWindow([10 * DAY, 20 * DAY], 5 * DAY, d)).to.deep.equal([15 * DAY, 25 * DAY]);
    expect(moveWindow([10 * DAY, 20 * DAY], 500 * DAY, d)).to.deep.equal([90 * DAY, 100 * DAY]);
    expect(moveWindow([10 * DAY, 20 * DAY], -Infinity, d)).to.deep.equal([0, 10 * DAY]);
    expect(moveWindow([-10 * DAY, 200 * DAY], 0, d)).to.deep.equal([0, 100 * DAY]);
  });

  it('scale a window around its middle, within the shortest length and the domain', () => {
    const d: [number, number] = [0, 100 * DAY];
    expect(scaleWindow([40 * DAY, 60 * DAY], 0.5, d, DAY)).to.deep.equal([45 * DAY, 55 * DAY]);
    expect(scaleWindow([40 * DAY, 60 * DAY], 0.01, d, DAY)).to.deep.equal([49.5 * DAY, 50.5 * DAY]);
    expect(scaleWindow([80 * DAY, 100 * DAY], 2, d, DAY)).to.deep.equal([60 * DAY, 100 * DAY]);
    expect(scaleWindow([0, 100 * DAY], 2, d, DAY)).to.deep.equal([0, 100 * DAY]);
  });

  it('make a window from a drag in either direction, at least the shortest length', () => {
    const d: [number, number] = [0, 100 * DAY];
    expect(spanWindow(30 * DAY, 10 * DAY, d, DAY)).to.deep.equal([10 * DAY, 30 * DAY]);
    expect(spanWindow(-5 * DAY, 10 * DAY, d, DAY)).to.deep.equal([0, 10 * DAY]);
    expect(spanWindow(10 * DAY, 10 * DAY, d, 2 * DAY)).to.deep.equal([9 * DAY, 11 * DAY]);
  });
});
