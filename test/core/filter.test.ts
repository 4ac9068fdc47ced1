import { expect } from '@open-wc/testing';
import { countBy, filterEvents, matchesFilter, sameFilter, toggleFilter } from '../../src/core/filter.js';
import type { ChronicleEvent } from '../../src/data/types.js';

const item = (id: string, category: ChronicleEvent['category'], actors: string[]): ChronicleEvent => ({
  id,
  title: id,
  summary: '',
  category,
  when: { type: 'date', date: '2020' },
  dateBasis: { method: 'explicit', note: '' },
  actors,
  places: [],
  source: { paragraphs: [1], attribution: 'a test' },
});

const items = [
  item('a', 'armed-conflict', ['army', 'rebels']),
  item('b', 'diplomacy', ['un']),
  item('c', 'armed-conflict', ['rebels']),
  item('d', 'statement', []),
];
const ids = (events: readonly ChronicleEvent[]) => events.map((e) => e.id);

describe('filters', () => {
  it('show everything when empty, and the same array', () => {
    expect(filterEvents(items, {})).to.equal(items);
    expect(items.every((e) => matchesFilter(e, {}))).to.equal(true);
  });

  it('narrow to items with one of the listed categories, and with one of the listed actors', () => {
    expect(ids(filterEvents(items, { categories: ['armed-conflict'] }))).to.deep.equal(['a', 'c']);
    expect(ids(filterEvents(items, { actors: ['rebels', 'un'] }))).to.deep.equal(['a', 'b', 'c']);
    expect(ids(filterEvents(items, { categories: ['armed-conflict'], actors: ['army'] }))).to.deep.equal(['a']);
    expect(ids(filterEvents(items, { categories: [] }))).to.deep.equal([]);
    // matchesFilter agrees item by item.
    const f = { categories: ['armed-conflict', 'statement'] as const, actors: ['rebels'] };
    expect(ids(items.filter((e) => matchesFilter(e, f)))).to.deep.equal(ids(filterEvents(items, f)));
  });

  it('toggle a value in and out, dropping a list that empties', () => {
    const one = toggleFilter({}, 'actors', 'iran');
    expect(one).to.deep.equal({ actors: ['iran'] });
    const two = toggleFilter(one, 'actors', 'russia');
    expect(two).to.deep.equal({ actors: ['iran', 'russia'] });
    expect(toggleFilter(two, 'actors', 'iran')).to.deep.equal({ actors: ['russia'] });
    expect(toggleFilter(one, 'actors', 'iran')).to.deep.equal({});
    expect(toggleFilter(one, 'categories', 'diplomacy')).to.deep.equal({ actors: ['iran'], categories: ['diplomacy'] });
  });

  it('compare as sets', () => {
    expect(sameFilter({ actors: ['a', 'b'] }, { actors: ['b', 'a'] })).to.equal(true);
    expect(sameFilter({ actors: ['a'] }, {})).to.equal(false);
    expect(sameFilter({ categories: [] }, {})).to.equal(false);
    // Found by a property test: lists of one length with repeats are not the same sets, and lists
    // of different lengths can be.
    expect(sameFilter({ actors: ['a', 'a', 'b'] }, { actors: ['a', 'b', 'c'] })).to.equal(false);
    expect(sameFilter({ actors: ['a', 'a'] }, { actors: ['a'] })).to.equal(true);
  });

  it('count items per category and per actor, an actor once per item', () => {
    const { categories, actors } = countBy([...items, item('e', 'diplomacy', ['un', 'un'])]);
    expect([...categories]).to.deep.equal([
      ['armed-conflict', 2],
      ['diplomacy', 2],
      ['statement', 1],
    ]);
    expect([...actors]).to.deep.equal([
      ['army', 1],
      ['rebels', 2],
      ['un', 2],
    ]);
  });
});
