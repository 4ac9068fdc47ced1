import { expect } from '@open-wc/testing';
import { formatDatasetError, parseDataset } from '../../src/data/parse.js';
import { BAD_INPUTS, validDataset } from '../fixtures/dataset.js';

describe('parseDataset', () => {
  it('accepts a valid dataset and keeps every item', () => {
    const result = parseDataset(validDataset());
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.dataset.events.map((e) => e.id)).to.deep.equal([
      'uprising',
      'siege',
      'crossing',
      'denial',
      'talks',
      'war',
      'displaced',
    ]);
    expect(result.dataset.events[4]!.when).to.deep.equal({ type: 'window', to: '2024-12-01' });
    expect(result.dataset.places[1]).to.deep.equal({ id: 'north', name: 'The north' });
  });

  for (const { name, change, errors } of BAD_INPUTS) {
    it(`rejects ${name}, saying where and what`, () => {
      const result = parseDataset(change(validDataset()));
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.errors.map(formatDatasetError)).to.deep.equal(errors);
    });
  }

  it('accepts a period whose coarser end still ends after its start', () => {
    const d = validDataset();
    d.events[1].when = { type: 'period', start: '2016-05', end: '2016' };
    expect(parseDataset(d).ok).to.equal(true);
    d.events[1].when = { type: 'period', start: '2017-05', end: '2016' };
    expect(parseDataset(d).ok).to.equal(false);
  });

  it('reports every problem at once, not just the first', () => {
    const d = validDataset();
    d.events[0].when.date = '2024-13-01';
    d.events[1].category = 'sports';
    const result = parseDataset(d);
    expect(result.ok ? 0 : result.errors.length).to.equal(2);
  });

  it('with partial, leaves out the events that have problems and keeps the rest', () => {
    const d = validDataset();
    d.events[2].when.date = '2024-02-30';
    d.events[5].id = 'uprising';
    const strict = parseDataset(d);
    expect(strict.ok).to.equal(false);
    const result = parseDataset(d, { partial: true });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.dataset.events.map((e) => e.id)).to.deep.equal(['uprising', 'siege', 'denial', 'talks', 'displaced']);
    expect(result.rejected.map(formatDatasetError)).to.deep.equal([
      'events[2].when.date: "2024-02-30" is not a calendar date: that month has no day 30',
      'events[5].id: "uprising" is already the id of events[0]',
    ]);
    // The denial disputed the crossing, which was left out: the link goes with it.
    expect(result.dataset.events.find((e) => e.id === 'denial')!.relations).to.deep.equal([]);
  });

  it('with partial, still rejects a problem outside the events, and events none of which can be kept', () => {
    const d = validDataset();
    d.places[0].coordinates = [200, 36];
    expect(parseDataset(d, { partial: true }).ok).to.equal(false);
    const all = validDataset();
    for (const e of all.events) e.category = 'sports';
    expect(parseDataset(all, { partial: true }).ok).to.equal(false);
    expect(parseDataset({ ...validDataset(), events: [] }, { partial: true }).ok, 'no events at all').to.equal(true);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, 'text', [], {}, { events: 'x' }, { events: [null, 1, 'a'] }]) {
      const result = parseDataset(input);
      expect(result.ok).to.equal(false);
    }
  });
});
