import { expect } from '@open-wc/testing';
import { calendarStart } from '../../src/core/dates.js';
import { formatDatasetError, parseDataset } from '../../src/data/parse.js';
import { syria } from '../../src/data/syria.js';

const LAST_PARAGRAPH = 23; // paragraphs of the report: 0 is the picture caption, 1 to 23 the text
const WEEK_START = Date.UTC(2024, 10, 25);

const firstDate = (e: (typeof syria.events)[number]) => {
  const w = e.when;
  if (w.type === 'date') return w.date;
  if (w.type === 'period') return w.start;
  if (w.type === 'window') return w.from ?? w.to;
  return undefined;
};

describe('the shipped Syria dataset', () => {
  it('is a valid dataset, exactly as the parser reads it (pages trust the file unparsed)', () => {
    const result = parseDataset(JSON.parse(JSON.stringify(syria)));
    expect(result.ok ? [] : result.errors.map(formatDatasetError)).to.deep.equal([]);
    expect(result.ok && result.dataset).to.deep.equal(syria);
  });

  it('holds at least 30 items, from the 2011 uprising to 2 December 2024', () => {
    expect(syria.events.length).to.be.at.least(30);
    expect(syria.report.date).to.equal('2024-12-02');
    const dates = syria.events.map(firstDate).filter((d) => d !== undefined);
    expect(dates).to.include('2011');
    for (const year of ['2012', '2015', '2016', '2020', '2022', '2023']) expect(dates).to.include(year);
  });

  it('crowds twenty-odd items into the last week of November and 1 and 2 December 2024', () => {
    const late = syria.events.filter((e) => {
      const d = firstDate(e);
      return d !== undefined && calendarStart(d) >= WEEK_START;
    });
    expect(late.length).to.be.at.least(20);
  });

  it('keeps undated items, never inventing a date', () => {
    const undated = syria.events.filter((e) => e.when.type === 'undated');
    expect(undated.length).to.be.at.least(1);
    for (const e of undated) expect(e.dateBasis.method).to.equal('undated');
  });

  it('links the militia crossing to the denial that disputes it', () => {
    const denial = syria.events.find((e) => e.relations?.some((r) => r.type === 'disputes'))!;
    expect(denial.source.attribution).to.contain('Popular Mobilization Forces');
    expect(denial.relations).to.deep.equal([{ type: 'disputes', target: 'iraqi-militias-cross-into-syria' }]);
    const crossing = syria.events.find((e) => e.id === 'iraqi-militias-cross-into-syria')!;
    expect(crossing.when).to.deep.equal({ type: 'date', date: '2024-12-01' });
    expect(crossing.dateBasis).to.include({ method: 'relative', words: 'late on Sunday' });
    expect(crossing.source.attribution).to.equal('two Iraqi security sources');
  });

  it('refers every item to paragraphs of the report and says who says so', () => {
    for (const e of syria.events) {
      expect(
        e.source.paragraphs.every((p) => p >= 0 && p <= LAST_PARAGRAPH),
        e.id,
      ).to.equal(true);
      expect(e.source.attribution.length, e.id).to.be.greaterThan(2);
      expect(e.dateBasis.note.length, e.id).to.be.greaterThan(10);
    }
  });

  it('keeps titles short enough to label a timeline', () => {
    for (const e of syria.events) expect(e.title.length, e.id).to.be.at.most(48);
  });

  it('uses every actor and place it lists', () => {
    const actors = new Set(syria.events.flatMap((e) => e.actors));
    const places = new Set(syria.events.flatMap((e) => e.places));
    expect(syria.actors.filter((a) => !actors.has(a.id))).to.deep.equal([]);
    expect(syria.places.filter((p) => !places.has(p.id))).to.deep.equal([]);
  });
});
