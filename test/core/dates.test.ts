import { expect } from '@open-wc/testing';
import {
  calendarEnd,
  calendarStart,
  knownEnd,
  parseCalendarDate,
  precisionOf,
  spanOf,
  spansOf,
} from '../../src/core/dates.js';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe('calendar dates', () => {
  it('reads the three precisions', () => {
    expect(parseCalendarDate('2011')).to.deep.equal({ year: 2011, precision: 'year' });
    expect(parseCalendarDate('2016-12')).to.deep.equal({ year: 2016, month: 12, precision: 'month' });
    expect(parseCalendarDate('2024-12-01')).to.deep.equal({ year: 2024, month: 12, day: 1, precision: 'day' });
    expect(precisionOf('2024-02')).to.equal('month');
  });

  it('names what is wrong with a date that is not one', () => {
    expect(parseCalendarDate('2024-13-01')).to.equal('month');
    expect(parseCalendarDate('2024-02-30')).to.equal('day');
    expect(parseCalendarDate('2023-02-29')).to.equal('day');
    expect(parseCalendarDate('2024-02-29')).to.deep.equal({ year: 2024, month: 2, day: 29, precision: 'day' });
    expect(parseCalendarDate('24-12-01')).to.equal('format');
    expect(parseCalendarDate('2024-1-01')).to.equal('format');
    expect(parseCalendarDate('0999')).to.equal('range');
    expect(parseCalendarDate('3000-01-01')).to.equal('range');
    // (What a removed attribute reads as.)
    expect(parseCalendarDate(null as unknown as string)).to.equal('format');
  });

  it('spans the whole year, month or day, end exclusive, in UTC', () => {
    expect(calendarStart('2011')).to.equal(utc(2011));
    expect(calendarEnd('2011')).to.equal(utc(2012));
    expect(calendarStart('2016-12')).to.equal(utc(2016, 12));
    expect(calendarEnd('2016-12')).to.equal(utc(2017));
    expect(calendarStart('2024-12-01')).to.equal(utc(2024, 12, 1));
    expect(calendarEnd('2024-12-01')).to.equal(utc(2024, 12, 2));
    expect(calendarEnd('2024-02-29')).to.equal(utc(2024, 3, 1));
  });
});

describe('spanOf', () => {
  const edge = utc(2024, 12, 3);

  it('gives a year-precision date its whole year, not 1 January', () => {
    expect(spanOf({ type: 'date', date: '2011' }, edge)).to.deep.equal({
      kind: 'date',
      start: utc(2011),
      end: utc(2012),
      precision: 'year',
      ongoing: false,
      openStart: false,
    });
  });

  it('runs a period from the start of its start to the end of its end', () => {
    expect(spanOf({ type: 'period', start: '2012', end: '2016' }, edge)).to.deep.equal({
      kind: 'period',
      start: utc(2012),
      end: utc(2017),
      precision: 'year',
      ongoing: false,
      openStart: false,
    });
  });

  it('runs an ongoing period to the edge of the data', () => {
    expect(spanOf({ type: 'period', start: '2022', ongoing: true }, edge)).to.deep.equal({
      kind: 'period',
      start: utc(2022),
      end: edge,
      precision: 'year',
      ongoing: true,
      openStart: false,
    });
  });

  it('keeps a window as the window, with an open start when only its end is known', () => {
    expect(spanOf({ type: 'window', from: '2024-11-25', to: '2024-12-01' }, edge)).to.deep.equal({
      kind: 'window',
      start: utc(2024, 11, 25),
      end: utc(2024, 12, 2),
      precision: 'day',
      ongoing: false,
      openStart: false,
    });
    expect(spanOf({ type: 'window', to: '2024-12-01' }, edge)).to.deep.include({
      start: utc(2024, 12, 1),
      end: utc(2024, 12, 2),
      openStart: true,
    });
  });

  it('places no undated item on the axis', () => {
    expect(spanOf({ type: 'undated', ongoing: true }, edge)).to.equal(null);
  });

  it('finds the latest known instant, ignoring ongoing ends and undated items', () => {
    expect(
      knownEnd([
        { type: 'period', start: '2022', ongoing: true },
        { type: 'date', date: '2024-12-02' },
        { type: 'window', to: '2024-12-01' },
        { type: 'undated' },
      ]),
    ).to.equal(utc(2024, 12, 3));
    expect(knownEnd([{ type: 'undated' }])).to.equal(undefined);
    // A period's first date can end after its last.
    expect(knownEnd([{ type: 'period', start: '2011', end: '2011-03' }])).to.equal(utc(2012));
  });

  it('gives every span, the earliest start and the known end, ongoing periods running to that end', () => {
    const whens = [
      { type: 'period', start: '2022', ongoing: true },
      { type: 'undated' },
      { type: 'window', from: '2015-06', to: '2024-12-01' },
      { type: 'date', date: '2024-12-02' },
    ] as const;
    const { spans, start, end } = spansOf(whens);
    expect(start).to.equal(utc(2015, 6));
    expect(end).to.equal(utc(2024, 12, 3));
    expect(spans).to.deep.equal(whens.map((w) => spanOf(w, utc(2024, 12, 3))));
    expect(spans[0]!.end).to.equal(utc(2024, 12, 3));
    expect(spansOf([{ type: 'undated' }])).to.deep.equal({ spans: [null], start: Infinity, end: -Infinity });
  });
});
