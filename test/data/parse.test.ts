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

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, 'text', [], {}, { events: 'x' }, { events: [null, 1, 'a'] }]) {
      const result = parseDataset(input);
      expect(result.ok).to.equal(false);
    }
  });
});
