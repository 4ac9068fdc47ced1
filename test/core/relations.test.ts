import { expect } from '@open-wc/testing';
import { assignLanes } from '../../src/core/lanes.js';
import { indexRelations } from '../../src/core/relations.js';
import { syria } from '../../src/data/syria.js';

describe('indexRelations', () => {
  it('knows the militia crossing is disputed by the PMF denial, and links both ways', () => {
    const { disputedBy, related } = indexRelations(syria.events);
    expect([...disputedBy.entries()]).to.deep.equal([
      ['iraqi-militias-cross-into-syria', ['pmf-denies-entering-syria']],
    ]);
    expect([...related.get('iraqi-militias-cross-into-syria')!].sort()).to.deep.equal([
      'pmf-denies-entering-syria',
      'syrian-source-confirms-reinforcements',
    ]);
    expect([...related.get('pmf-denies-entering-syria')!]).to.deep.equal(['iraqi-militias-cross-into-syria']);
    expect([...indexRelations(syria.events).supportedBy.entries()]).to.deep.equal([
      ['iraqi-militias-cross-into-syria', ['syrian-source-confirms-reinforcements']],
    ]);
  });

  it('ignores links to items that are not shown', () => {
    const denial = syria.events.find((e) => e.id === 'pmf-denies-entering-syria')!;
    const { disputedBy, related } = indexRelations([denial]);
    expect(disputedBy.size).to.equal(0);
    expect(related.size).to.equal(0);
  });
});

describe('assignLanes by actor', () => {
  it('puts each item in the lane of its main actor, busiest first, with a lane for items naming none', () => {
    const names = new Map(syria.actors.map((a) => [a.id, a.name]));
    const { lanes, laneIndex } = assignLanes(syria.events, 'actor', names);
    const counts = lanes.map((_, i) => [...laneIndex].filter((l) => l === i).length);
    expect(counts).to.deep.equal([...counts.slice(0, -1)].sort((a, b) => b - a).concat(counts.slice(-1)));
    expect(lanes.at(-1)!.label).to.equal('No actor named');
    const crossing = syria.events.find((e) => e.id === 'iraqi-militias-cross-into-syria')!;
    expect(lanes[laneIndex[syria.events.indexOf(crossing)]!]!.key).to.equal(crossing.actors[0]);
    expect(lanes.every((l) => l.label.length > 0)).to.equal(true);
    expect(laneIndex.length).to.equal(syria.events.length);
  });
});
